package io.jixiao.platform.organization;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Issue 11 item 6: the organization file is held to the kernel's text rule before anything is stored. */
class OrganizationFileTextTest {
    private static final String FILE = """
            units:
              - { id: FIN, name: "%s", kind: FINANCE_BUREAU }
            people:
              - { id: admin, name: "%s", unitId: FIN, roles: [ADMINISTRATOR] }
            """;

    @Test
    void aNameWithABidiOverrideOrAZeroWidthCharacterStopsTheLoadNamingEntryAndCharacter() {
        assertThatThrownBy(() -> read("财政\\u202E局", "管理员"))
                .hasMessageContaining("Unit FIN").hasMessageContaining("U+202E");
        assertThatThrownBy(() -> read("财政局", "管\\u200B理员"))
                .hasMessageContaining("Person admin").hasMessageContaining("U+200B");
        assertThatCode(() -> read("上海市青浦区财政局", "系统管理员")).doesNotThrowAnyException();
    }

    private static OrganizationFile read(String unitName, String personName) throws Exception {
        return OrganizationFile.read(new ByteArrayInputStream(FILE.formatted(unitName, personName)
                .getBytes(StandardCharsets.UTF_8)));
    }
}

package io.jixiao.query.exports;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SheetNamesTest {
    @Test
    void forbiddenCharactersBecomeUnderscores() {
        assertThat(SheetNames.legal("a[b]c:d*e?f/g\\h")).isEqualTo("a_b_c_d_e_f_g_h");
    }

    @Test
    void namesAreCutTo31CharactersWithoutSplittingACharacter() {
        String longName = "其他专项工作经费(安亭镇城市运行一网统管平台+安亭镇城运分中心平台开发建设)";
        assertThat(SheetNames.legal(longName)).hasSize(31).isEqualTo(longName.substring(0, 31));
        String astral = "a".repeat(30) + "𠀀";
        assertThat(SheetNames.legal(astral)).isEqualTo("a".repeat(30));
    }

    @Test
    void apostrophesAtTheEdgesAndBlankNamesAreReplaced() {
        assertThat(SheetNames.legal("'项目'")).isEqualTo("项目");
        assertThat(SheetNames.legal("  ")).isEqualTo("表");
        assertThat(SheetNames.legal(null)).isEqualTo("表");
    }

    @Test
    void claimedNamesAreUniqueIgnoringCaseAndAvoidReservedOnes() {
        SheetNames names = new SheetNames("jixiao-facts");
        assertThat(names.claim("Project")).isEqualTo("Project");
        assertThat(names.claim("PROJECT")).isEqualTo("PROJECT (2)");
        assertThat(names.claim("project")).isEqualTo("project (3)");
        assertThat(names.claim("JIXIAO-FACTS")).isEqualTo("JIXIAO-FACTS (2)");
        assertThat(names.claim("History")).isEqualTo("History (2)");
        String full = "x".repeat(31);
        assertThat(names.claim(full)).isEqualTo(full);
        assertThat(names.claim(full)).isEqualTo("x".repeat(27) + " (2)").hasSize(31);
    }
}

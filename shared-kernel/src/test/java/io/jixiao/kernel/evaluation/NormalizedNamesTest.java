package io.jixiao.kernel.evaluation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NormalizedNamesTest {
    @Test
    void fullWidthAndHalfWidthBracketsAndSpacesCompareEqual() {
        String typed = NormalizedNames.of("信息化项目运维(信息安全三级等保)");

        assertThat(NormalizedNames.of("信息化项目运维（信息安全三级等保）")).isEqualTo(typed);
        assertThat(NormalizedNames.of(" 信息化项目运维 【信息安全三级等保】")).isEqualTo(typed);
        assertThat(NormalizedNames.of("信息化项目运维\u3000[信息安全三级等保]")).isEqualTo(typed);
        assertThat(NormalizedNames.of("信息化项目运维〔信息安全三级等保〕\t")).isEqualTo(typed);
        assertThat(typed).isEqualTo("信息化项目运维(信息安全三级等保)");
    }

    @Test
    void fullWidthLettersAndDigitsBecomeHalfWidthAndLatinLettersLowerCase() {
        assertThat(NormalizedNames.of("ＰＭ２．５ 浓度")).isEqualTo("pm2.5浓度");
        assertThat(NormalizedNames.of("PM2.5浓度")).isEqualTo("pm2.5浓度");
    }

    @Test
    void differentWordsStayDifferent() {
        assertThat(NormalizedNames.of("使用人员满意度")).isNotEqualTo(NormalizedNames.of("服务对象满意度"));
        assertThat(NormalizedNames.of("维稳安保费")).isNotEqualTo(NormalizedNames.of("维稳(安保)费"));
        assertThat(NormalizedNames.of(null)).isEmpty();
    }

    @Test
    void codesIgnoreWidthSpacesAndCaseAndABlankCodeIsNone() {
        assertThat(NormalizedNames.code(" ｓｊ-2023-001 ")).isEqualTo("SJ-2023-001");
        assertThat(NormalizedNames.code("SJ-2023-001")).isEqualTo("SJ-2023-001");
        assertThat(NormalizedNames.code("  ")).isNull();
        assertThat(NormalizedNames.code(null)).isNull();
    }
}

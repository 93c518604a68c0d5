package io.jixiao.kernel.forms;

import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.FundLine;
import io.jixiao.kernel.evaluation.Funds;
import io.jixiao.kernel.evaluation.Goals;
import io.jixiao.kernel.evaluation.IndicatorInput;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExportFactsAndFingerprintTest {
    @Test
    void factsComeBackFromTheirCells() {
        ExportFacts facts = new ExportFacts("1 项目", "ev-1", 2024, AmountUnit.TEN_THOUSAND_YUAN, "AT-GOV", "镇政府",
                "AT-CENTER", "中心", "NATIONAL", null, "abc");

        assertThat(ExportFacts.fromCells(facts.cells())).contains(facts);
        assertThat(facts.cells()).hasSameSizeAs(ExportFacts.COLUMNS);
    }

    @Test
    void rowsThatAreNotOursAreIgnored() {
        assertThat(ExportFacts.fromCells(List.of("a", "b"))).isEmpty();
        List<String> noYear = Arrays.asList("s", "ev", "两千", "YUAN", null, null, null, null, null, null, null);
        assertThat(ExportFacts.fromCells(noYear)).isEmpty();
        List<String> badUnit = Arrays.asList("s", "ev", "2024", "千元", null, null, null, null, null, null, null);
        assertThat(ExportFacts.fromCells(badUnit)).isEmpty();
        List<String> noSheet = Arrays.asList("", "ev", "2024", "YUAN", null, null, null, null, null, null, null);
        assertThat(ExportFacts.fromCells(noSheet)).isEmpty();
    }

    @Test
    void theFingerprintIgnoresTrailingZerosAndBlanksButNothingPrinted() {
        String printed = fingerprint("15.00", "及时", null);

        assertThat(fingerprint("15", "及时", "")).isEqualTo(printed);
        assertThat(fingerprint("15.01", "及时", null)).isNotEqualTo(printed);
        assertThat(fingerprint("15", "及时 ", null)).isNotEqualTo(printed);
        assertThat(fingerprint("15", "及时", "原因")).isNotEqualTo(printed);
        assertThat(printed).hasSize(64);
    }

    private static String fingerprint(String weight, String target, String deviation) {
        FundLine line = new FundLine(new BigDecimal("28.10"), new BigDecimal("26.95"), null);
        return FormFingerprint.of(2024, "项目", "镇政府", "中心", AmountUnit.TEN_THOUSAND_YUAN,
                new Funds(line, line, FundLine.BLANK, FundLine.BLANK), new Goals("预期", null),
                List.of(new IndicatorInput("产出指标", "数量指标", "次数", target, new BigDecimal(weight), "4次",
                        new BigDecimal(weight), deviation)));
    }
}

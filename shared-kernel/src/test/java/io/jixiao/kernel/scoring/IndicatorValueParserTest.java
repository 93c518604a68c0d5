package io.jixiao.kernel.scoring;

import io.jixiao.kernel.scoring.IndicatorValue.Achievement;
import io.jixiao.kernel.scoring.IndicatorValue.AchievementLevel;
import io.jixiao.kernel.scoring.IndicatorValue.Blank;
import io.jixiao.kernel.scoring.IndicatorValue.CalendarMonth;
import io.jixiao.kernel.scoring.IndicatorValue.Comparison;
import io.jixiao.kernel.scoring.IndicatorValue.Deadline;
import io.jixiao.kernel.scoring.IndicatorValue.DeadlineKind;
import io.jixiao.kernel.scoring.IndicatorValue.FreeText;
import io.jixiao.kernel.scoring.IndicatorValue.Qualitative;
import io.jixiao.kernel.scoring.IndicatorValue.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorValueParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            ">=4次            | AT_LEAST | 4      | 次",
            "≥90.00(%)        | AT_LEAST | 90.00  | %",
            "=100.00(%)       | EQUAL    | 100.00 | %",
            "≤1.00(工作日)     | AT_MOST  | 1.00   | 工作日",
            "<=5%             | AT_MOST  | 5      | %",
            "1669人次          | NONE     | 1669   | 人次",
            "95%              | NONE     | 95     | %",
            "0年              | NONE     | 0      | 年",
            "0.56(%)          | NONE     | 0.56   | %",
            "＞＝９０％          | AT_LEAST | 90     | %",
            "≥ 90. 00 (%)     | AT_LEAST | 90.00  | %",
            "1,669 人次        | NONE     | 1669   | 人次",
            ">180批次          | MORE_THAN| 180    | 批次",
            "<3              | LESS_THAN | 3      | ''",
            "≧2家             | AT_LEAST | 2      | 家"})
    void readsFigures(String raw, Comparison comparison, BigDecimal number, String unit) {
        IndicatorValue value = IndicatorValueParser.parse(raw);

        assertThat(value).isInstanceOf(Quantity.class);
        Quantity quantity = (Quantity) value;
        assertThat(quantity.comparison()).isEqualTo(comparison);
        assertThat(quantity.number()).isEqualByComparingTo(number);
        assertThat(quantity.unit()).isEqualTo(unit);
    }

    @ParameterizedTest
    @ValueSource(strings = {"及时", "合理", "稳定", "提升", "有效改善", "及时性", "社会面秩序稳定", "控制在概算范围内", " 健 全 "})
    void readsQualitativeWords(String raw) {
        assertThat(IndicatorValueParser.parse(raw)).isInstanceOf(Qualitative.class);
        assertThat(((Qualitative) IndicatorValueParser.parse(raw)).word()).isEqualTo(raw.replace(" ", ""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "达成指标                     | ACHIEVED",
            "达成年度指标                  | ACHIEVED",
            "部分达成指标并具有一定效果       | PARTLY_ACHIEVED",
            "部分达成年度指标并具有一定效果    | PARTLY_ACHIEVED",
            "部分达成指 标并具有一 定效果     | PARTLY_ACHIEVED",
            "未达成年度指标且效果较差         | NOT_ACHIEVED",
            "未达成指标且效果较差            | NOT_ACHIEVED"})
    void readsVerdictsBeforeWords(String raw, AchievementLevel level) {
        assertThat(IndicatorValueParser.parse(raw)).isEqualTo(new Achievement(raw.replace(" ", ""), level));
    }

    @Test
    void readsDeadlines() {
        assertThat(IndicatorValueParser.parse("2024年9月前"))
                .isEqualTo(new Deadline("2024年9月前", DeadlineKind.BY_MONTH, YearMonth.of(2024, 9), null, null));
        assertThat(IndicatorValueParser.parse("2024年12月前"))
                .isEqualTo(new Deadline("2024年12月前", DeadlineKind.BY_MONTH, YearMonth.of(2024, 12), null, null));
        assertThat(IndicatorValueParser.parse("2024年底前"))
                .isEqualTo(new Deadline("2024年底前", DeadlineKind.BY_MONTH, YearMonth.of(2024, 12), null, null));
        assertThat(IndicatorValueParser.parse("48小时内"))
                .isEqualTo(new Deadline("48小时内", DeadlineKind.WITHIN, null, new BigDecimal("48"), "小时"));
        assertThat(IndicatorValueParser.parse("3个工作日内"))
                .isEqualTo(new Deadline("3个工作日内", DeadlineKind.WITHIN, null, new BigDecimal("3"), "个工作日"));
        assertThat(IndicatorValueParser.parse("当年内"))
                .isEqualTo(new Deadline("当年内", DeadlineKind.WITHIN_YEAR, null, null, null));
        assertThat(IndicatorValueParser.parse("根据合同要求,如期完成"))
                .isEqualTo(new Deadline("根据合同要求,如期完成", DeadlineKind.ON_SCHEDULE, null, null, null));
        assertThat(IndicatorValueParser.parse("根据合同要求，如期完成")).isInstanceOf(Deadline.class);
    }

    @Test
    void readsMonthsGivenAsActuals() {
        assertThat(IndicatorValueParser.parse("2024年8月")).isEqualTo(new CalendarMonth("2024年8月", YearMonth.of(2024, 8)));
        assertThat(IndicatorValueParser.parse("2024年11月完成"))
                .isEqualTo(new CalendarMonth("2024年11月完成", YearMonth.of(2024, 11)));
    }

    @Test
    void leavesWhatItCannotReadAsFreeTextWithAReason() {
        assertThat(IndicatorValueParser.parse("加强信息传递,减少因城市风险带来的"))
                .isEqualTo(new FreeText("加强信息传递,减少因城市风险带来的",
                        "punctuation inside: a sentence or a clipped phrase, not a value"));
        assertThat(((FreeText) IndicatorValueParser.parse("2024年13月前")).reason()).contains("figures mixed with words");
        assertThat(((FreeText) IndicatorValueParser.parse("城市运行数据信息化管理效率")).reason()).contains("longer than");
        assertThat(((FreeText) IndicatorValueParser.parse("OK")).reason()).contains("neither figures nor Chinese");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "\u3000", "\n"})
    void readsEmptyCellsAsBlank(String raw) {
        assertThat(IndicatorValueParser.parse(raw)).isEqualTo(new Blank());
        assertThat(IndicatorValueParser.parse(null)).isEqualTo(new Blank());
    }

    @Test
    void normalizesFullWidthSpacesAndSeparators() {
        assertThat(IndicatorValueParser.normalize("（１００．００％）")).isEqualTo("(100.00%)");
        assertThat(IndicatorValueParser.normalize("11,399,025.64")).isEqualTo("11399025.64");
        assertThat(IndicatorValueParser.normalize("99. 44")).isEqualTo("99.44");
        assertThat(IndicatorValueParser.normalize("健全。")).isEqualTo("健全");
        assertThat(IndicatorValueParser.normalize("加强信息传递，减少")).isEqualTo("加强信息传递,减少");
    }
}

package io.jixiao.kernel.forms;

import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.FundSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import static io.jixiao.kernel.forms.OfficialLayout.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OfficialLayoutTest {
    @Test
    void labelsMatchAsTheSeedsPrintThem() {
        assertThat(sameLabel("其中: 当年财政拨款", fundsRowLabel(FundSource.CURRENT_YEAR_APPROPRIATION))).isTrue();
        assertThat(sameLabel("年度 指标值", TARGET)).isTrue();
        assertThat(sameLabel("偏差原因分析及\n改进措施", DEVIATION)).isTrue();
        assertThat(sameLabel("执行率(%)", EXECUTION_RATE)).isTrue();
        assertThat(sameLabel("执行率", EXECUTION_RATE)).isTrue();
        assertThat(sameLabel("分数", WEIGHT)).isTrue();
        assertThat(sameLabel("得分", WEIGHT)).isFalse();
        assertThat(sameLabel(null, WEIGHT)).isFalse();
    }

    @Test
    void theYearLineNamesTheYear() {
        assertThat(yearLine(2024)).isEqualTo("（2024年度）");
        assertThat(yearIn("（2024年度）")).isEqualTo(OptionalInt.of(2024));
        assertThat(yearIn("(2023 年度)")).isEqualTo(OptionalInt.of(2023));
        assertThat(yearIn("2024年墨玉路155号")).isEmpty();
        assertThat(yearIn(null)).isEmpty();
    }

    @Test
    void theFundsLabelNamesTheAmountUnit() {
        assertThat(fundsLabel(AmountUnit.TEN_THOUSAND_YUAN)).isEqualTo("项目资金（万元）");
        assertThat(amountUnitIn("项目资金（万元）")).contains(AmountUnit.TEN_THOUSAND_YUAN);
        assertThat(amountUnitIn("项目资金\n(元)")).contains(AmountUnit.YUAN);
        assertThat(amountUnitIn("项目资金（千元）")).isEmpty();
        assertThat(amountUnitIn("项目资金")).isEmpty();
        assertThat(isFundsLabel("项目资金 (元)")).isTrue();
    }

    @Test
    void aValueLiesRightOfItsLabelOrBelowIt() {
        assertThat(PROJECT_NAME_FIELD.valueDirection()).isEqualTo(Direction.RIGHT);
        assertThat(IMPLEMENTING_UNIT_FIELD.valueDirection()).isEqualTo(Direction.RIGHT);
        assertThat(EXPECTED_GOAL_FIELD.valueDirection()).isEqualTo(Direction.BELOW);
        assertThat(gradeField(9).valueDirection()).isEqualTo(Direction.RIGHT);
        assertThatThrownBy(() -> new Labelled("x", Span.cell(0, 0), Span.cell(2, 2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Every labelled span of a form lies within the nine columns, and no two of them overlap. */
    @Test
    void theSpansOfAFormTileWithoutOverlap() {
        int count = 3;
        List<Span> spans = new ArrayList<>(List.of(TITLE_SPAN, YEAR_SPAN, FUNDS_LABEL_SPAN,
                GOALS_LABEL_SPAN, indicatorsLabelSpan(count), totalLabelSpan(count), projectLeadSpan(count),
                financeLeadSpan(count)));
        for (Labelled field : List.of(PROJECT_NAME_FIELD, COMPETENT_DEPARTMENT_FIELD, IMPLEMENTING_UNIT_FIELD,
                EXPECTED_GOAL_FIELD, ACTUAL_GOAL_FIELD, gradeField(count))) {
            spans.add(field.labelSpan());
            spans.add(field.valueSpan());
        }
        FUNDS_HEADERS.values().forEach(column -> spans.add(Span.cell(FUNDS_HEADER_ROW, column)));
        INDICATOR_HEADERS.values().forEach(column -> spans.add(Span.cell(INDICATOR_HEADER_ROW, column)));
        Set<Place> taken = new HashSet<>();
        for (Span span : spans) {
            assertThat(span.lastColumn()).isLessThan(COLUMN_COUNT);
            for (int r = span.firstRow(); r <= span.lastRow(); r++) {
                for (int c = span.firstColumn(); c <= span.lastColumn(); c++) {
                    assertThat(taken.add(new Place(r, c))).as("%s overlaps", span).isTrue();
                }
            }
        }
        assertThat(COLUMN_WIDTHS).hasSize(COLUMN_COUNT);
    }

    @Test
    void placesReadAsExcelShowsThem() {
        assertThat(new Place(0, 0).reference()).isEqualTo("A1");
        assertThat(new Place(20, 6).reference()).isEqualTo("G21");
        assertThat(Place.columnLetter(25)).isEqualTo("Z");
        assertThat(Place.columnLetter(26)).isEqualTo("AA");
        assertThat(Place.columnLetter(701)).isEqualTo("ZZ");
        assertThat(Place.columnLetter(702)).isEqualTo("AAA");
    }
}

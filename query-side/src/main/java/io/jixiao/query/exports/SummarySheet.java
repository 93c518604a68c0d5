package io.jixiao.query.exports;

import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.evaluation.FundSource;
import io.jixiao.kernel.forms.OfficialLayout;
import io.jixiao.kernel.forms.Span;
import org.apache.poi.ss.usermodel.Sheet;

import java.math.BigDecimal;
import java.util.List;

import static io.jixiao.kernel.forms.SummaryLayout.*;

/** The 项目支出汇总表 of a unit's year: one row per form, in the order of the form sheets. */
final class SummarySheet {
    private SummarySheet() {
    }

    static void write(Sheet sheet, SheetStyles styles, String unitName, int fiscalYear, List<ExportedForm> forms) {
        SheetGrid grid = new SheetGrid(sheet, COLUMN_WIDTHS);
        AmountUnit unit = commonUnit(forms);
        grid.text(TITLE_SPAN, TITLE, styles.title);
        grid.height(TITLE_ROW, 30);
        grid.text(INFO_SPAN, infoLine(unitName, fiscalYear), styles.signature);
        grid.text(AMOUNT_UNIT_SPAN, amountUnitLine(unit), styles.signature);
        grid.text(tallHeaderSpan(NUMBER_COLUMN), NUMBER, styles.label);
        grid.text(tallHeaderSpan(UNIT_COLUMN), UNIT, styles.label);
        grid.text(tallHeaderSpan(PROJECT_COLUMN), PROJECT_NAME, styles.label);
        grid.text(tallHeaderSpan(FISCAL_PROVIDED_COLUMN), FISCAL_PROVIDED, styles.label);
        grid.text(INITIAL_GROUP_SPAN, INITIAL_BUDGET, styles.label);
        grid.text(ADJUSTED_GROUP_SPAN, ADJUSTED_BUDGET, styles.label);
        for (int s = 0; s < SOURCES.size(); s++) {
            String label = OfficialLayout.fundsRowLabel(SOURCES.get(s));
            grid.text(Span.cell(SOURCE_HEADER_ROW, FIRST_INITIAL_COLUMN + s), label, styles.label);
            grid.text(Span.cell(SOURCE_HEADER_ROW, FIRST_ADJUSTED_COLUMN + s), label, styles.label);
        }
        for (int i = 0; i < forms.size(); i++) {
            ExportedForm form = forms.get(i);
            EvaluationState state = form.state();
            int row = formRow(i);
            grid.number(Span.cell(row, NUMBER_COLUMN), BigDecimal.valueOf(i + 1), styles.centered);
            grid.text(Span.cell(row, UNIT_COLUMN), form.implementingUnitName(), styles.text);
            grid.text(Span.cell(row, PROJECT_COLUMN), state.projectName(), styles.text);
            grid.number(Span.cell(row, FISCAL_PROVIDED_COLUMN),
                    unit.fromYuan(state.funds().total().executed()), styles.amount(unit));
            for (int s = 0; s < SOURCES.size(); s++) {
                FundSource source = SOURCES.get(s);
                grid.number(Span.cell(row, FIRST_INITIAL_COLUMN + s),
                        unit.fromYuan(state.funds().line(source).initialBudget()), styles.amount(unit));
                grid.number(Span.cell(row, FIRST_ADJUSTED_COLUMN + s),
                        unit.fromYuan(state.funds().line(source).adjustedBudget()), styles.amount(unit));
            }
        }
        grid.printOnA4Landscape();
    }

    /** The unit all forms were filled in; 元 when they differ, since every amount converts to 元 exactly. */
    static AmountUnit commonUnit(List<ExportedForm> forms) {
        List<AmountUnit> units = forms.stream().map(f -> f.state().amountUnit()).distinct().toList();
        return units.size() == 1 ? units.get(0) : AmountUnit.YUAN;
    }
}

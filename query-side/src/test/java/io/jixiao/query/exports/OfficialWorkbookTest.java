package io.jixiao.query.exports;

import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.EvaluationDraftedEvent;
import io.jixiao.kernel.evaluation.EvaluationFold;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.evaluation.FundLine;
import io.jixiao.kernel.evaluation.FundSource;
import io.jixiao.kernel.evaluation.Funds;
import io.jixiao.kernel.evaluation.Indicator;
import io.jixiao.kernel.forms.ExportFacts;
import io.jixiao.kernel.forms.OfficialLayout;
import io.jixiao.kernel.forms.Place;
import io.jixiao.kernel.forms.Span;
import io.jixiao.kernel.forms.SummaryLayout;
import io.jixiao.query.support.AntingForm;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import static io.jixiao.kernel.forms.OfficialLayout.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The official workbook opened with POI: labels where {@link OfficialLayout} puts them, merged categories, figures as
 * numbers in the form's unit, print setup, and the unit's year with its summary sheet. The form is Anting 2024,
 * 信息化项目运维(信息安全三级等保): 28.10 / 26.95 / 24.83 万元, rate 92.13, budget score 9.21, total 97.21, 优.
 */
class OfficialWorkbookTest {
    private static final String CENTER = "上海市嘉定区安亭镇城市运行管理中心";
    private static final String GOV = "上海市嘉定区安亭镇人民政府";

    @Test
    void labelsAreWhereTheLayoutPutsThem() throws IOException {
        try (XSSFWorkbook book = open(OfficialWorkbook.form(anting()))) {
            Sheet sheet = book.getSheetAt(0);
            int count = AntingForm.indicators().size();
            assertThat(text(sheet, TITLE_SPAN)).isEqualTo("财政项目支出绩效自评表");
            assertThat(text(sheet, YEAR_SPAN)).isEqualTo("（2024年度）");
            for (Labelled field : List.of(PROJECT_NAME_FIELD, COMPETENT_DEPARTMENT_FIELD, IMPLEMENTING_UNIT_FIELD,
                    EXPECTED_GOAL_FIELD, ACTUAL_GOAL_FIELD, gradeField(count))) {
                assertThat(text(sheet, field.labelSpan())).isEqualTo(field.label());
            }
            assertThat(text(sheet, PROJECT_NAME_FIELD.valueSpan())).isEqualTo("信息化项目运维(信息安全三级等保)");
            assertThat(text(sheet, COMPETENT_DEPARTMENT_FIELD.valueSpan())).isEqualTo(GOV);
            assertThat(text(sheet, IMPLEMENTING_UNIT_FIELD.valueSpan())).isEqualTo(CENTER);
            assertThat(text(sheet, FUNDS_LABEL_SPAN)).isEqualTo("项目资金（万元）");
            FUNDS_HEADERS.forEach((label, column) ->
                    assertThat(text(sheet, Span.cell(FUNDS_HEADER_ROW, column))).isEqualTo(label));
            for (FundSource source : FundSource.values()) {
                assertThat(text(sheet, Span.cell(fundsRow(source), FUND_ROW_LABEL_COLUMN)))
                        .isEqualTo(fundsRowLabel(source));
            }
            assertThat(text(sheet, Span.cell(fundsRow(FundSource.CURRENT_YEAR_APPROPRIATION),
                    FUND_ROW_LABEL_COLUMN))).isEqualTo("其中：当年财政拨款");
            assertThat(text(sheet, GOALS_LABEL_SPAN)).isEqualTo("年度总体目标");
            assertThat(text(sheet, EXPECTED_GOAL_FIELD.valueSpan())).startsWith("符合《信息系统安全等级保护基本要求》");
            assertThat(text(sheet, indicatorsLabelSpan(count))).isEqualTo("绩效指标");
            INDICATOR_HEADERS.forEach((label, column) ->
                    assertThat(text(sheet, Span.cell(INDICATOR_HEADER_ROW, column))).isEqualTo(label));
            assertThat(text(sheet, totalLabelSpan(count))).isEqualTo("总分");
            assertThat(text(sheet, gradeField(count).valueSpan())).isEqualTo("优");
            assertThat(text(sheet, projectLeadSpan(count))).isEqualTo("项目负责人：");
            assertThat(text(sheet, financeLeadSpan(count))).isEqualTo("财务负责人：");
            for (Span merged : List.of(TITLE_SPAN, YEAR_SPAN, FUNDS_LABEL_SPAN, GOALS_LABEL_SPAN,
                    PROJECT_NAME_FIELD.valueSpan(), EXPECTED_GOAL_FIELD.labelSpan(), ACTUAL_GOAL_FIELD.valueSpan(),
                    indicatorsLabelSpan(count), totalLabelSpan(count), gradeField(count).valueSpan())) {
                assertThat(merged(sheet)).contains(merged);
            }
        }
    }

    @Test
    void categoriesAreMergedOverTheRowsTheyHead() throws IOException {
        try (XSSFWorkbook book = open(OfficialWorkbook.form(anting()))) {
            Sheet sheet = book.getSheetAt(0);
            // I1 成本/经济成本; I2-I3 产出/数量; I4-I5 产出/质量; I6 产出/时效; I7-I8 效益/社会效益; I9 满意度
            List<Span> categories = merged(sheet).stream()
                    .filter(s -> s.firstColumn() == LEVEL1_COLUMN || s.firstColumn() == LEVEL2_COLUMN)
                    .filter(s -> s.firstRow() > INDICATOR_HEADER_ROW).toList();
            assertThat(categories).containsExactlyInAnyOrder(
                    Span.column(LEVEL1_COLUMN, indicatorRow(1), indicatorRow(5)),
                    Span.column(LEVEL1_COLUMN, indicatorRow(6), indicatorRow(7)),
                    Span.column(LEVEL2_COLUMN, indicatorRow(1), indicatorRow(2)),
                    Span.column(LEVEL2_COLUMN, indicatorRow(3), indicatorRow(4)),
                    Span.column(LEVEL2_COLUMN, indicatorRow(6), indicatorRow(7)));
            assertThat(text(sheet, Span.cell(indicatorRow(1), LEVEL1_COLUMN))).isEqualTo("产出指标");
            assertThat(text(sheet, Span.cell(indicatorRow(6), LEVEL2_COLUMN))).isEqualTo("社会效益指标");
            assertThat(text(sheet, Span.cell(indicatorRow(8), LEVEL1_COLUMN))).isEqualTo("满意度指标");
        }
    }

    /** A 二级 category of the same name under the next 一级 one is a category of its own. */
    @Test
    void aSecondLevelCategoryNeverReachesIntoTheNextFirstLevel() throws IOException {
        EvaluationState state = AntingFormWith.indicators(List.of(
                AntingFormWith.indicator("I1", "产出指标", "成本指标", "a"),
                AntingFormWith.indicator("I2", "成本指标", "成本指标", "b"),
                AntingFormWith.indicator("I3", "成本指标", null, "c"),
                AntingFormWith.indicator("I4", "成本指标", null, "d")));
        try (XSSFWorkbook book = open(OfficialWorkbook.form(new ExportedForm(state, GOV, CENTER)))) {
            List<Span> categories = merged(book.getSheetAt(0)).stream()
                    .filter(s -> s.firstRow() > INDICATOR_HEADER_ROW && s.firstColumn() <= LEVEL2_COLUMN
                            && s.firstColumn() >= LEVEL1_COLUMN).toList();
            assertThat(categories).containsExactly(Span.column(LEVEL1_COLUMN, indicatorRow(1), indicatorRow(3)));
        }
    }

    @Test
    void figuresAreNumbersInTheFormsUnit() throws IOException {
        try (XSSFWorkbook book = open(OfficialWorkbook.form(anting()))) {
            Sheet sheet = book.getSheetAt(0);
            Cell adjusted = cell(sheet, fundsRow(FundSource.TOTAL), ADJUSTED_BUDGET_COLUMN);
            assertThat(adjusted.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(adjusted.getNumericCellValue()).isEqualTo(26.95);
            assertThat(adjusted.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00####");
            assertThat(number(sheet, fundsRow(FundSource.TOTAL), INITIAL_BUDGET_COLUMN)).isEqualTo(28.10);
            assertThat(number(sheet, fundsRow(FundSource.TOTAL), EXECUTED_COLUMN)).isEqualTo(24.83);
            assertThat(number(sheet, fundsRow(FundSource.TOTAL), BUDGET_WEIGHT_COLUMN)).isEqualTo(10.0);
            assertThat(number(sheet, fundsRow(FundSource.TOTAL), RATE_COLUMN)).isEqualTo(92.13);
            assertThat(number(sheet, fundsRow(FundSource.TOTAL), BUDGET_SCORE_COLUMN)).isEqualTo(9.21);
            assertThat(text(sheet, Span.cell(fundsRow(FundSource.CARRYOVER), BUDGET_WEIGHT_COLUMN)))
                    .isEqualTo(NOT_APPLICABLE);
            Cell weight = cell(sheet, indicatorRow(5), WEIGHT_COLUMN);
            assertThat(weight.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(weight.getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(number(sheet, indicatorRow(5), SCORE_COLUMN)).isEqualTo(8.0);
            int total = totalRow(AntingForm.indicators().size());
            assertThat(number(sheet, total, WEIGHT_COLUMN)).isEqualTo(100.0);
            assertThat(number(sheet, total, SCORE_COLUMN)).isEqualTo(97.21);
            assertThat(cell(sheet, indicatorRow(1), TARGET_COLUMN).getStringCellValue()).isEqualTo("=1.00(年)");
        }
    }

    @Test
    void aFormFilledInYuanShowsYuan() throws IOException {
        AmountUnit yuan = AmountUnit.YUAN;
        EvaluationState state = AntingFormWith.unitAndFunds(yuan, new FundLine(new BigDecimal("105000"),
                new BigDecimal("69800"), new BigDecimal("69800")));
        try (XSSFWorkbook book = open(OfficialWorkbook.form(new ExportedForm(state, GOV, CENTER)))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(text(sheet, FUNDS_LABEL_SPAN)).isEqualTo("项目资金（元）");
            Cell initial = cell(sheet, fundsRow(FundSource.TOTAL), INITIAL_BUDGET_COLUMN);
            assertThat(initial.getNumericCellValue()).isEqualTo(105000.0);
            assertThat(initial.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(cell(sheet, fundsRow(FundSource.OTHER), EXECUTED_COLUMN).getCellType())
                    .isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void printsOnA4LandscapeOnePageWide() throws IOException {
        try (XSSFWorkbook book = open(OfficialWorkbook.form(anting()))) {
            Sheet sheet = book.getSheetAt(0);
            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getLandscape()).isTrue();
            assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            assertThat(print.getFitHeight()).isEqualTo((short) 0);
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(cell(sheet, GOALS_TEXT_ROW, 1).getCellStyle().getWrapText()).isTrue();
            assertThat(cell(sheet, indicatorRow(0), NAME_COLUMN).getCellStyle().getBorderBottom())
                    .isEqualTo(BorderStyle.THIN);
            for (int column = 0; column < COLUMN_COUNT; column++) {
                assertThat(sheet.getColumnWidth(column)).isEqualTo(COLUMN_WIDTHS.get(column) * 256);
            }
        }
    }

    @Test
    void theFactsSheetIsVeryHiddenAndNamesTheFormSheet() throws IOException {
        try (XSSFWorkbook book = open(OfficialWorkbook.form(anting()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            int facts = book.getSheetIndex(ExportFacts.SHEET_NAME);
            assertThat(book.getSheetVisibility(facts)).isEqualTo(SheetVisibility.VERY_HIDDEN);
            Sheet sheet = book.getSheet(ExportFacts.SHEET_NAME);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(book.getSheetName(0));
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(AntingForm.ID);
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("TEN_THOUSAND_YUAN");
            assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("AT-CENTER");
            assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo("NATIONAL");
        }
    }

    @Test
    void aUnitsYearHasTheSummaryFirstAndOneLegalUniqueSheetPerForm() throws IOException {
        String awkward = "信息化项目运维[第2期]: 等保/测评*复测?\\备份 以及其他很长的说明文字";
        List<ExportedForm> forms = List.of(
                anting(),
                new ExportedForm(AntingFormWith.name(awkward), GOV, CENTER),
                new ExportedForm(AntingFormWith.name(awkward), GOV, CENTER));
        try (XSSFWorkbook book = open(OfficialWorkbook.unitYear(CENTER, 2024, forms))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(5);
            assertThat(book.getSheetName(0)).isEqualTo("项目支出汇总表");
            List<String> names = List.of(book.getSheetName(1), book.getSheetName(2), book.getSheetName(3));
            assertThat(names).doesNotHaveDuplicates().allSatisfy(name -> {
                assertThat(name.length()).isLessThanOrEqualTo(31);
                assertThat(name).isNotBlank().doesNotContain("[", "]", ":", "*", "?", "/", "\\");
            });
            assertThat(names.get(0)).isEqualTo("1 信息化项目运维(信息安全三级等保)");
            assertThat(names.get(1)).isEqualTo("2 信息化项目运维_第2期__ 等保_测评_复测__备份 以及");
            assertThat(names.get(2)).startsWith("3 ");
            assertThat(book.getSheetName(4)).isEqualTo(ExportFacts.SHEET_NAME);
        }
    }

    @Test
    void theSummaryHasOneRowPerFormInTheFormsUnit() throws IOException {
        EvaluationState other = AntingFormWith.otherFunds(new FundLine(null,
                AmountUnit.TEN_THOUSAND_YUAN.toYuan(new BigDecimal("36.00")),
                AmountUnit.TEN_THOUSAND_YUAN.toYuan(new BigDecimal("36.00"))));
        List<ExportedForm> forms = List.of(anting(), new ExportedForm(other, GOV, CENTER));
        try (XSSFWorkbook book = open(OfficialWorkbook.unitYear(CENTER, 2024, forms))) {
            Sheet summary = book.getSheetAt(0);
            assertThat(text(summary, SummaryLayout.TITLE_SPAN)).isEqualTo("项目支出汇总表");
            assertThat(text(summary, SummaryLayout.AMOUNT_UNIT_SPAN)).isEqualTo("金额单位：万元");
            assertThat(text(summary, SummaryLayout.INFO_SPAN)).isEqualTo(CENTER + "  2024年");
            assertThat(text(summary, SummaryLayout.tallHeaderSpan(SummaryLayout.FISCAL_PROVIDED_COLUMN)))
                    .isEqualTo("财政提供预算金额");
            assertThat(text(summary, SummaryLayout.INITIAL_GROUP_SPAN)).isEqualTo("年初预算数");
            assertThat(text(summary, SummaryLayout.ADJUSTED_GROUP_SPAN)).isEqualTo("调整后预算数");
            assertThat(text(summary, Span.cell(SummaryLayout.SOURCE_HEADER_ROW, SummaryLayout.FIRST_ADJUSTED_COLUMN)))
                    .isEqualTo("其中：当年财政拨款");
            assertThat(merged(summary)).contains(SummaryLayout.INITIAL_GROUP_SPAN, SummaryLayout.ADJUSTED_GROUP_SPAN,
                    SummaryLayout.tallHeaderSpan(SummaryLayout.NUMBER_COLUMN));
            int first = SummaryLayout.formRow(0);
            assertThat(number(summary, first, SummaryLayout.NUMBER_COLUMN)).isEqualTo(1.0);
            assertThat(text(summary, Span.cell(first, SummaryLayout.UNIT_COLUMN))).isEqualTo(CENTER);
            assertThat(text(summary, Span.cell(first, SummaryLayout.PROJECT_COLUMN)))
                    .isEqualTo("信息化项目运维(信息安全三级等保)");
            assertThat(number(summary, first, SummaryLayout.FISCAL_PROVIDED_COLUMN)).isEqualTo(24.83);
            assertThat(number(summary, first, SummaryLayout.FIRST_INITIAL_COLUMN)).isEqualTo(28.10);
            assertThat(number(summary, first, SummaryLayout.FIRST_ADJUSTED_COLUMN)).isEqualTo(26.95);
            assertThat(number(summary, first, SummaryLayout.FIRST_ADJUSTED_COLUMN + 1)).isEqualTo(0.0);
            int second = SummaryLayout.formRow(1);
            assertThat(number(summary, second, SummaryLayout.NUMBER_COLUMN)).isEqualTo(2.0);
            assertThat(number(summary, second, SummaryLayout.FIRST_ADJUSTED_COLUMN + 2)).isEqualTo(36.0);
            assertThat(cell(summary, second, SummaryLayout.FIRST_INITIAL_COLUMN + 2).getCellType())
                    .isEqualTo(CellType.BLANK);
            assertThat(summary.getRow(SummaryLayout.formRow(2))).isNull();
        }
    }

    @Test
    void aSummaryOfFormsInDifferentUnitsIsInYuan() throws IOException {
        EvaluationState yuan = AntingFormWith.unitAndFunds(AmountUnit.YUAN, new FundLine(new BigDecimal("105000"),
                new BigDecimal("69800"), new BigDecimal("69800.50")));
        List<ExportedForm> forms = List.of(anting(), new ExportedForm(yuan, GOV, CENTER));
        try (XSSFWorkbook book = open(OfficialWorkbook.unitYear(CENTER, 2024, forms))) {
            Sheet summary = book.getSheetAt(0);
            assertThat(text(summary, SummaryLayout.AMOUNT_UNIT_SPAN)).isEqualTo("金额单位：元");
            assertThat(number(summary, SummaryLayout.formRow(0), SummaryLayout.FISCAL_PROVIDED_COLUMN))
                    .isEqualTo(248300.0);
            assertThat(number(summary, SummaryLayout.formRow(1), SummaryLayout.FISCAL_PROVIDED_COLUMN))
                    .isEqualTo(69800.5);
        }
    }

    /** Issue 11 item 6: an event stored before the text rule may hold what XML cannot; the year still exports. */
    @Test
    void aYearWithAnOldEventHoldingNonCharactersIsWellFormedXml() throws Exception {
        String broken = "运维\uFFFF项目\uFFFE\uD800\u0001";
        EvaluationState old = AntingFormWith.name(broken);
        List<Indicator> indicators = List.of(AntingFormWith.indicator("I1", "产出指标\uFFFF", "数量指标",
                "等保测评\uFFFE"), AntingFormWith.indicator("I2", "效益指标", "社会效益", "系统可用"));
        List<ExportedForm> forms = List.of(anting(), new ExportedForm(old, GOV + "\uFFFF", CENTER),
                new ExportedForm(AntingFormWith.indicators(indicators), GOV, CENTER));
        byte[] year = OfficialWorkbook.unitYear(CENTER + "\uFFFF", 2024, forms);
        assertWellFormed(year);
        try (XSSFWorkbook book = open(year)) {
            Sheet sheet = book.getSheetAt(2);
            assertThat(book.getSheetName(2)).isEqualTo("2 运维\uFFFD项目\uFFFD\uFFFD\uFFFD");
            assertThat(text(sheet, PROJECT_NAME_FIELD.valueSpan())).isEqualTo("运维\uFFFD项目\uFFFD\uFFFD\uFFFD");
            assertThat(text(sheet, COMPETENT_DEPARTMENT_FIELD.valueSpan())).isEqualTo(GOV + "\uFFFD");
        }
        assertWellFormed(OfficialWorkbook.form(new ExportedForm(old, GOV, CENTER)));
    }

    /** Every XML part of the package read by a strict parser, as Excel and every other reader does. */
    private static void assertWellFormed(byte[] xlsx) throws Exception {
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        int parts = 0;
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (java.util.zip.ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels")) {
                    byte[] part = zip.readAllBytes();
                    String name = entry.getName();
                    org.assertj.core.api.Assertions.assertThatCode(() -> factory.newDocumentBuilder()
                            .parse(new ByteArrayInputStream(part))).as(name).doesNotThrowAnyException();
                    parts++;
                }
            }
        }
        assertThat(parts).isGreaterThan(3);
    }

    private static ExportedForm anting() {
        return new ExportedForm(EvaluationFold.evolve(EvaluationState.EMPTY, AntingForm.drafted()), GOV, CENTER);
    }

    private static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static List<Span> merged(Sheet sheet) {
        return sheet.getMergedRegions().stream().map(OfficialWorkbookTest::span).toList();
    }

    private static Span span(CellRangeAddress a) {
        return new Span(a.getFirstRow(), a.getLastRow(), a.getFirstColumn(), a.getLastColumn());
    }

    private static String text(Sheet sheet, Span span) {
        Place at = span.topLeft();
        return cell(sheet, at.row(), at.column()).getStringCellValue();
    }

    private static double number(Sheet sheet, int row, int column) {
        Cell cell = cell(sheet, row, column);
        assertThat(cell.getCellType()).as("cell %s", new Place(row, column).reference()).isEqualTo(CellType.NUMERIC);
        return cell.getNumericCellValue();
    }

    private static Cell cell(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column);
    }

    /** The Anting form with one thing changed, as the fold would hold it. */
    private static final class AntingFormWith {
        static EvaluationState indicators(List<Indicator> indicators) {
            EvaluationDraftedEvent e = AntingForm.drafted();
            return fold(new EvaluationDraftedEvent(e.evaluationId(), e.fiscalYear(), e.projectName(), e.projectCode(),
                    e.competentDepartmentId(), e.implementingUnitId(), e.amountUnit(), e.scoringPolicy(), e.funds(),
                    e.goals(), indicators, e.source(), e.actor()));
        }

        static Indicator indicator(String id, String level1, String level2, String name) {
            return new Indicator(id, level1, level2, name, "及时", BigDecimal.TEN, "及时",
                    BigDecimal.TEN, null);
        }

        static EvaluationState name(String projectName) {
            EvaluationDraftedEvent e = AntingForm.drafted();
            return fold(new EvaluationDraftedEvent(e.evaluationId(), e.fiscalYear(), projectName, e.projectCode(),
                    e.competentDepartmentId(), e.implementingUnitId(), e.amountUnit(), e.scoringPolicy(), e.funds(),
                    e.goals(), e.indicators(), e.source(), e.actor()));
        }

        static EvaluationState unitAndFunds(AmountUnit unit, FundLine total) {
            EvaluationDraftedEvent e = AntingForm.drafted();
            Funds funds = new Funds(total, total, FundLine.BLANK, FundLine.BLANK);
            return fold(new EvaluationDraftedEvent(e.evaluationId(), e.fiscalYear(), e.projectName(), e.projectCode(),
                    e.competentDepartmentId(), e.implementingUnitId(), unit, e.scoringPolicy(), funds,
                    e.goals(), e.indicators(), e.source(), e.actor()));
        }

        static EvaluationState otherFunds(FundLine other) {
            EvaluationDraftedEvent e = AntingForm.drafted();
            return fold(new EvaluationDraftedEvent(e.evaluationId(), e.fiscalYear(), e.projectName(), e.projectCode(),
                    e.competentDepartmentId(), e.implementingUnitId(), e.amountUnit(), e.scoringPolicy(),
                    e.funds().with(FundSource.OTHER, other), e.goals(), e.indicators(), e.source(), e.actor()));
        }

        private static EvaluationState fold(EvaluationDraftedEvent event) {
            return EvaluationFold.evolve(EvaluationState.EMPTY, event);
        }
    }
}

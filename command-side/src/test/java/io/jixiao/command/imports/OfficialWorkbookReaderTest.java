package io.jixiao.command.imports;

import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.FundLine;
import io.jixiao.kernel.evaluation.IndicatorInput;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The reader on workbooks written cell by cell, as other systems and people with Excel write them. */
class OfficialWorkbookReaderTest {

    @Test
    void aFileThatIsNoWorkbookIsOneProblemOfTheFile() {
        List<FormReading> readings = OfficialWorkbookReader.read(
                new ByteArrayInputStream("项目名称,金额\n".getBytes(StandardCharsets.UTF_8)), "forms.csv");

        assertThat(readings).singleElement().satisfies(reading -> {
            assertThat(reading.form()).isEqualTo("forms.csv");
            assertThat(reading.content()).isNull();
            assertThat(reading.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.row()).isNull();
                assertThat(problem.column()).isNull();
                assertThat(problem.message()).contains("not an .xlsx workbook");
                assertThat(problem.messageZh()).contains("不是 .xlsx 工作簿");
            });
        });
    }

    @Test
    void aZipThatIsNoWorkbookIsOneProblemOfTheFile() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("hello".getBytes(StandardCharsets.UTF_8));
        }

        List<FormReading> readings = OfficialWorkbookReader.read(new ByteArrayInputStream(zip.toByteArray()), "a.xlsx");

        assertThat(readings).singleElement().satisfies(reading ->
                assertThat(reading.problems()).singleElement().satisfies(problem ->
                        assertThat(problem.message()).contains("not an .xlsx workbook")));
    }

    @Test
    void anOldXlsWorkbookIsToldToBeSavedAsXlsx() throws IOException {
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook book = new HSSFWorkbook()) {
            book.createSheet("表").createRow(0).createCell(0).setCellValue("财政项目支出绩效自评表");
            book.write(xls);
        }

        List<FormReading> readings = OfficialWorkbookReader.read(new ByteArrayInputStream(xls.toByteArray()), "a.xls");

        assertThat(readings).singleElement().satisfies(reading ->
                assertThat(reading.problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.message()).contains(".xls", "save it as");
                    assertThat(problem.messageZh()).contains("另存为");
                }));
    }

    @Test
    void aWorkbookWithoutAFormSheetSaysSo() {
        byte[] book = new SheetBuilder().sheet("说明").put("A1", "项目支出汇总表").bytes();

        List<FormReading> readings = OfficialWorkbookReader.read(new ByteArrayInputStream(book), "year.xlsx");

        assertThat(readings).singleElement().satisfies(reading -> {
            assertThat(reading.form()).isEqualTo("year.xlsx");
            assertThat(reading.problems()).singleElement().satisfies(problem ->
                    assertThat(problem.message()).contains("No sheet", "财政项目支出绩效自评表"));
        });
    }

    @Test
    void onlySheetsWithTheFormTitleAreForms() {
        SheetBuilder book = new SheetBuilder().sheet("项目支出汇总表").put("A1", "项目支出汇总表")
                .officialForm("一").officialForm("二");

        assertThat(OfficialWorkbookReader.read(book.stream(), "y.xlsx")).extracting(FormReading::form)
                .containsExactly("一", "二");
    }

    @Test
    void theOfficialLayoutReadsIntoTheFormItStates() {
        FormReading reading = OfficialWorkbookReader.read(new SheetBuilder().officialForm("表").stream(), "f.xlsx")
                .get(0);

        assertThat(reading.problems()).isEmpty();
        FormContent content = reading.content();
        assertThat(content.fiscalYear()).isEqualTo(2024);
        assertThat(content.projectName()).isEqualTo("测试项目");
        assertThat(content.competentDepartmentName()).isEqualTo("测试主管部门");
        assertThat(content.implementingUnitName()).isEqualTo("测试实施单位");
        assertThat(content.competentDepartmentId()).isNull();
        assertThat(content.projectCode()).isNull();
        assertThat(content.amountUnit()).isEqualTo(AmountUnit.TEN_THOUSAND_YUAN);
        assertThat(content.goals().expected()).isEqualTo("预期");
        assertThat(content.indicators()).extracting(IndicatorInput::level1, IndicatorInput::level2,
                IndicatorInput::name, IndicatorInput::target, IndicatorInput::actual).containsExactly(
                tuple("产出指标", "数量指标", "培训次数", ">=2次", "2次"),
                tuple("产出指标", "质量指标", "合格率", "≥90.00(%)", "95.00(%)"),
                tuple("满意度指标", "服务对象满意度指标", "满意度", "及时", "及时"));
        assertThat(content.indicators().get(0).weight()).isEqualByComparingTo("40");
    }

    /** The Songjiang 2023 printing: title and labels shifted, spaces and half-width brackets, text amounts. */
    @Test
    void aFormOfAnotherSystemReadsByItsLabels() {
        SheetBuilder book = new SheetBuilder().sheet("业务保障")
                .put("B1", "财政项目支出绩效自评表").merge("B1:I1").put("D2", "(2023 年度)")
                .put("A3", "项目名称").merge("A3:B3").put("C3", "业务保障").merge("C3:I3")
                .put("A4", "主管部门").merge("A4:B4").put("C4", "上海市松江区人民政府办公室").merge("C4:E4")
                .put("F4", "实施单位").put("G4", "上海市松江区人民政府办公室").merge("G4:I4")
                .put("D5", "年初预算数").put("E5", "全年预算数").put("F5", "全年执行数").put("G5", "分值")
                .put("H5", "执行率").put("I5", "得分")
                .put("A5", "项目资金\n(元)").merge("A5:B9")
                .put("C6", "年度资金总额").put("D6", 105000).put("E6", 69800).put("F6", "69,800").put("G6", 10)
                .put("H6", "100.00%").put("I6", 10)
                .put("C7", "其中: 当年财政拨款").put("D7", "105000").put("E7", "69800").put("F7", 69800)
                .put("C8", "上年结转资金").put("D8", 0).put("E8", 0).put("G8", "_")
                .put("C9", "其他资金").put("D9", 0).put("E9", 0).put("F9", "—")
                .put("A10", "年度\n总体\n目标").merge("A10:B11").put("C10", "预期目标").merge("C10:F10")
                .put("G10", "实际完成情况").merge("G10:I10").put("C11", "…密领域国产化替代工程要求…").merge("C11:F11")
                .put("G11", "…代工程要求,确…").merge("G11:I11")
                .put("A12", "绩\n效\n指\n标").merge("A12:A15")
                .put("B12", "一级指标").put("C12", "二级指标").put("D12", "三级指标").put("E12", "年度\n指标值")
                .put("F12", "实际\n完成值").put("G12", "分值").put("H12", "得分").put("I12", "偏差原因分析及\n改进措施")
                .indicator(13, "产出指标", "数量指标", "办公电子维护次数", ">=4次", "4次", 40, 40).merge("B13:B14")
                .indicator(14, null, "成本指标", "成本合理性", "合理", "合理", 30, "30")
                .indicator(15, "满意度指标", "服务对象满意度指标", "受众对象满意度", ">=80%", "85%", 20, 20)
                .put("B16", "总分").merge("B16:F16").put("G16", 100).put("H16", 100);

        FormReading reading = OfficialWorkbookReader.read(book.stream(), "songjiang.xlsx").get(0);

        assertThat(reading.problems()).isEmpty();
        FormContent content = reading.content();
        assertThat(content.fiscalYear()).isEqualTo(2023);
        assertThat(content.projectName()).isEqualTo("业务保障");
        assertThat(content.implementingUnitName()).isEqualTo("上海市松江区人民政府办公室");
        assertThat(content.amountUnit()).isEqualTo(AmountUnit.YUAN);
        assertLine(content.funds().total(), "105000", "69800", "69800");
        assertLine(content.funds().currentYearAppropriation(), "105000", "69800", "69800");
        assertLine(content.funds().carryover(), "0", "0", null);
        assertLine(content.funds().other(), "0", "0", null);
        assertThat(content.goals().actual()).isEqualTo("…代工程要求,确…");
        assertThat(content.indicators()).extracting(IndicatorInput::level1, IndicatorInput::name,
                IndicatorInput::weight).containsExactly(tuple("产出指标", "办公电子维护次数", new BigDecimal("40.00")),
                tuple("产出指标", "成本合理性", new BigDecimal("30.00")),
                tuple("满意度指标", "受众对象满意度", new BigDecimal("20.00")));
    }

    @Test
    void anUnknownAmountUnitIsAProblemAtItsLabel() {
        SheetBuilder book = new SheetBuilder().officialForm("表").put("A5", "项目资金（千元）");

        List<ImportProblem> problems = problems(book);

        assertThat(problems).extracting(p -> p.column() + p.row()).containsExactly("A5");
        assertThat(problems.get(0).message()).contains("Unknown amount unit", "千元");
    }

    @Test
    void aFundsLabelWithoutUnitInAWorkbookNotOursIsAProblem() {
        SheetBuilder book = new SheetBuilder().officialForm("表").put("A5", "项目资金");

        List<ImportProblem> problems = problems(book);

        assertThat(problems).extracting(p -> p.column() + p.row()).containsExactly("A5");
        assertThat(problems.get(0).messageZh()).contains("缺少金额单位");
    }

    @Test
    void aMissingYearAndProjectNameAreProblemsWhereTheyBelong() {
        SheetBuilder book = new SheetBuilder().officialForm("表").put("A2", null).put("B3", " ");

        List<ImportProblem> problems = problems(book);

        assertThat(problems).extracting(p -> p.column() + p.row()).containsExactly("A2", "B3");
        assertThat(problems.get(0).message()).contains("fiscal year is missing");
        assertThat(problems.get(1).messageZh()).contains("项目名称未填写");
    }

    @Test
    void textInAScoreAndAScoreAboveItsWeightAreProblems() {
        SheetBuilder book = new SheetBuilder().officialForm("表").put("G13", "四十").put("H15", 25);

        List<ImportProblem> problems = problems(book);

        assertThat(problems).extracting(p -> p.column() + p.row()).containsExactly("G13", "H15", "G16");
        assertThat(problems.get(0).message()).contains("四十");
        assertThat(problems.get(1).message()).contains("above the weight");
        assertThat(problems.get(2).message()).contains("add up to 60.00");
    }

    /** The policy gives budget execution 10 points whatever the sheet says, so the weights then miss 100 too. */
    @Test
    void aBudgetWeightOtherThanThePolicysIsAProblem() {
        SheetBuilder book = new SheetBuilder().officialForm("表").put("F6", 15).put("G13", 35).put("H13", 35);

        List<ImportProblem> problems = problems(book);

        assertThat(problems).extracting(p -> p.column() + p.row()).containsExactly("F6", "G16");
        assertThat(problems.get(0).message()).contains("budget execution weight is 15", "gives it 10");
        assertThat(problems.get(1).message()).contains("add up to 95.00");
    }

    @Test
    void aNegativeAmountIsAProblem() {
        assertThat(problems(new SheetBuilder().officialForm("表").put("D6", -1)))
                .extracting(p -> p.column() + p.row()).containsExactly("D6");
    }

    @Test
    void figuresComeOutExactly() {
        SheetBuilder book = new SheetBuilder().officialForm("表")
                .put("C6", 0.1 + 0.2)
                .put("D6", 1234.567891)
                .put("E6", "4, 514.45")
                .put("C7", "１２３．５")
                .put("D7", "—")
                .put("E7", 758.0200000000001);

        FormReading reading = OfficialWorkbookReader.read(book.stream(), "f.xlsx").get(0);

        assertThat(reading.problems()).isEmpty();
        FundLine total = reading.content().funds().total();
        assertThat(total.initialBudget()).isEqualTo(new BigDecimal("0.30"));
        assertThat(total.adjustedBudget()).isEqualTo(new BigDecimal("1234.567891"));
        assertThat(total.executed()).isEqualTo(new BigDecimal("4514.45"));
        FundLine current = reading.content().funds().currentYearAppropriation();
        assertThat(current.initialBudget()).isEqualTo(new BigDecimal("123.50"));
        assertThat(current.adjustedBudget()).isNull();
        assertThat(current.executed()).isEqualTo(new BigDecimal("758.02"));
    }

    @Test
    void aYuanAmountIsRoundedToTheFen() {
        SheetBuilder book = new SheetBuilder().officialForm("表").put("A5", "项目资金（元）").put("C6", 1234.567891);

        FundLine total = OfficialWorkbookReader.read(book.stream(), "f.xlsx").get(0).content().funds().total();

        assertThat(total.initialBudget()).isEqualTo(new BigDecimal("1234.57"));
    }

    @Test
    void aSheetWithoutTheIndicatorTableHasNoContent() {
        SheetBuilder book = new SheetBuilder().officialForm("表").put("B12", "指标");

        FormReading reading = OfficialWorkbookReader.read(book.stream(), "f.xlsx").get(0);

        assertThat(reading.content()).isNull();
        assertThat(reading.problems()).extracting(ImportProblem::message)
                .containsExactly("The indicator table (header 一级指标) was not found.");
    }

    @Test
    void blankRowsInTheIndicatorTableAreSkippedAndTheTableEndsAtTheTotal() {
        SheetBuilder book = new SheetBuilder().officialForm("表").put("D14", null).put("E14", null).put("F14", null)
                .put("G14", null).put("H14", null).put("G13", 70).put("H13", 70);

        FormReading reading = OfficialWorkbookReader.read(book.stream(), "f.xlsx").get(0);

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.content().indicators()).extracting(IndicatorInput::name).containsExactly("培训次数", "满意度");
    }

    private static List<ImportProblem> problems(SheetBuilder book) {
        List<FormReading> readings = OfficialWorkbookReader.read(book.stream(), "f.xlsx");
        assertThat(readings).hasSize(1);
        assertThat(readings.get(0).problems()).extracting(ImportProblem::form).containsOnly("表");
        return readings.get(0).problems();
    }

    private static void assertLine(FundLine line, String initial, String adjusted, String executed) {
        assertThat(line.initialBudget()).isEqualByComparingTo(initial);
        assertThat(line.adjustedBudget()).isEqualByComparingTo(adjusted);
        if (executed == null) {
            assertThat(line.executed()).isNull();
        } else {
            assertThat(line.executed()).isEqualByComparingTo(executed);
        }
    }
}

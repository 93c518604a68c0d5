package io.jixiao.command.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.FundLine;
import io.jixiao.kernel.evaluation.IndicatorInput;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static io.jixiao.command.imports.HandWrittenForm.FUNDS_CURRENT;
import static io.jixiao.command.imports.HandWrittenForm.FUNDS_OTHER;
import static io.jixiao.command.imports.HandWrittenForm.FUNDS_TOTAL;
import static io.jixiao.command.imports.HandWrittenForm.GOALS;
import static io.jixiao.command.imports.HandWrittenForm.QUALITY;
import static io.jixiao.command.imports.HandWrittenForm.QUANTITY;
import static io.jixiao.command.imports.HandWrittenForm.SATISFACTION;
import static io.jixiao.command.imports.HandWrittenForm.SOCIAL;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader of published forms' text. First a measurement on the 24 seed forms, the OCR text of published forms
 * against their hand-checked transcriptions: a form counts as read completely and correctly only when every
 * compared field equals the transcription, and the reader must never hand over a form without problems that
 * differs from it. Then the repairs and the problem reports, each on a form typed by hand.
 */
class PublishedTextReaderTest {
    /** What the reader achieves on the seeds today; a change that reads fewer fails here. */
    static final int COMPLETE_AND_CORRECT = 2;
    static final int FIELDS_CORRECT = 2345;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[][] SEEDS = {
            {"anting-2024-self-evaluations.txt", "anting-2024.json"},
            {"songjiang-2023-self-evaluations.txt", "songjiang-2023.json"}};

    @Test
    void readsTheSeedFormsAndSaysWhatItCouldNotRead() throws IOException {
        List<SeedComparison> comparisons = new ArrayList<>();
        List<FormReading> all = new ArrayList<>();
        for (String[] seed : SEEDS) {
            List<FormReading> readings = PublishedTextReader.read(resource(seed[0]), seed[0]);
            JsonNode fixture = JSON.readTree(resource(seed[1]));
            JsonNode truth = fixture.path("evaluations");
            assertThat(readings).as("forms found in " + seed[0]).hasSize(truth.size());
            for (int i = 0; i < readings.size(); i++) {
                comparisons.add(SeedComparison.of(readings.get(i), truth.get(i), fixture.path("amountUnit").asText()));
            }
            all.addAll(readings);
        }
        print(comparisons, all);
        int complete = (int) comparisons.stream().filter(SeedComparison::completeAndCorrect).count();
        int correct = comparisons.stream().mapToInt(c -> c.correct).sum();
        assertThat(complete).as("forms read completely and correctly").isGreaterThanOrEqualTo(COMPLETE_AND_CORRECT);
        assertThat(correct).as("fields read correctly").isGreaterThanOrEqualTo(FIELDS_CORRECT);
        for (SeedComparison comparison : comparisons) {
            if (!comparison.completeAndCorrect()) {
                assertThat(comparison.problems).as(comparison.form + " differs from its transcription ("
                        + comparison.differences.get(0) + ") but the reader reported no problem").isPositive();
            }
        }
    }

    private static void print(List<SeedComparison> comparisons, List<FormReading> readings) {
        StringBuilder table = new StringBuilder("\nform | project | complete+correct | fields wrong/missing | problems "
                + "| first differences\n");
        for (SeedComparison c : comparisons) {
            table.append(c.form).append(" | ").append(c.project).append(" | ")
                    .append(c.completeAndCorrect() ? "yes" : "no").append(" | ").append(c.fields - c.correct)
                    .append(" of ").append(c.fields).append(" | ").append(c.problems).append(" | ")
                    .append(String.join("; ", c.differences.stream().limit(3).toList())).append('\n');
        }
        int complete = (int) comparisons.stream().filter(SeedComparison::completeAndCorrect).count();
        int fields = comparisons.stream().mapToInt(c -> c.fields).sum();
        int correct = comparisons.stream().mapToInt(c -> c.correct).sum();
        long clean = readings.stream().filter(FormReading::readable).count();
        table.append("TOTAL: ").append(complete).append(" of ").append(comparisons.size())
                .append(" forms complete and correct; ").append(correct).append(" of ").append(fields)
                .append(" fields correct; ").append(clean).append(" forms without problems\n");
        System.out.println(table);
        if (Boolean.getBoolean("published.problems")) {
            readings.forEach(r -> r.problems().forEach(p -> System.out.println(p.form() + " " + p.message())));
        }
        if (Boolean.getBoolean("published.differences")) {
            comparisons.forEach(c -> c.differences.forEach(d -> System.out.println(c.form + " differs: " + d)));
        }
    }

    static String resource(String name) throws IOException {
        try (InputStream in = PublishedTextReaderTest.class.getResourceAsStream("/published/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static FormReading only(String text) {
        List<FormReading> readings = PublishedTextReader.read(text, "typed.txt");
        assertThat(readings).hasSize(1);
        return readings.get(0);
    }

    private static FormReading second(String text) {
        List<FormReading> readings = PublishedTextReader.read(text, "typed.txt");
        assertThat(readings).hasSize(2);
        assertThat(readings.get(0).problems()).isEmpty();
        return readings.get(1);
    }

    private static ImportProblem onlyProblem(FormReading reading) {
        assertThat(reading.problems()).hasSize(1);
        return reading.problems().get(0);
    }

    private static IndicatorInput indicator(FormReading reading, int index) {
        return reading.content().indicators().get(index);
    }

    @Nested
    class OcrFigures {
        @Test
        void spacesOcrPutAfterAPointOrACommaAreDropped() {
            assertThat(OcrAmount.read("758. 02").exact()).isEqualByComparingTo("758.02");
            assertThat(OcrAmount.read("3, 369. 87").exact()).isEqualByComparingTo("3369.87");
            assertThat(OcrAmount.read("1,164,916.2").exact()).isEqualByComparingTo("1164916.2");
            assertThat(OcrAmount.read("15,475,823").exact()).isEqualByComparingTo("15475823");
        }

        @Test
        void aCommaFollowedByTwoDigitsIsAMisreadPoint() {
            assertThat(OcrAmount.read("4, 514, 45").exact()).isEqualByComparingTo("4514.45");
            assertThat(OcrAmount.read("345, 29").exact()).isEqualByComparingTo("345.29");
        }

        @Test
        void aStrayBracketIsDroppedAndABracketPairMayBeAZero() {
            assertThat(OcrAmount.read("0.00)").exact()).isEqualByComparingTo("0.00");
            assertThat(OcrAmount.read("32. 9)7").exact()).isEqualByComparingTo("32.97");
            assertThat(OcrAmount.read("758. (02").exact()).isEqualByComparingTo("758.02");
            OcrAmount pair = OcrAmount.read("758. ()2");
            assertThat(pair.exact()).as("two readings, no choice made here").isNull();
            assertThat(pair.candidates(null)).containsExactly(new BigDecimal("758.02"), new BigDecimal("758.2"));
            assertThat(pair.candidates(2)).as("a table printing two decimals").containsExactly(new BigDecimal("758.02"));
        }

        @Test
        void aFigureCutShortKeepsEveryCompletion() {
            OcrAmount cut = OcrAmount.read("全年执 。 4802.");
            assertThat(cut.exact()).isNull();
            assertThat(cut.candidates(2)).hasSize(100).startsWith(new BigDecimal("4802.00"));
            assertThat(cut.candidates(null)).as("no fixed decimals: cannot be completed").isEmpty();
        }

        @Test
        void aFigureSplitOverTwoCellsIsJoinedAndARepeatedDigitDropped() {
            assertThat(OcrAmount.joined(OcrAmount.read("59. 0"), "9").candidates(2)).containsExactly(new BigDecimal("59.09"));
            assertThat(OcrAmount.joined(OcrAmount.read("139. 4"), "41").candidates(2))
                    .containsExactly(new BigDecimal("139.41"));
        }

        @Test
        void aHeadingRunIntoTheCellIsNotPartOfTheFigureButTwoFiguresAreNotOne() {
            assertThat(OcrAmount.read("年初预算数 3715.16").exact()).isEqualByComparingTo("3715.16");
            assertThat(OcrAmount.read("10 1973").kind()).isEqualTo(OcrAmount.Kind.UNREADABLE);
            assertThat(OcrAmount.read("—").kind()).isEqualTo(OcrAmount.Kind.PLACEHOLDER);
            assertThat(OcrAmount.readRate("100.00%").exact()).isEqualByComparingTo("100.00");
        }
    }

    @Nested
    class CleanDraft {
        @Test
        void aLegibleFormIsReadWholeWithItsRepairsAndNoProblem() {
            FormReading reading = only(new HandWrittenForm().text());

            assertThat(reading.problems()).isEmpty();
            assertThat(reading.readable()).isTrue();
            FormContent form = reading.content();
            assertThat(form.fiscalYear()).isEqualTo(2024);
            assertThat(form.projectName()).isEqualTo("日常运行保障");
            assertThat(form.competentDepartmentName()).isEqualTo("上海市某区某镇人民政府");
            assertThat(form.implementingUnitName()).isEqualTo("上海市某区某镇城市运行中心");
            assertThat(form.competentDepartmentId()).isNull();
            assertThat(form.amountUnit()).isEqualTo(AmountUnit.TEN_THOUSAND_YUAN);
            assertThat(form.funds().total()).isEqualTo(new FundLine(new BigDecimal("752.94"), new BigDecimal("762.25"),
                    new BigDecimal("758.02")));
            assertThat(form.funds().carryover().executed()).isEqualByComparingTo("0.00");
            assertThat(form.goals().expected()).isEqualTo("保障城市运行中心日常运转。");
            assertThat(form.goals().actual()).isEqualTo("保障了城市运行中心日常运转。");
            assertThat(form.indicators()).hasSize(7);
            assertThat(form.indicators().get(0)).isEqualTo(new IndicatorInput("成本指标", "经济成本指标", "成本节约率",
                    "≥0.00(%)", new BigDecimal("15.00"), "0.56(%)", new BigDecimal("15.00"), null));
            assertThat(form.indicators().get(1).level1()).as("from its 二级指标").isEqualTo("产出指标");
            assertThat(form.indicators().get(4).level2()).as("label wrapped over two rows").isEqualTo("社会效益指标");
            assertThat(form.indicators().get(5).level2()).isEqualTo("社会效益指标");
            assertThat(form.indicators().get(6)).isEqualTo(new IndicatorInput("满意度指标", "服务对象满意度指标",
                    "保障对象满意度", "≥90.00(%)", new BigDecimal("10.00"), "85.00(%)", new BigDecimal("9.00"),
                    "满意度略低,将加强沟通。"));
        }

        @Test
        void theSummaryTableIsNoForm() {
            FormReading reading = only("项目支出汇总表\n\n项目名称\t财政提供预算金额\n日常运行保障\t758. 02\n");

            assertThat(reading.content()).isNull();
            assertThat(onlyProblem(reading).message()).contains("no 财政项目支出绩效自评表");
        }
    }

    @Nested
    class Funds {
        @Test
        void aFigureSplitOverTwoCellsOrWithBracketsIsRepairedWhenTheRateConfirmsIt() {
            FormReading split = only(new HandWrittenForm()
                    .with(FUNDS_TOTAL, "\t\t年度资金总额\t752. 94\t762. 25\t758. 0\t2\t10.00\t99. 44\t9. 94")
                    .with(FUNDS_CURRENT, "\t项目资金 (万元)\t其中: 当年财政拨款\t752. 94\t762. 25\t758. (02\t-\t99. 44\t-")
                    .text());

            assertThat(split.problems()).isEmpty();
            assertThat(split.content().funds().total().executed()).isEqualByComparingTo("758.02");
            assertThat(split.content().funds().currentYearAppropriation().executed()).isEqualByComparingTo("758.02");
        }

        @Test
        void aFigureCutShortThatTheOtherFiguresDoNotPinIsReportedWithWhatItCanBe() {
            FormReading reading = only(new HandWrittenForm()
                    .with(FUNDS_TOTAL, "\t\t年度资金总额\t752. 94\t762. 25\t758.\t10.00\t99. 44\t9. 94")
                    .with(FUNDS_CURRENT, "\t项目资金 (万元)\t其中: 当年财政拨款\t752. 94\t762. 25\t758.\t-\t99. 44\t-")
                    .text());

            assertThat(reading.problems()).extracting(ImportProblem::row, ImportProblem::column).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(FUNDS_TOTAL, "funds.total.executed"),
                    org.assertj.core.groups.Tuple.tuple(FUNDS_CURRENT, "funds.currentYearAppropriation.executed"));
            assertThat(reading.problems().get(0).message())
                    .isEqualTo("line 5: 年度资金总额 全年执行数 reads '758.' (cut off or damaged); the other figures allow "
                            + "758.00, 758.01, 758.02, 758.03 … (10 values)");
            assertThat(reading.content().funds().total().executed()).isNull();
        }

        @Test
        void rowsThatDoNotAddUpAreReportedSinceOneOfTheirFiguresIsMisread() {
            FormReading reading = only(new HandWrittenForm()
                    .with(FUNDS_OTHER, "\t\t其他资金\t0.00\t5.00\t0.00\t-\t0.00\t-").text());

            ImportProblem problem = onlyProblem(reading);
            assertThat(problem.column()).isEqualTo("funds");
            assertThat(problem.message()).contains("全年预算数: 年度资金总额 762.25 ≠ 762.25 + 0.00 + 5.00");
        }
    }

    @Nested
    class Indicators {
        @Test
        void anEmptyActualIsReportedOnItsLine() {
            FormReading reading = only(new HandWrittenForm().with(SATISFACTION,
                    "满意度指标\t服务对象满 意度指标\t保障对象满意\t意度\t≥90.00(%)\t\t10.00\t9.00\t满意度略低,将加强沟通。").text());

            ImportProblem problem = onlyProblem(reading);
            assertThat(problem.row()).isEqualTo(SATISFACTION);
            assertThat(problem.column()).isEqualTo("actual");
            assertThat(problem.message()).isEqualTo("line 18: 实际完成值 of 保障对象满意度 is empty");
            assertThat(problem.messageZh()).isEqualTo("第18行:保障对象满意度的实际完成值为空");
            assertThat(indicator(reading, 6).actual()).isNull();
        }

        @Test
        void aNameSplitOverCellsWithDifferentCharactersAtTheJoinIsJoinedAndReported() {
            FormReading reading = only(new HandWrittenForm().with(SOCIAL,
                    "\t社会效益指\t日常工作保险\t章率\t=100. 00 (%)\t100. 00 (%)\t10.00\t10.00\t").text());

            ImportProblem problem = onlyProblem(reading);
            assertThat(problem.row()).isEqualTo(SOCIAL);
            assertThat(problem.column()).isEqualTo("name");
            assertThat(problem.message()).contains("'日常工作保险' | '章率'");
            assertThat(indicator(reading, 4).name()).isEqualTo("日常工作保险章率");
        }

        @Test
        void anEmptyTargetBesideANamePrintedTwiceMayBeTheTargetAndIsReported() {
            FormReading reading = only(new HandWrittenForm().with(QUANTITY,
                    "\t数量指标\t日常运作计划分\t日常运作计划完成率\t\t100. 00 (%)\t20. 00\t20. 00\t").text());

            ImportProblem problem = onlyProblem(reading);
            assertThat(problem.row()).isEqualTo(QUANTITY);
            assertThat(problem.column()).isEqualTo("target");
            assertThat(problem.message()).contains("the second copy may be the target");
            assertThat(indicator(reading, 1).name()).isEqualTo("日常运作计划完成率");
            assertThat(indicator(reading, 1).target()).isNull();
        }

        @Test
        void aWeightThatIsNoFigureIsReported() {
            FormReading reading = only(new HandWrittenForm().with(QUALITY,
                    "产出指标\t质量指标\t合同履约达标率\t\t=100. 00 (%)\t100. 00 (%)\tთ\t15.00\t").text());

            ImportProblem problem = onlyProblem(reading);
            assertThat(problem.column()).isEqualTo("weight");
            assertThat(problem.message()).isEqualTo("line 14: 分值 of 合同履约达标率 reads 'თ', which is not a figure");
        }

        @Test
        void aCategoryNotPrintedBetweenTwoDifferentOnesIsNotGuessed() {
            FormReading reading = only(new HandWrittenForm().with(QUALITY,
                    "产出指标\t\t合同履约达标率\t\t=100. 00 (%)\t100. 00 (%)\t15.00\t15.00\t").text());

            ImportProblem problem = onlyProblem(reading);
            assertThat(problem.column()).isEqualTo("level2");
            assertThat(problem.message()).endsWith("it is one of 数量指标, 时效指标");
            assertThat(indicator(reading, 2).level1()).isEqualTo("产出指标");
            assertThat(indicator(reading, 2).level2()).isNull();
        }

        @Test
        void aGarbledCategoryIsReportedRatherThanTakenFromItsNeighbours() {
            FormReading reading = only(new HandWrittenForm().with(QUALITY,
                    "产出指标\t34111\t合同履约达标率\t\t=100. 00 (%)\t100. 00 (%)\t15.00\t15.00\t").text());

            assertThat(onlyProblem(reading).message()).contains("its cell reads '34111'");
        }

        @Test
        void aLostRowShowsInTheTotals() {
            FormReading reading = only(new HandWrittenForm().with(QUALITY, "").text());

            assertThat(reading.problems()).extracting(ImportProblem::message).containsExactly(
                    "line 19: the 分值 of budget execution and of the indicators add up to 85.00, but the 总分 row "
                            + "prints 100.00; a row is missing or a figure misread",
                    "line 19: the 得分 of budget execution and of the indicators add up to 83.94, but the 总分 row "
                            + "prints 98.94; a row is missing or a figure misread");
        }
    }

    @Nested
    class Goals {
        @Test
        void identicalColumnsInterleavedByOcrAreSeparated() {
            FormReading reading = only(new HandWrittenForm().with(GOALS,
                    "年度 总体 目标\t保障城市运行中心 保障城市运行中心日常 日常运转。 运转。").text());

            assertThat(reading.problems()).isEmpty();
            assertThat(reading.content().goals().expected()).isEqualTo("保障城市运行中心日常运转。");
            assertThat(reading.content().goals().actual()).isEqualTo("保障城市运行中心日常运转。");
        }

        @Test
        void clippedColumnsAreReportedNotPiecedTogether() {
            FormReading reading = only(new HandWrittenForm().with(GOALS,
                    "年度 总体 目标\t城市运行中心日常\t\t了城市运行中心").text());

            ImportProblem problem = onlyProblem(reading);
            assertThat(problem.row()).isEqualTo(GOALS);
            assertThat(problem.column()).isEqualTo("goals");
            assertThat(reading.content().goals().expected()).isNull();
        }
    }

    @Nested
    class Headers {
        private static final int SECOND = 21;

        @Test
        void theYearAndAmountUnitEveryOtherFormPrintsCompleteAFormThatLacksThem() {
            FormReading reading = second(new HandWrittenForm().twiceWithSecond(1, ""));
            assertThat(reading.problems()).isEmpty();
            assertThat(reading.content().fiscalYear()).isEqualTo(2024);

            FormReading damagedUnit = second(new HandWrittenForm().twiceWithSecond(FUNDS_CURRENT,
                    "\t资金 元)\t其中: 当年财政拨款\t752. 94\t762. 25\t758. 02\t-\t99. 44\t-"));
            assertThat(damagedUnit.problems()).isEmpty();
            assertThat(damagedUnit.content().amountUnit()).isEqualTo(AmountUnit.TEN_THOUSAND_YUAN);
        }

        @Test
        void aDamagedAmountUnitWithNothingToCompareIsReported() {
            FormReading reading = only(new HandWrittenForm().with(FUNDS_CURRENT,
                    "\t资金 元)\t其中: 当年财政拨款\t752. 94\t762. 25\t758. 02\t-\t99. 44\t-").text());

            assertThat(onlyProblem(reading).column()).isEqualTo("amountUnit");
        }

        @Test
        void aClippedUnitNameIsCompletedFromTheFormsThatPrintItWhole() {
            FormReading reading = second(new HandWrittenForm().twiceWithSecond(3,
                    "主管部门\t\t上海市某区某镇人民\t实施单位\t上海市某区某镇城市运行中心"));

            assertThat(reading.problems()).isEmpty();
            assertThat(reading.content().competentDepartmentName()).isEqualTo("上海市某区某镇人民政府");
        }

        @Test
        void aMisreadUnitNameIsReported() {
            FormReading reading = second(new HandWrittenForm().twiceWithSecond(3,
                    "主管部门\t\t上海市某区某镇人民攻府\t实施单位\t上海市某区某镇城市运行中心"));

            ImportProblem problem = onlyProblem(reading);
            assertThat(problem.row()).isEqualTo(SECOND + 3);
            assertThat(problem.column()).isEqualTo("competentDepartment");
            assertThat(problem.message()).contains("probably 上海市某区某镇人民政府");
            assertThat(reading.content().competentDepartmentName()).isNull();
        }

        @Test
        void aProjectNameWithStrayCharactersIsRecognisedInTheSummaryTable() {
            String summary = "项目支出汇总表\n\n项目名称\t财政提供预算金额\n日常运行保障(城运中心)\t758. 02\n\n";
            FormReading reading = only(summary + new HandWrittenForm()
                    .with(2, "项目名称\t\t- 5\t日常运行保障(城运\t中心) I").text());

            assertThat(reading.problems()).isEmpty();
            assertThat(reading.content().projectName()).isEqualTo("日常运行保障(城运中心)");
        }
    }

    @Nested
    class RunTogetherPages {
        private static final String PAGE = "财政项目支出绩效自评表 (2023年度) 法律咨询与服务 项目名称 上海市某区人民政府办公室 "
                + "上海市某区司法局 主管部门 实施单位 执行率 年初预算数 全年预算数 全年执行数 分值 得分 40000.00 8800.00 8,800 "
                + "100.00% 10 年度资金总额 10 项目资金 40000 8800 8800 其中: 当年财政拨款 (元) 0 0 上年结转资金 其他资金 0 0 "
                + "年度 预期目标 实际完成情况 总体 目标保证法律顾问在合法性审核中发挥积极作用。 保证法律顾问在合法性审核中发挥积极作用。 "
                + "年度 偏差原因分析及 实际 一级指标 二级指标 三级指标 得分 分值 指标值 完成值 改进措施 2人 数量指标 >=2人 30 30 "
                + "聘请法律顾问 10 合法 合法 10 规范性文件的合法性 质量指标 合理 合理 10 10 规范性文件的合理性 产出指标 效益指标 "
                + "{values} 社会效益指标 30 30 沟通协调机制健全性\n"
                + "满意度指标\t服务对象满意度指标\t服务对象满意度\t>=90%\t95%\t10\t10\t\n"
                + "\t\t\t总分\t\t\t100\t100\t";

        @Test
        void aPageRunTogetherOnOneLineIsReadWhenItsCellsFallIntoRowsOneWayOnly() {
            FormReading reading = only(PAGE.replace("{values}", "健全 健全"));

            assertThat(reading.problems()).isEmpty();
            FormContent form = reading.content();
            assertThat(form.projectName()).isEqualTo("法律咨询与服务");
            assertThat(form.implementingUnitName()).isEqualTo("上海市某区司法局");
            assertThat(form.amountUnit()).isEqualTo(AmountUnit.YUAN);
            assertThat(form.funds().total()).isEqualTo(new FundLine(new BigDecimal("40000.00"), new BigDecimal("8800.00"),
                    new BigDecimal("8800")));
            assertThat(form.funds().other()).isEqualTo(new FundLine(BigDecimal.ZERO, BigDecimal.ZERO, null));
            assertThat(form.goals().expected()).isEqualTo("保证法律顾问在合法性审核中发挥积极作用。");
            assertThat(form.indicators()).extracting(IndicatorInput::name, IndicatorInput::level2, IndicatorInput::target,
                    IndicatorInput::actual).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("聘请法律顾问", "数量指标", ">=2人", "2人"),
                    org.assertj.core.groups.Tuple.tuple("规范性文件的合法性", "质量指标", "合法", "合法"),
                    org.assertj.core.groups.Tuple.tuple("规范性文件的合理性", "质量指标", "合理", "合理"),
                    org.assertj.core.groups.Tuple.tuple("沟通协调机制健全性", "社会效益指标", "健全", "健全"),
                    org.assertj.core.groups.Tuple.tuple("服务对象满意度", "服务对象满意度指标", ">=90%", "95%"));
        }

        @Test
        void rowsThatFallApartTwoWaysAreReported() {
            FormReading reading = only(PAGE.replace("{values}", "提升 良好"));

            assertThat(reading.problems()).extracting(ImportProblem::message).first().asString()
                    .isEqualTo("line 1: the indicator rows run together on this line can be told apart in more than "
                            + "one way");
        }
    }
}

package io.jixiao.query.exports;

import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.EvaluationDraftedEvent;
import io.jixiao.kernel.evaluation.EvaluationFold;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.evaluation.Goals;
import io.jixiao.kernel.evaluation.Indicator;
import io.jixiao.kernel.organization.Actor;
import io.jixiao.kernel.scoring.Scoring;
import io.jixiao.kernel.scoring.ScoringPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OfficialPdfTest {
    private static final String SECURITY = "信息化项目运维(信息安全三级等保)";
    /** The page less the 28 pt margins, where every glyph must stay. */
    private static final float LEFT = 28;
    private static final float RIGHT = 842 - 28;
    private static final float BOTTOM = 14;
    private static final float TOP = 595 - 28;

    /** The font bundled in the jar and nothing else: no installed or configured font is looked at. */
    private final OfficialPdf pdf = new OfficialPdf(PdfFonts.bundled());

    @Test
    void theAntingSecurityFormPrintsItsTextsAndTheKernelsFiguresOnOnePage() {
        ExportedForm form = PdfFixtureForms.anting(SECURITY);
        PdfInspection rendered = new PdfInspection(pdf.form(form));
        rendered.save("anting-2024-security");

        assertThat(rendered.pageCount()).isEqualTo(1);
        String text = rendered.text();
        assertThat(text).contains("财政项目支出绩效自评表", "（2024年度）", "金额单位：万元", "项目资金", "（万元）",
                "项目名称 " + SECURITY, "主管部门 上海市嘉定区安亭镇人民政府",
                "实施单位 上海市嘉定区安亭镇城市运行管理中心",
                "年初预算数 全年预算数 全年执行数 分值 执行率 得分",
                "年度资金总额 28.10 26.95 24.83 10.00 92.13% 9.21",
                "其中：当年财政拨款 28.10 26.95 24.83 — 92.13% —",
                "上年结转资金 0.00 0.00 0.00 — 0.00% —",
                "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
                "成本指标 经济成本指标 成本控制数 控制在概算范围内 达成指标 10.00 10.00",
                "满意度指标 服务对象满意度指标 使用人员满意度 ≥90.00(%) 95.00(%) 10.00 10.00",
                "复测完成时间 2024年9月前", "10.00 8.00", "2024年新出的测评方式",
                "总分 100.00 97.21", "评分等级 优", "项目负责人（签字）：", "财务负责人（签字）：", "第 1 页 / 共 1 页");
        // The goal text wraps over five lines of its cell: its first and last words are there.
        assertThat(text).contains("项目于12月底前完成建设", "引起法律纠纷等。");
        assertThat(text.replaceAll("\\s", "")).contains("确保合法权益不受侵害");
        assertReadable(rendered);
    }

    @Test
    void theFiguresAreTheKernels() {
        EvaluationState state = PdfFixtureForms.anting(SECURITY).state();
        var sheet = Scoring.score(state, ScoringPolicy.byName(state.scoringPolicy()));
        assertThat(sheet.executionRate()).isEqualByComparingTo("92.13");
        assertThat(sheet.budgetScore()).isEqualByComparingTo("9.21");
        assertThat(sheet.totalScore()).isEqualByComparingTo("97.21");
        assertThat(sheet.grade().label()).isEqualTo("优");
    }

    @Test
    void theChineseFontIsEmbeddedAsAType0Subset() {
        byte[] bytes = pdf.form(PdfFixtureForms.anting(SECURITY));
        List<PDFont> fonts = new PdfInspection(bytes).fonts();
        assertThat(fonts).isNotEmpty().allSatisfy(font -> {
            assertThat(font).isInstanceOf(PDType0Font.class);
            assertThat(font.isEmbedded()).isTrue();
            // A subset's name carries a six-letter tag; the whole WenQuanYi collection would be megabytes.
            assertThat(font.getName()).matches("[A-Z]{6}\\+.+");
        });
        assertThat(bytes.length).isLessThan(300_000);
    }

    @Test
    void aFormFilledInYuanPrintsYuan() {
        ExportedForm inTenThousands = PdfFixtureForms.anting(SECURITY);
        EvaluationState s = inTenThousands.state();
        EvaluationState inYuan = EvaluationFold.evolve(EvaluationState.EMPTY, new EvaluationDraftedEvent(
                s.evaluationId(), s.fiscalYear(), s.projectName(), null, s.competentDepartmentId(),
                s.implementingUnitId(), AmountUnit.YUAN, s.scoringPolicy(), s.funds(), s.goals(), s.indicators(),
                s.source(), Actor.system("pdf test")));
        String text = new PdfInspection(pdf.form(new ExportedForm(inYuan, inTenThousands.competentDepartmentName(),
                inTenThousands.implementingUnitName()))).text();
        assertThat(text).contains("金额单位：元", "（元）", "年度资金总额 281,000.00 269,500.00 248,300.00 10.00 92.13% 9.21")
                .doesNotContain("万元");
    }

    @Test
    void thirtySixIndicatorsContinueOnFurtherPagesUnderTheRepeatedHeader() {
        ExportedForm form = PdfFixtureForms.withIndicators(PdfFixtureForms.anting(SECURITY), manyIndicators(36));
        PdfInspection rendered = new PdfInspection(pdf.form(form));
        rendered.save("anting-2024-many-indicators");

        int pages = rendered.pageCount();
        assertThat(pages).isGreaterThanOrEqualTo(2);
        for (int page = 2; page <= pages; page++) {
            assertThat(rendered.page(page)).contains("财政项目支出绩效自评表（续）  2024年度  " + SECURITY,
                    "绩效指标", "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
                    "第 " + page + " 页 / 共 " + pages + " 页");
        }
        String text = rendered.text();
        for (int i = 1; i <= 36; i++) {
            assertThat(text).contains(indicatorName(i) + " ");
        }
        assertThat(rendered.page(pages)).contains("总分 100.00 95.61", "评分等级 优", "项目负责人（签字）：");
        assertThat(rendered.page(1)).doesNotContain("总分");
        assertReadable(rendered);
    }

    @Test
    void aDeviationLongerThanAPageIsSplitBetweenLinesAcrossPages() {
        String longReason = "偏差说明开始。" + "因供应商交付延迟，部分设备到货晚于计划，安装调试相应顺延；".repeat(100)
                + "已约谈供应商并调整采购计划，偏差说明结束。";
        List<Indicator> indicators = new ArrayList<>(manyIndicators(6));
        Indicator third = indicators.get(2);
        indicators.set(2, third.withScore(new BigDecimal("2.00"), longReason));
        PdfInspection rendered = new PdfInspection(pdf.form(
                PdfFixtureForms.withIndicators(PdfFixtureForms.anting(SECURITY), indicators)));
        rendered.save("anting-2024-long-deviation");

        assertThat(rendered.pageCount()).isGreaterThanOrEqualTo(4);
        String text = rendered.text();
        assertThat(text).contains("偏差说明开始。", "偏差说明结束。", indicatorName(6) + " ");
        assertThat(inOrder(text.replaceAll("\\s", ""), longReason))
                .as("every character of the reason, in order, across pages").isTrue();
        assertReadable(rendered);
    }

    @Test
    void goalsLongerThanAPageContinueUnderTheirHeader() {
        ExportedForm form = PdfFixtureForms.anting(SECURITY);
        EvaluationState s = form.state();
        String expected = "预期目标开始。" + "完善城市运行保障体系，提升网格化管理水平和应急处置能力；".repeat(120) + "预期目标结束。";
        String actual = "实际完成开始。" + "Completed the annual plan on schedule. ".repeat(60) + "实际完成结束。";
        EvaluationState longGoals = EvaluationFold.evolve(EvaluationState.EMPTY, new EvaluationDraftedEvent(
                s.evaluationId(), s.fiscalYear(), s.projectName(), null, s.competentDepartmentId(),
                s.implementingUnitId(), s.amountUnit(), s.scoringPolicy(), s.funds(),
                new Goals(expected, actual), s.indicators(), s.source(),
                Actor.system("pdf test")));
        PdfInspection rendered = new PdfInspection(pdf.form(new ExportedForm(longGoals,
                form.competentDepartmentName(), form.implementingUnitName())));
        rendered.save("anting-2024-long-goals");

        assertThat(rendered.pageCount()).isGreaterThanOrEqualTo(2);
        assertThat(rendered.page(2)).contains("年度总体目标", "预期目标 实际完成情况");
        String text = rendered.text();
        assertThat(inOrder(text.replaceAll("\\s", ""), expected)).isTrue();
        assertThat(inOrder(text.replaceAll("\\s", ""), actual.replace(" ", ""))).isTrue();
        assertThat(text).contains("总分 100.00 97.21");
        assertReadable(rendered);
    }

    @Test
    void aCategoryNameTallerThanItsRowsMakesTheRowsTaller() {
        List<Indicator> indicators = new ArrayList<>(manyIndicators(4));
        String longLevel1 = "经济效益与社会效益及生态效益综合指标（含可持续影响的综合评价）";
        String longLevel2 = "服务对象满意度与社会公众满意度综合指标（含投诉处理情况）";
        Indicator first = indicators.get(0);
        indicators.set(0, new Indicator(first.indicatorId(), longLevel1, longLevel2, first.name(), first.target(),
                first.weight(), first.actual(), first.score(), first.deviation()));
        PdfInspection rendered = new PdfInspection(pdf.form(
                PdfFixtureForms.withIndicators(PdfFixtureForms.anting(SECURITY), indicators)));
        rendered.save("anting-2024-long-category");

        String text = rendered.text().replaceAll("\\s", "");
        assertThat(inOrder(text, longLevel1)).isTrue();
        assertThat(inOrder(text, longLevel2)).isTrue();
        assertReadable(rendered);
    }

    @Test
    void aCharacterNoFontHasPrintsAsAWhiteSquareAndTheRestOfTheFormPrints() {
        String rare = "䶵山镇信息化项目😀";
        PdfInspection rendered = new PdfInspection(pdf.form(PdfFixtureForms.renamed(PdfFixtureForms.anting(SECURITY), rare)));
        assertThat(rendered.text()).contains("项目名称 □山镇信息化项目□", "财政项目支出绩效自评表", "总分");
    }

    @Test
    void aConfiguredFontPrintsWhatItHasAndTheBundledFontTheRest() {
        OfficialPdf configured = new OfficialPdf(new PdfFonts(PdfFontsTest.TWO_FACES, "WenQuanYi Micro Hei Mono"));
        PdfInspection rendered = new PdfInspection(configured.form(
                PdfFixtureForms.renamed(PdfFixtureForms.anting(SECURITY), "䶵山镇信息化项目")));
        assertThat(rendered.text()).contains("项目名称 䶵山镇信息化项目", "财政项目支出绩效自评表");
        assertThat(rendered.glyphs()).filteredOn(g -> g.text().equals("䶵") || g.text().equals("绩"))
                .isNotEmpty().allSatisfy(g -> assertThat(g.font()).isEqualTo("WenQuanYiMicroHeiMono"));
        assertThat(rendered.glyphs()).filteredOn(g -> g.text().equals("财"))
                .isNotEmpty().allSatisfy(g -> assertThat(g.font()).isEqualTo("WenQuanYiMicroHei"));
    }

    @Test
    void aConfiguredFontThatIsGoneGivesAnExplanationNotAPdf() {
        OfficialPdf misconfigured = new OfficialPdf(new PdfFonts(Path.of("/nonexistent/font.ttc"), null));
        assertThatThrownBy(() -> misconfigured.form(PdfFixtureForms.anting(SECURITY)))
                .isInstanceOf(PdfFontMissing.class)
                .hasMessageContaining("/nonexistent/font.ttc").hasMessageContaining("jixiao.pdf.font");
    }

    /** Every glyph inside the margins and none drawn over another: nothing cut off, nothing overlapping. */
    private static void assertReadable(PdfInspection rendered) {
        List<PdfInspection.Glyph> glyphs = rendered.glyphs();
        assertThat(glyphs).isNotEmpty().allSatisfy(g -> {
            assertThat(g.x()).isBetween(LEFT, RIGHT);
            assertThat(g.x() + g.width()).isBetween(LEFT, RIGHT);
            assertThat(g.baseline() - 0.12f * g.size()).isGreaterThanOrEqualTo(BOTTOM);
            assertThat(g.baseline() + 0.88f * g.size()).isLessThanOrEqualTo(TOP);
        });
        for (int i = 0; i < glyphs.size(); i++) {
            for (int j = i + 1; j < glyphs.size(); j++) {
                PdfInspection.Glyph a = glyphs.get(i);
                PdfInspection.Glyph b = glyphs.get(j);
                if (!a.text().isBlank() && !b.text().isBlank() && a.overlaps(b)) {
                    throw new AssertionError("Glyphs drawn over each other: " + a + " and " + b);
                }
            }
        }
    }

    /** Whether {@code expected}'s characters all appear in {@code text} in order (other cells' text may lie between). */
    private static boolean inOrder(String text, String expected) {
        int at = 0;
        for (int i = 0; i < expected.length(); i++) {
            at = text.indexOf(expected.charAt(i), at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }

    /** Six categories in runs, weights 2.5 each (90 in all); every fourth indicator misses its target: 2.10 of 2.50. */
    private static List<Indicator> manyIndicators(int count) {
        String[][] categories = {{"产出指标", "数量指标"}, {"产出指标", "质量指标"}, {"产出指标", "时效指标"},
                {"效益指标", "社会效益指标"}, {"效益指标", "可持续影响指标"}, {"满意度指标", "服务对象满意度指标"}};
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String[] category = categories[(i - 1) * categories.length / count];
            boolean missed = i % 4 == 0;
            indicators.add(new Indicator(EvaluationFold.indicatorId(i), category[0], category[1], indicatorName(i),
                    "≥95.00(%)", new BigDecimal("2.50"), missed ? "80.00(%)" : "96.00(%)",
                    new BigDecimal(missed ? "2.10" : "2.50"),
                    missed ? "受汛期影响，第" + i + "项工作推迟两周开展，完成率未达年度目标；改进措施：提前制定汛期预案，"
                            + "合理安排施工周期，并加强过程监督。" : null));
        }
        return indicators;
    }

    private static String indicatorName(int i) {
        return "第" + i + "项巡查覆盖率";
    }
}

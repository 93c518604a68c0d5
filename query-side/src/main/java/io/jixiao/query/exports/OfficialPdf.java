package io.jixiao.query.exports;

import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.scoring.ScoreSheet;
import io.jixiao.kernel.scoring.Scoring;
import io.jixiao.kernel.scoring.ScoringPolicy;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The printable 财政项目支出绩效自评表 of one form, in the official layout on A4 landscape: title and year, project
 * and units, the funds table with 执行率 and 得分, 年度总体目标, the indicator table with merged category cells,
 * 总分, 评分等级 and the lines the 项目负责人 and 财务负责人 sign. Scores are the kernel's. The Chinese fonts
 * ({@link PdfFonts}) are embedded as subsets, so the file prints the same anywhere.
 */
@Component
public class OfficialPdf {
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 28;
    private static final float FONT_SIZE = 9;
    private static final float LEADING = 12;
    private static final float TITLE_SIZE = 18;
    private static final float YEAR_SIZE = 11;
    private static final float SMALL_SIZE = 8;
    private static final float TITLE_BASELINE = PAGE.getHeight() - MARGIN - TITLE_SIZE;
    private static final float YEAR_BASELINE = TITLE_BASELINE - 20;
    private static final float FIRST_TABLE_TOP = YEAR_BASELINE - 10;
    private static final float CONTINUED_BASELINE = PAGE.getHeight() - MARGIN - FONT_SIZE;
    private static final float CONTINUED_TABLE_TOP = CONTINUED_BASELINE - 8;
    private static final float TABLE_BOTTOM = MARGIN + 8;
    private static final float FOOTER_BASELINE = MARGIN - 10;
    /** Room the two signature lines need below the table. */
    private static final float SIGNATURE_SPACE = 36;
    private static final float SIGNATURE_LINE = 150;

    private final PdfFonts fonts;

    public OfficialPdf(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * The PDF of the form as its state stands (any version). Throws {@link PdfFontMissing} if the configured font is
     * unusable.
     */
    public byte[] form(ExportedForm form) {
        EvaluationState state = form.state();
        ScoreSheet sheet = Scoring.score(state, ScoringPolicy.byName(state.scoringPolicy()));
        try (PdfFontSet fontSet = fonts.open(); PDDocument document = new PDDocument()) {
            PdfText text = new PdfText(document, fontSet);
            PdfTableLayout layout = new PdfTableLayout(OfficialPdfRows.WIDTHS, text, FONT_SIZE, LEADING, 3, 2.5f);
            List<PdfTableLayout.Page> pages = layout.paginate(OfficialPdfRows.of(form, sheet),
                    FIRST_TABLE_TOP - TABLE_BOTTOM, CONTINUED_TABLE_TOP - TABLE_BOTTOM);
            PdfTableLayout.Page last = pages.get(pages.size() - 1);
            float lastTop = pages.size() == 1 ? FIRST_TABLE_TOP : CONTINUED_TABLE_TOP;
            boolean signaturesOnOwnPage = lastTop - last.height() - SIGNATURE_SPACE < TABLE_BOTTOM - 6;
            int pageCount = pages.size() + (signaturesOnOwnPage ? 1 : 0);
            float tableLeft = (PAGE.getWidth() - total(OfficialPdfRows.WIDTHS)) / 2;
            for (int index = 0; index < pageCount; index++) {
                PDPage page = new PDPage(PAGE);
                document.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                    float top = index == 0 ? heading(out, text, state) : continued(out, text, state, tableLeft);
                    float bottom = top;
                    if (index < pages.size()) {
                        new PdfTableDrawing(layout, out).draw(pages.get(index), tableLeft, top);
                        bottom = top - pages.get(index).height();
                    }
                    if (index == pageCount - 1) {
                        signatures(out, text, tableLeft, bottom - 26);
                    }
                    centred(out, text, "第 " + (index + 1) + " 页 / 共 " + pageCount + " 页", SMALL_SIZE,
                            FOOTER_BASELINE);
                }
            }
            describe(document, state);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the PDF of " + state.evaluationId(), e);
        }
    }

    private static float heading(PDPageContentStream out, PdfText text, EvaluationState state) throws IOException {
        centred(out, text, "财政项目支出绩效自评表", TITLE_SIZE, TITLE_BASELINE);
        centred(out, text, "（" + state.fiscalYear() + "年度）", YEAR_SIZE, YEAR_BASELINE);
        String unit = "金额单位：" + state.amountUnit().label();
        float right = (PAGE.getWidth() + total(OfficialPdfRows.WIDTHS)) / 2;
        write(out, text, unit, FONT_SIZE, right - text.width(unit, FONT_SIZE), YEAR_BASELINE);
        return FIRST_TABLE_TOP;
    }

    private static float continued(PDPageContentStream out, PdfText text, EvaluationState state, float left)
            throws IOException {
        String heading = "财政项目支出绩效自评表（续）  " + state.fiscalYear() + "年度  " + text.printable(state.projectName());
        float room = total(OfficialPdfRows.WIDTHS);
        while (text.width(heading, FONT_SIZE) > room) {
            heading = heading.substring(0, heading.length() - 2) + "…";
        }
        write(out, text, heading, FONT_SIZE, left, CONTINUED_BASELINE);
        return CONTINUED_TABLE_TOP;
    }

    private static void signatures(PDPageContentStream out, PdfText text, float left, float baseline)
            throws IOException {
        float half = total(OfficialPdfRows.WIDTHS) / 2;
        for (String who : List.of("项目负责人（签字）：", "财务负责人（签字）：")) {
            float x = left + 40 + (who.startsWith("项目") ? 0 : half);
            write(out, text, who, 10, x, baseline);
            float lineStart = x + text.width(who, 10) + 4;
            out.setLineWidth(0.6f);
            out.moveTo(lineStart, baseline - 2);
            out.lineTo(lineStart + SIGNATURE_LINE, baseline - 2);
            out.stroke();
        }
    }

    private static void centred(PDPageContentStream out, PdfText text, String line, float size, float baseline)
            throws IOException {
        write(out, text, line, size, (PAGE.getWidth() - text.width(line, size)) / 2, baseline);
    }

    private static void write(PDPageContentStream out, PdfText text, String line, float size, float x, float baseline)
            throws IOException {
        text.show(out, text.printable(line), size, x, baseline);
    }

    private static void describe(PDDocument document, EvaluationState state) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle("财政项目支出绩效自评表 " + state.fiscalYear() + " " + state.projectName());
        info.setCreator("Jixiao");
    }

    private static float total(float[] widths) {
        float sum = 0;
        for (float w : widths) {
            sum += w;
        }
        return sum;
    }
}

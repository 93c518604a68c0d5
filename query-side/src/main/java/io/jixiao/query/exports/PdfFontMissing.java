package io.jixiao.query.exports;

import io.jixiao.kernel.Refusal;

import java.util.Map;

/**
 * The font configured as {@code jixiao.pdf.font} cannot be used: a fault of the installation, not of the request,
 * so the web layer answers 503. It is not silently replaced by the bundled font (whoever set it wants that font);
 * the messages say how to correct the setting or go back to the bundled font.
 */
public class PdfFontMissing extends Refusal {
    public static final String CODE = "PDF_FONT_MISSING";
    private static final String REMEDY = "set jixiao.pdf.font to a TrueType .ttf/.ttc font with Chinese glyphs,"
            + " or remove the setting to print with the bundled font";
    private static final String REMEDY_ZH = "请将 jixiao.pdf.font 设为含中文字形的 TrueType 字体文件（.ttf/.ttc），"
            + "或删除该设置以使用内置字体";

    private PdfFontMissing(String message, String messageZh, Throwable cause) {
        super(Kind.UNAVAILABLE, CODE, message, messageZh, Map.of());
        if (cause != null) {
            initCause(cause);
        }
    }

    static PdfFontMissing unusable(Object font, String why, String whyZh, Throwable cause) {
        return new PdfFontMissing("The PDF font " + font + " (jixiao.pdf.font) cannot be used: " + why + "; " + REMEDY
                + ".", "导出 PDF 的字体 " + font + "（jixiao.pdf.font）无法使用：" + whyZh + "；" + REMEDY_ZH + "。", cause);
    }
}

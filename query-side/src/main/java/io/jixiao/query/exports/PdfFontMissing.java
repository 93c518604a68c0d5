package io.jixiao.query.exports;

import io.jixiao.kernel.Refusal;

import java.util.Map;

/**
 * No usable Chinese TrueType font for the printable form: a fault of the installation, not of the request, so the
 * web layer answers 503. The messages say what to install or configure.
 */
public class PdfFontMissing extends Refusal {
    public static final String CODE = "PDF_FONT_MISSING";
    private static final String REMEDY = "install the Debian package fonts-wqy-zenhei (apt-get install fonts-wqy-zenhei)"
            + " or set jixiao.pdf.font to a TrueType .ttf/.ttc font with Chinese glyphs";
    private static final String REMEDY_ZH = "请安装 Debian 软件包 fonts-wqy-zenhei（apt-get install fonts-wqy-zenhei），"
            + "或将 jixiao.pdf.font 设为含中文字形的 TrueType 字体文件（.ttf/.ttc）";

    private PdfFontMissing(String message, String messageZh, Throwable cause) {
        super(Kind.UNAVAILABLE, CODE, message, messageZh, Map.of());
        if (cause != null) {
            initCause(cause);
        }
    }

    static PdfFontMissing nothingInstalled(Iterable<?> searched) {
        return new PdfFontMissing("No Chinese font for PDF export (looked in " + searched + "): " + REMEDY + ".",
                "未找到导出 PDF 所需的中文字体：" + REMEDY_ZH + "。", null);
    }

    static PdfFontMissing unusable(Object font, String why, String whyZh, Throwable cause) {
        return new PdfFontMissing("The PDF font " + font + " cannot be used: " + why + "; " + REMEDY + ".",
                "导出 PDF 的字体 " + font + " 无法使用：" + whyZh + "；" + REMEDY_ZH + "。", cause);
    }
}

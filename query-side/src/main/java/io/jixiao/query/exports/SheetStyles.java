package io.jixiao.query.exports;

import io.jixiao.kernel.evaluation.AmountUnit;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The few cell styles of the official forms, made once per workbook (a workbook holds at most 64,000 styles, so
 * never one per cell). Every table cell is bordered and wraps, so long names stay inside the printed page.
 */
final class SheetStyles {
    /** 宋体 is what the published forms are set in; a machine without it substitutes another CJK font. */
    private static final String FONT = "宋体";
    /** 元 to the 分. */
    private static final String YUAN_FORMAT = "#,##0.00";
    /** 万元 to the 分: up to six decimals, shown only where the amount has them, so the print hides no digit. */
    private static final String TEN_THOUSAND_YUAN_FORMAT = "#,##0.00####";
    private static final String POINTS_FORMAT = "0.00";

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle label;
    final CellStyle text;
    final CellStyle centered;
    final CellStyle points;
    final CellStyle rate;
    final CellStyle signature;
    private final CellStyle yuan;
    private final CellStyle tenThousandYuan;

    SheetStyles(Workbook workbook) {
        DataFormat formats = workbook.createDataFormat();
        Font regular = font(workbook, (short) 10, false);
        Font bold = font(workbook, (short) 10, true);
        title = workbook.createCellStyle();
        title.setFont(font(workbook, (short) 16, true));
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        subtitle = workbook.createCellStyle();
        subtitle.setFont(regular);
        subtitle.setAlignment(HorizontalAlignment.CENTER);
        subtitle.setVerticalAlignment(VerticalAlignment.CENTER);
        label = bordered(workbook, bold, HorizontalAlignment.CENTER);
        text = bordered(workbook, regular, HorizontalAlignment.LEFT);
        centered = bordered(workbook, regular, HorizontalAlignment.CENTER);
        yuan = bordered(workbook, regular, HorizontalAlignment.RIGHT);
        yuan.setDataFormat(formats.getFormat(YUAN_FORMAT));
        tenThousandYuan = bordered(workbook, regular, HorizontalAlignment.RIGHT);
        tenThousandYuan.setDataFormat(formats.getFormat(TEN_THOUSAND_YUAN_FORMAT));
        points = bordered(workbook, regular, HorizontalAlignment.RIGHT);
        points.setDataFormat(formats.getFormat(POINTS_FORMAT));
        rate = bordered(workbook, regular, HorizontalAlignment.RIGHT);
        rate.setDataFormat(formats.getFormat(POINTS_FORMAT));
        signature = workbook.createCellStyle();
        signature.setFont(regular);
        signature.setAlignment(HorizontalAlignment.LEFT);
        signature.setVerticalAlignment(VerticalAlignment.CENTER);
    }

    CellStyle amount(AmountUnit unit) {
        return unit == AmountUnit.TEN_THOUSAND_YUAN ? tenThousandYuan : yuan;
    }

    private static Font font(Workbook workbook, short points, boolean isBold) {
        Font font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints(points);
        font.setBold(isBold);
        return font;
    }

    private static CellStyle bordered(Workbook workbook, Font font, HorizontalAlignment alignment) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}

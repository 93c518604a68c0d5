package io.jixiao.query.exports;

import io.jixiao.kernel.forms.Span;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.math.BigDecimal;
import java.util.List;

/**
 * Writes values into spans of a sheet: every cell of a span gets the style (a merged area shows the borders of all
 * its cells), the value goes into the top-left cell, and row heights grow to fit wrapped text.
 */
final class SheetGrid {
    /** A 10-point line of 宋体 with its leading. */
    private static final float LINE_POINTS = 13.5f;
    /** Excel's highest row. */
    private static final float MAX_ROW_POINTS = 409f;
    private final Sheet sheet;
    private final List<Integer> columnWidths;

    SheetGrid(Sheet sheet, List<Integer> columnWidths) {
        this.sheet = sheet;
        this.columnWidths = columnWidths;
        for (int column = 0; column < columnWidths.size(); column++) {
            sheet.setColumnWidth(column, columnWidths.get(column) * 256);
        }
    }

    /** A4 landscape, one page wide and as many pages high as the form needs, centred. */
    void printOnA4Landscape() {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.5);
        sheet.setMargin(Sheet.BottomMargin, 0.5);
    }

    void text(Span span, String value, CellStyle style) {
        Cell cell = styled(span, style);
        if (value != null) {
            String shown = XmlText.of(value);
            cell.setCellValue(shown);
            fitHeight(span, shown);
        }
    }

    /** Figures as numbers, never text, so that a person can add them up and a reader takes them exactly. */
    void number(Span span, BigDecimal value, CellStyle style) {
        Cell cell = styled(span, style);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }

    void height(int row, float points) {
        Row r = row(row);
        r.setHeightInPoints(Math.max(r.getHeightInPoints(), points));
    }

    private Cell styled(Span span, CellStyle style) {
        for (int r = span.firstRow(); r <= span.lastRow(); r++) {
            Row row = row(r);
            for (int c = span.firstColumn(); c <= span.lastColumn(); c++) {
                Cell cell = row.getCell(c);
                (cell == null ? row.createCell(c) : cell).setCellStyle(style);
            }
        }
        if (span.isMerged()) {
            sheet.addMergedRegion(new CellRangeAddress(span.firstRow(), span.lastRow(), span.firstColumn(),
                    span.lastColumn()));
        }
        return row(span.firstRow()).getCell(span.firstColumn());
    }

    private Row row(int index) {
        Row row = sheet.getRow(index);
        return row == null ? sheet.createRow(index) : row;
    }

    /** Spreads the lines the text needs over the rows of the span; Excel does not grow rows of merged cells. */
    private void fitHeight(Span span, String value) {
        int width = 0;
        for (int c = span.firstColumn(); c <= span.lastColumn(); c++) {
            width += columnWidths.get(c);
        }
        int rows = span.lastRow() - span.firstRow() + 1;
        float needed = Math.min(MAX_ROW_POINTS, lines(value, width) * LINE_POINTS + 4) / rows;
        if (needed > sheet.getDefaultRowHeightInPoints()) {
            for (int r = span.firstRow(); r <= span.lastRow(); r++) {
                height(r, needed);
            }
        }
    }

    /** A CJK character is about two digits wide, a column width counts digits; a little margin on each side. */
    static int lines(String text, int widthInDigits) {
        int usable = Math.max(1, widthInDigits - 1);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            int width = 0;
            for (int i = 0; i < paragraph.length(); i = paragraph.offsetByCodePoints(i, 1)) {
                width += paragraph.codePointAt(i) >= 0x2E80 ? 2 : 1;
            }
            lines += Math.max(1, (width + usable - 1) / usable);
        }
        return lines;
    }
}

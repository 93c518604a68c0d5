package io.jixiao.command.imports;

import io.jixiao.command.imports.Figures.Figure;
import io.jixiao.kernel.forms.OfficialLayout;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The streamed grid shows every kind of cell as the readers saw it through POI's usermodel before: strings as
 * typed (rich text, escapes), numbers as their format shows them, booleans, errors, formulas by their cached
 * results, merged areas.
 */
class StreamedCellsTest {
    private static final int ROWS = 30;
    private static final int COLUMNS = 4;

    @Test
    void everyKindOfCellReadsAsThroughTheUsermodel(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cells.xlsx");
        try (XSSFWorkbook book = workbookOfEveryKind(); OutputStream out = Files.newOutputStream(file)) {
            book.write(out);
        }
        List<String> expected = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            XSSFSheet sheet = book.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            for (int r = 0; r < ROWS; r++) {
                for (int c = 0; c < COLUMNS; c++) {
                    int[] owner = {r, c};
                    for (CellRangeAddress area : sheet.getMergedRegions()) {
                        if (area.isInRange(r, c)) {
                            owner = new int[]{area.getFirstRow(), area.getFirstColumn()};
                        }
                    }
                    Row row = sheet.getRow(owner[0]);
                    Cell cell = row == null ? null : row.getCell(owner[1]);
                    expected.add(describe(r, c, usermodelText(cell, formatter), usermodelFigure(cell)));
                }
            }
        }

        List<String> streamed = new ArrayList<>();
        try (StreamedWorkbook book = StreamedWorkbook.open(file, WorkbookLimits.defaults())) {
            CellGrid grid = book.formSheet(book.sheets().get(0), 5, text -> text != null && text.contains("自评表"))
                    .orElseThrow();
            SheetCells cells = new SheetCells(grid, 2_000);
            for (int r = 0; r < ROWS; r++) {
                for (int c = 0; c < COLUMNS; c++) {
                    streamed.add(describe(r, c, cells.text(r, c), Figures.read(cells.cell(r, c), 2)));
                }
            }
        }

        assertThat(streamed).containsExactlyElementsOf(expected);
    }

    @Test
    void aNumberShowsTheDigitsExcelShows() throws IOException {
        // the double is 1.00499999...; Excel shows its 15 significant digits rounded, 1.01, and so do we
        byte[] book = new SheetBuilder().officialForm("表").put("F13", 1.005).bytes();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(book))) {
            CellStyle twoDecimals = workbook.createCellStyle();
            twoDecimals.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            workbook.getSheetAt(0).getRow(12).getCell(5).setCellStyle(twoDecimals);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            workbook.write(out);
            book = out.toByteArray();
        }

        FormReading reading = OfficialWorkbookReader.read(new ByteArrayInputStream(book), "a.xlsx").get(0);

        assertThat(reading.content().indicators().get(0).actual()).isEqualTo("1.01");
    }

    private static XSSFWorkbook workbookOfEveryKind() {
        XSSFWorkbook book = new XSSFWorkbook();
        XSSFSheet sheet = book.createSheet("表");
        sheet.createRow(0).createCell(0).setCellValue(OfficialLayout.TITLE);
        sheet.addMergedRegion(CellRangeAddress.valueOf("A1:D1"));
        Row texts = sheet.createRow(1);
        texts.createCell(0).setCellValue(" 保洁、保安 ");
        texts.createCell(1).setCellValue("_x0041_ is A");
        XSSFRichTextString rich = new XSSFRichTextString("加粗与常规");
        XSSFFont bold = book.createFont();
        bold.setBold(true);
        rich.applyFont(0, 2, bold);
        texts.createCell(2).setCellValue(rich);
        texts.createCell(3).setCellValue("   ");
        String[] formats = {"General", "#,##0.00", "#,##0.00####", "0.00", "0.0%", "0", "yyyy-mm-dd", "m/d/yy",
                "@", "0.00E+00"};
        double[] values = {2024, 0.1 + 0.2, 1234567.891, 12.3456789, 0.955, -3.5, 45292, 45292.5, 1e20, 1e-7, 7};
        int r = 2;
        for (String format : formats) {
            CellStyle style = book.createCellStyle();
            style.setDataFormat(book.createDataFormat().getFormat(format));
            Row row = sheet.createRow(r++);
            for (int c = 0; c < COLUMNS; c++) {
                Cell cell = row.createCell(c);
                cell.setCellValue(values[(r + c) % values.length]);
                cell.setCellStyle(style);
            }
        }
        Row other = sheet.createRow(r++);
        other.createCell(0).setCellValue(true);
        other.createCell(1).setCellValue(false);
        other.createCell(2).setCellErrorValue(FormulaError.NA.getCode());
        other.createCell(3).setBlank();
        Row formulas = sheet.createRow(r++);
        formulas.createCell(0).setCellFormula("C3*2");
        formulas.createCell(1).setCellFormula("\"a\"&\"b\"");
        formulas.createCell(2).setCellFormula("1/0");
        formulas.createCell(3).setCellFormula("1>0");
        Row merged = sheet.createRow(r++);
        merged.createCell(1).setCellValue(4514.45);
        sheet.addMergedRegion(new CellRangeAddress(merged.getRowNum(), merged.getRowNum() + 1, 1, 3));
        book.getCreationHelper().createFormulaEvaluator().evaluateAll();
        return book;
    }

    /** What SheetCells.text took from a usermodel cell before the reader streamed. */
    private static String usermodelText(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String text = switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC, BOOLEAN -> formatter.formatCellValue(cell, null);
            default -> null;
        };
        return text == null || text.isBlank() ? null : text;
    }

    /** What Figures.read took from a usermodel cell before the reader streamed. */
    private static Figure usermodelFigure(Cell cell) {
        if (cell == null) {
            return new Figures.Blank();
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> Figures.fromText(BigDecimal.valueOf(cell.getNumericCellValue())
                    .round(new MathContext(15, RoundingMode.HALF_EVEN)).toPlainString(), 2);
            case STRING -> Figures.fromText(cell.getRichStringCellValue().getString(), 2);
            case BOOLEAN -> new Figures.NotANumber(Boolean.toString(cell.getBooleanCellValue()).toUpperCase());
            case ERROR -> new Figures.NotANumber(cell.getCellType() == CellType.FORMULA ? "=" + cell.getCellFormula()
                    : cell.toString());
            default -> new Figures.Blank();
        };
    }

    private static String describe(int row, int column, String text, Figure figure) {
        return new org.apache.poi.ss.util.CellReference(row, column).formatAsString() + " " + text + " " + figure;
    }
}

package io.jixiao.command.imports;

import io.jixiao.kernel.forms.ExportFacts;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The hidden {@link ExportFacts} sheet of our own exports, by form sheet name; empty for any other workbook. */
final class ExportFactsReader {
    private ExportFactsReader() {
    }

    static Map<String, ExportFacts> read(Workbook workbook) {
        Sheet sheet = workbook.getSheet(ExportFacts.SHEET_NAME);
        Map<String, ExportFacts> facts = new HashMap<>();
        if (sheet == null || !ExportFacts.COLUMNS.equals(cells(sheet.getRow(0)))) {
            return facts;
        }
        for (int r = 1; r <= Math.min(sheet.getLastRowNum(), SheetCells.MAX_ROWS); r++) {
            ExportFacts.fromCells(cells(sheet.getRow(r))).ifPresent(f -> facts.put(f.sheetName(), f));
        }
        return facts;
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        if (row == null) {
            return cells;
        }
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        for (int c = 0; c < ExportFacts.COLUMNS.size(); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? null : formatter.formatCellValue(cell));
        }
        return cells;
    }
}

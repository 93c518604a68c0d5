package io.jixiao.command.imports;

import io.jixiao.kernel.forms.ExportFacts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The hidden {@link ExportFacts} sheet of our own exports, by form sheet name; empty for any other workbook. */
final class ExportFactsReader {
    private ExportFactsReader() {
    }

    /** {@code sheet} is null when the workbook has no facts sheet. */
    static Map<String, ExportFacts> read(CellGrid sheet) {
        Map<String, ExportFacts> facts = new HashMap<>();
        if (sheet == null || !ExportFacts.COLUMNS.equals(cells(sheet, 0))) {
            return facts;
        }
        for (int r = 1; r <= sheet.lastRow(); r++) {
            ExportFacts.fromCells(cells(sheet, r)).ifPresent(f -> facts.put(f.sheetName(), f));
        }
        return facts;
    }

    private static List<String> cells(CellGrid sheet, int row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < ExportFacts.COLUMNS.size(); c++) {
            cells.add(sheet.printed(row, c));
        }
        return cells;
    }
}

package io.jixiao.query.exports;

import io.jixiao.kernel.forms.ExportFacts;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;

import java.util.List;

/** The hidden sheet of {@link ExportFacts}: a header row, then one row per form sheet, all text. */
final class FactsSheet {
    private FactsSheet() {
    }

    static void write(Workbook workbook, List<ExportFacts> facts) {
        Sheet sheet = workbook.createSheet(ExportFacts.SHEET_NAME);
        row(sheet, 0, ExportFacts.COLUMNS);
        for (int i = 0; i < facts.size(); i++) {
            row(sheet, i + 1, facts.get(i).cells());
        }
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }

    private static void row(Sheet sheet, int index, List<String> cells) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.size(); c++) {
            if (cells.get(c) != null) {
                row.createCell(c).setCellValue(XmlText.of(cells.get(c)));
            }
        }
    }
}

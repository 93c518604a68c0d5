package io.jixiao.command.imports;

import io.jixiao.kernel.forms.ExportFacts;
import io.jixiao.kernel.forms.OfficialLayout;
import io.jixiao.kernel.forms.Place;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads .xlsx workbooks in the official layout of 财政项目支出绩效自评表: one {@link FormReading} per sheet that
 * carries the form's title (a summary sheet, the hidden facts of our exports and any other sheet are no forms).
 * Every problem names its sheet, row and column. A file that cannot be read at all, or holds no form, gives a
 * single reading named after the file with the one problem that says why.
 */
public final class OfficialWorkbookReader {
    /** The title sits in the first rows; a sheet that has it nowhere near the top is no form. */
    private static final int TITLE_ROWS = 5;

    private OfficialWorkbookReader() {
    }

    public static List<FormReading> read(InputStream xlsx, String fileName) {
        InputStream in = FileMagic.prepareToCheckMagic(new BufferedInputStream(xlsx));
        XSSFWorkbook opened;
        try {
            FileMagic magic = FileMagic.valueOf(in);
            if (magic == FileMagic.OLE2) {
                return fileProblem(fileName, "The file is an Excel 97-2003 workbook (.xls) or a password-protected "
                        + "one: save it as an unprotected .xlsx workbook.", "该文件为 Excel 97-2003 工作簿（.xls）或已加密："
                        + "请另存为未加密的 .xlsx 工作簿。");
            }
            if (magic != FileMagic.OOXML) {
                return notXlsx(fileName);
            }
            opened = new XSSFWorkbook(in);
        } catch (IOException | RuntimeException unreadable) {
            // POI reports a damaged package in many exception types; to the person it is one thing
            return notXlsx(fileName);
        }
        try (XSSFWorkbook workbook = opened) {
            return read(workbook, fileName);
        } catch (IOException closing) {
            throw new UncheckedIOException(closing);
        }
    }

    private static List<FormReading> read(XSSFWorkbook workbook, String fileName) {
        Map<String, ExportFacts> facts = ExportFactsReader.read(workbook);
        List<FormReading> readings = new ArrayList<>();
        for (Sheet sheet : workbook) {
            if (sheet.getSheetName().equals(ExportFacts.SHEET_NAME)) {
                continue;
            }
            SheetCells cells = new SheetCells(sheet);
            Optional<Place> title = cells.find(OfficialWorkbookReader::isTitle, 0, TITLE_ROWS - 1);
            title.ifPresent(place -> readings.add(FormSheetReader.read(cells, place,
                    facts.get(sheet.getSheetName()))));
        }
        if (readings.isEmpty()) {
            return fileProblem(fileName, "No sheet of the workbook is a " + OfficialLayout.TITLE
                    + " (no sheet has that title in its first rows).", "工作簿中没有“" + OfficialLayout.TITLE
                    + "”工作表（没有工作表在首几行写有该标题）。");
        }
        return readings;
    }

    private static List<FormReading> notXlsx(String fileName) {
        return fileProblem(fileName, "The file is not an .xlsx workbook, or it is damaged.",
                "该文件不是 .xlsx 工作簿，或文件已损坏。");
    }

    private static List<FormReading> fileProblem(String fileName, String message, String messageZh) {
        return List.of(new FormReading(fileName, null,
                List.of(new ImportProblem(fileName, null, null, message, messageZh))));
    }

    /** Titles as printed: 财政项目支出绩效自评表, the national 项目支出绩效自评表, with or without the year. */
    private static boolean isTitle(String text) {
        return text != null && OfficialLayout.normalized(text).contains("绩效自评表");
    }
}

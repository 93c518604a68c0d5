package io.jixiao.command.imports;

import io.jixiao.kernel.forms.ExportFacts;
import io.jixiao.kernel.forms.OfficialLayout;
import io.jixiao.kernel.forms.Place;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads .xlsx workbooks in the official layout of 财政项目支出绩效自评表: one {@link FormReading} per sheet that
 * carries the form's title (a summary sheet, the hidden facts of our exports and any other sheet are no forms).
 * Every problem names its sheet, row and column. A file that cannot be read at all, holds no form, or goes over one
 * of the {@link WorkbookLimits}, gives a single reading named after the file with the one problem that says why.
 * <p>
 * The workbook is read as a stream, one sheet at a time into a compact grid ({@link StreamedWorkbook}), never as a
 * whole workbook model: what one file can take of memory is bounded by the limits, whatever it holds.
 */
public final class OfficialWorkbookReader {
    private static final Logger log = LoggerFactory.getLogger(OfficialWorkbookReader.class);
    /** The title sits in the first rows; a sheet that has it nowhere near the top is no form. */
    private static final int TITLE_ROWS = 5;

    private OfficialWorkbookReader() {
    }

    public static List<FormReading> read(InputStream xlsx, String fileName) {
        return read(xlsx, fileName, WorkbookLimits.defaults());
    }

    public static List<FormReading> read(InputStream xlsx, String fileName, WorkbookLimits limits) {
        InputStream in = FileMagic.prepareToCheckMagic(new BufferedInputStream(xlsx));
        Path copy = null;
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
            // a zip is read by its directory at the end: from a file, parts are inflated one at a time as read
            copy = Files.createTempFile("jixiao-import-", ".xlsx");
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            try (StreamedWorkbook workbook = StreamedWorkbook.open(copy, limits)) {
                return read(workbook, fileName, limits);
            }
        } catch (WorkbookLimitReached limit) {
            log.info("Refused workbook {}: {}", fileName, limit.getMessage());
            return List.of(new FormReading(fileName, null, List.of(new ImportProblem(
                    limit.sheet() == null ? fileName : limit.sheet(), null, null, limit.getMessage(),
                    limit.messageZh()))));
        } catch (IOException | RuntimeException unreadable) {
            // POI reports a damaged package in many exception types; to the person it is one thing
            return notXlsx(fileName);
        } finally {
            delete(copy);
        }
    }

    private static List<FormReading> read(StreamedWorkbook workbook, String fileName, WorkbookLimits limits)
            throws IOException {
        Map<String, ExportFacts> facts = ExportFactsReader.read(workbook.factsSheet());
        List<FormReading> readings = new ArrayList<>();
        for (WorkbookSheets.Entry entry : workbook.sheets()) {
            String sheet = entry.name();
            if (sheet.equals(ExportFacts.SHEET_NAME)) {
                continue;
            }
            Optional<CellGrid> grid = workbook.formSheet(entry, TITLE_ROWS, OfficialWorkbookReader::isTitle);
            if (grid.isEmpty()) {
                continue;
            }
            SheetCells cells = new SheetCells(grid.get(), limits.maxRowsPerSheet());
            Optional<Place> title = cells.find(OfficialWorkbookReader::isTitle, 0, TITLE_ROWS - 1);
            title.ifPresent(place -> readings.add(FormSheetReader.read(cells, place, facts.get(sheet))));
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

    private static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the import's temporary copy {}: {}", file, e.toString());
        }
    }
}

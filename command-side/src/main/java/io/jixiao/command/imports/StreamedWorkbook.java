package io.jixiao.command.imports;

import io.jixiao.kernel.forms.ExportFacts;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.ContentHandler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An .xlsx workbook opened for streaming with POI's event API: the package from a file (its zip directory read, its
 * parts inflated only as they are parsed), the sheet list, the styles' number formats and the shared strings read
 * once, then each sheet parsed on demand into a {@link CellGrid}. Every part is read within the
 * {@link WorkbookLimits}; going over one throws {@link WorkbookLimitReached}.
 */
final class StreamedWorkbook implements AutoCloseable {
    private final OPCPackage pack;
    private final XSSFReader reader;
    private final WorkbookLimits limits;
    private final PartXml xml;
    private final List<WorkbookSheets.Entry> sheets;
    private final CellFormats formats;
    private final SharedStrings strings;

    private StreamedWorkbook(OPCPackage pack, WorkbookLimits limits) throws IOException, OpenXML4JException {
        this.pack = pack;
        this.reader = new XSSFReader(pack);
        this.limits = limits;
        this.xml = new PartXml(limits.maxUncompressedBytes());
        WorkbookSheets workbook = parse(reader.getWorkbookData(), new WorkbookSheets(limits.maxSheets()));
        this.sheets = List.copyOf(workbook.sheets());
        this.formats = parseIfPresent(reader.getStylesData(), new CellFormats(), CellFormats.none());
        formats.date1904(workbook.date1904());
        this.strings = parseIfPresent(reader.getSharedStringsData(), new SharedStrings(limits),
                SharedStrings.none(limits));
    }

    static StreamedWorkbook open(Path file, WorkbookLimits limits) throws IOException {
        OPCPackage pack;
        try {
            pack = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException e) {
            throw new IOException("Not an Office Open XML package", e);
        }
        boolean opened = false;
        try {
            StreamedWorkbook workbook = new StreamedWorkbook(pack, limits);
            opened = true;
            return workbook;
        } catch (OpenXML4JException e) {
            throw new IOException("Not a workbook package", e);
        } finally {
            if (!opened) {
                pack.revert();
            }
        }
    }

    List<WorkbookSheets.Entry> sheets() {
        return sheets;
    }

    /**
     * The hidden sheet of our exports' facts, found as Excel finds a sheet by name (ignoring case); null when there
     * is none. It has a row per form, so it may have as many rows as the workbook may have sheets.
     */
    CellGrid factsSheet() throws IOException {
        Optional<WorkbookSheets.Entry> facts = sheets.stream()
                .filter(sheet -> ExportFacts.SHEET_NAME.equalsIgnoreCase(sheet.name())).findFirst();
        if (facts.isEmpty()) {
            return null;
        }
        int rows = limits.maxSheets() + 1;
        return grid(facts.get(), new SheetGridHandler.Shape(rows, rows * ExportFacts.COLUMNS.size(),
                ExportFacts.COLUMNS.size(), 0, null));
    }

    /** A sheet's grid when its first {@code titleRows} rows show a title; empty (read no further) otherwise. */
    Optional<CellGrid> formSheet(WorkbookSheets.Entry sheet, int titleRows, Predicate<String> title)
            throws IOException {
        try {
            return Optional.of(grid(sheet, new SheetGridHandler.Shape(limits.maxRowsPerSheet(),
                    limits.maxCellsPerSheet(), SheetCells.MAX_COLUMNS, titleRows, title)));
        } catch (SheetGridHandler.NotAForm notAForm) {
            return Optional.empty();
        }
    }

    private CellGrid grid(WorkbookSheets.Entry sheet, SheetGridHandler.Shape shape) throws IOException {
        SheetGridHandler handler = new SheetGridHandler(sheet.name(), shape, limits, strings, formats);
        try {
            parse(reader.getSheet(sheet.relationId()), handler);
        } catch (OpenXML4JException | IllegalArgumentException e) {
            throw new IOException("The sheet " + sheet.name() + " cannot be found in the package", e);
        }
        return handler.grid();
    }

    private <H extends ContentHandler> H parse(InputStream part, H handler) throws IOException {
        if (part == null) {
            throw new IOException("A part of the workbook is missing");
        }
        xml.parse(part, handler);
        return handler;
    }

    private <H extends ContentHandler> H parseIfPresent(InputStream part, H handler, H absent) throws IOException {
        return part == null ? absent : parse(part, handler);
    }

    @Override
    public void close() {
        pack.revert();
    }
}

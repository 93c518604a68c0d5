package io.jixiao.command.imports;

/**
 * How much of an .xlsx workbook an import reads before it refuses the file: the reader keeps only a compact grid of
 * one sheet at a time (and the workbook's shared strings), so these numbers bound the memory and time one upload
 * can take. The defaults pass a unit-year export of 10,000 forms (about what fits in the 50 MB upload limit) with a
 * wide margin: measured on our exports, a form sheet has 20-60 rows, about 130 cells with a value and 10 KB of XML,
 * and adds about 30 shared strings of 530 characters in all; the summary sheet has a row per form but is no form
 * and is not read past its title. At the defaults one import holds at most about 70 MB of text and a few MB of
 * grid. Each is the property {@code jixiao.imports.xlsx.<name>}.
 *
 * @param maxSheets            sheets of a workbook ({@code max-sheets}); the hidden facts sheet of our exports
 *                             may hold one row per sheet
 * @param maxRowsPerSheet      the last row a form sheet may have a value in ({@code max-rows-per-sheet})
 * @param maxCellsPerSheet     cells with a value, and merged areas, of one sheet ({@code max-cells-per-sheet})
 * @param maxCellCharacters    characters of one cell's text ({@code max-cell-characters}; Excel's own is 32,767)
 * @param maxSharedStrings     entries of the workbook's shared strings table ({@code max-shared-strings})
 * @param maxTextCharacters    characters held at once: the shared strings table plus the inline text of the sheet
 *                             being read ({@code max-text-characters})
 * @param maxUncompressedBytes XML read from the workbook's parts, all together ({@code max-uncompressed-mb})
 */
public record WorkbookLimits(int maxSheets, int maxRowsPerSheet, int maxCellsPerSheet, int maxCellCharacters,
                             int maxSharedStrings, long maxTextCharacters, long maxUncompressedBytes) {
    public static final String PREFIX = "jixiao.imports.xlsx.";
    public static final int DEFAULT_MAX_SHEETS = 10_000;
    public static final int DEFAULT_MAX_ROWS_PER_SHEET = 2_000;
    public static final int DEFAULT_MAX_CELLS_PER_SHEET = 50_000;
    public static final int DEFAULT_MAX_CELL_CHARACTERS = 32_767;
    public static final int DEFAULT_MAX_SHARED_STRINGS = 500_000;
    public static final long DEFAULT_MAX_TEXT_CHARACTERS = 20_000_000;
    public static final long DEFAULT_MAX_UNCOMPRESSED_MB = 512;

    public WorkbookLimits {
        if (maxSheets < 1 || maxRowsPerSheet < 1 || maxCellsPerSheet < 1 || maxCellCharacters < 1
                || maxSharedStrings < 0 || maxTextCharacters < 1 || maxUncompressedBytes < 1) {
            throw new IllegalArgumentException("Every " + PREFIX + "* limit must be positive");
        }
    }

    public static WorkbookLimits defaults() {
        return new WorkbookLimits(DEFAULT_MAX_SHEETS, DEFAULT_MAX_ROWS_PER_SHEET, DEFAULT_MAX_CELLS_PER_SHEET,
                DEFAULT_MAX_CELL_CHARACTERS, DEFAULT_MAX_SHARED_STRINGS, DEFAULT_MAX_TEXT_CHARACTERS,
                DEFAULT_MAX_UNCOMPRESSED_MB * 1024 * 1024);
    }
}

package io.jixiao.command.imports;

import io.jixiao.kernel.forms.ExportFacts;
import io.jixiao.kernel.forms.OfficialLayout;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile workbooks: each is refused with the one limit it goes over, naming the limit's property and the sheet,
 * and reading it stops there, so what it costs is bounded whatever the file holds.
 */
class WorkbookLimitsTest {
    private static final WorkbookLimits DEFAULTS = WorkbookLimits.defaults();
    /** Two million random number cells under a form's title: 18 MB of zip, 60 MB of sheet XML (about 1:4). */
    private static Path twoMillionNumbers;

    @BeforeAll
    static void writePoison(@TempDir Path dir) throws IOException {
        twoMillionNumbers = dir.resolve("poison.xlsx");
        Random random = new Random(11);
        String[] columns = new String[40];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = CellReference.convertNumToColString(c);
        }
        try (OutputStream out = Files.newOutputStream(twoMillionNumbers)) {
            new RawWorkbook().sheet("表", xml -> {
                xml.write(RawWorkbook.textRow(1, OfficialLayout.TITLE));
                for (int r = 2; r <= 50_001; r++) {
                    xml.write("<row r=\"" + r + "\">");
                    for (String column : columns) {
                        xml.write("<c r=\"" + column + r + "\"><v>" + random.nextInt(1_000_000) / 100.0
                                + "</v></c>");
                    }
                    xml.write("</row>");
                }
            }).writeTo(out);
        }
    }

    @Test
    void twoMillionNumberCellsAreRefusedAtTheCellLimit() throws IOException {
        try (InputStream in = Files.newInputStream(twoMillionNumbers)) {
            assertRefused(OfficialWorkbookReader.read(in, "poison.xlsx"), "表", "max-cells-per-sheet",
                    "more than 50000 cells", "超过 50000 个");
        }
    }

    /** The old reader (a whole XSSFWorkbook) ran out of a 768 MB heap on this file; the stream needs a few MB. */
    @Test
    void twoMillionNumberCellsAreReadInASmallHeap() throws Exception {
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                ReadInSmallHeap.class.getName(), twoMillionNumbers.toString()).redirectErrorStream(true).start();
        String output;
        try (InputStream out = child.getInputStream()) {
            output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("max-cells-per-sheet", "\"表\"");
    }

    @Test
    void aValueBeyondTheLastRowAllowedIsRefused() {
        byte[] book = new SheetBuilder().officialForm("表").put("B150", "备注").bytes();

        assertRefused(read(book, limits(3, 100, 1_000)), "表", "max-rows-per-sheet", "row 150", "第 150 行");
        assertThat(read(book, limits(3, 150, 1_000)).get(0).problems()).isEmpty();
    }

    @Test
    void moreSheetsThanAllowedAreRefused() {
        byte[] book = new SheetBuilder().officialForm("一").officialForm("二").officialForm("三").bytes();

        List<FormReading> readings = read(book, limits(2, 100, 1_000));

        assertThat(readings).singleElement().satisfies(reading -> {
            assertThat(reading.content()).isNull();
            assertThat(reading.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.message()).contains("more than 2 sheets", "jixiao.imports.xlsx.max-sheets",
                        "not imported");
                assertThat(problem.messageZh()).contains("超过 2 张", "jixiao.imports.xlsx.max-sheets", "未导入");
            });
        });
        assertThat(read(book, limits(3, 100, 1_000))).hasSize(3);
    }

    @Test
    void aSharedStringsTableLargerThanAllowedIsRefusedBeforeAnySheetIsRead() {
        byte[] book = new RawWorkbook().sharedStrings(xml -> {
            for (int i = 0; i < 5_000; i++) {
                xml.write("<si><t>文字" + i + "</t></si>");
            }
        }).sheet("表", xml -> xml.write(RawWorkbook.textRow(1, OfficialLayout.TITLE))).bytes();

        List<FormReading> readings = read(book, new WorkbookLimits(10, 100, 1_000, 1_000, 1_000, 1_000_000,
                1 << 20));

        assertThat(readings).singleElement().satisfies(reading -> assertThat(reading.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("more than 1000 shared strings",
                        "jixiao.imports.xlsx.max-shared-strings")));
    }

    @Test
    void moreTextThanAllowedIsRefused() {
        String long200 = "长".repeat(200);
        byte[] book = new RawWorkbook().sharedStrings(xml -> {
            for (int i = 0; i < 100; i++) {
                xml.write("<si><t>" + long200 + "</t></si>");
            }
        }).sheet("表", xml -> xml.write(RawWorkbook.textRow(1, OfficialLayout.TITLE))).bytes();

        assertRefused(read(book, new WorkbookLimits(10, 100, 1_000, 1_000, 1_000, 10_000, 1 << 20)), "book.xlsx",
                "max-text-characters", "10000 characters", "10000 个字符");
    }

    @Test
    void aCellLongerThanAllowedIsRefused() {
        byte[] book = new RawWorkbook().sheet("表", xml -> xml.write(RawWorkbook.textRow(1, OfficialLayout.TITLE)
                + RawWorkbook.textRow(2, "字".repeat(101)))).bytes();

        assertRefused(read(book, new WorkbookLimits(10, 100, 1_000, 100, 1_000, 1_000_000, 1 << 20)), "表",
                "max-cell-characters", "more than 100 characters (row 2)", "第 2 行");
    }

    @Test
    void moreXmlThanAllowedIsRefusedEvenWhenItHoldsNoValue() {
        byte[] book = new RawWorkbook().sheet("表", xml -> {
            xml.write(RawWorkbook.textRow(1, OfficialLayout.TITLE));
            for (int r = 2; r < 20_000; r++) {
                xml.write("<row r=\"" + r + "\"><c r=\"A" + r + "\" s=\"0\"/><c r=\"B" + r + "\" s=\"0\"/></row>");
            }
        }).bytes();

        assertRefused(read(book, new WorkbookLimits(10, 100_000, 1_000, 100, 1_000, 1_000_000, 1 << 20)),
                "book.xlsx", "max-uncompressed-mb", "more than 1 MB of XML", "超过 1 MB");
    }

    @Test
    void overlappingMergedAreasAreRefused() {
        StringBuilder merges = new StringBuilder("<mergeCells>");
        for (int i = 0; i < 200; i++) {
            merges.append("<mergeCell ref=\"A1:AN100\"/>");
        }
        byte[] book = new RawWorkbook().sheet("表", xml -> xml.write(RawWorkbook.textRow(1, OfficialLayout.TITLE)
                + RawWorkbook.textRow(100, "x")), merges.append("</mergeCells>").toString()).bytes();

        assertThat(read(book, DEFAULTS)).singleElement().satisfies(reading -> assertThat(reading.problems())
                .singleElement().satisfies(problem -> {
                    assertThat(problem.form()).isEqualTo("表");
                    assertThat(problem.message()).contains("merged areas that overlap", "not imported");
                    assertThat(problem.messageZh()).contains("重叠", "未导入");
                }));
    }

    @Test
    void aSheetWithoutTheTitleIsNotReadPastItsFirstRows() {
        byte[] book = new RawWorkbook().sheet("说明", xml -> {
            for (int r = 1; r <= 1_000; r++) {
                xml.write(RawWorkbook.textRow(r, "a", "b", "c", "d", "e"));
            }
        }).bytes();

        // the 5,000 cells are far over the limit of 50: had the sheet been read, that would be the problem
        List<FormReading> readings = read(book, limits(3, 2_000, 50));

        assertThat(readings).singleElement().satisfies(reading -> assertThat(reading.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("No sheet of the workbook is a")));
    }

    @Test
    void theFactsSheetMayHaveARowForEverySheetAllowed() {
        SheetBuilder builder = new SheetBuilder().officialForm("表").sheet(ExportFacts.SHEET_NAME)
                .put("A1", "sheet");
        for (int r = 2; r <= 150; r++) {
            builder.put("A" + r, "表" + r);
        }

        assertThat(read(builder.bytes(), limits(200, 100, 1_000))).singleElement()
                .satisfies(reading -> assertThat(reading.form()).isEqualTo("表"));
    }

    private static WorkbookLimits limits(int sheets, int rows, int cells) {
        return new WorkbookLimits(sheets, rows, cells, DEFAULTS.maxCellCharacters(), DEFAULTS.maxSharedStrings(),
                DEFAULTS.maxTextCharacters(), DEFAULTS.maxUncompressedBytes());
    }

    private static List<FormReading> read(byte[] book, WorkbookLimits limits) {
        return OfficialWorkbookReader.read(new ByteArrayInputStream(book), "book.xlsx", limits);
    }

    private static void assertRefused(List<FormReading> readings, String where, String property, String english,
                                      String chinese) {
        assertThat(readings).singleElement().satisfies(reading -> {
            assertThat(reading.form()).endsWith(".xlsx");
            assertThat(reading.content()).isNull();
            assertThat(reading.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.form()).isEqualTo(where);
                assertThat(problem.message()).contains(property, english, "not imported");
                assertThat(problem.messageZh()).contains(property, chinese, "未导入");
            });
        });
    }

    /** Reads a workbook given as a path with the default limits and prints the first problem. */
    static final class ReadInSmallHeap {
        public static void main(String[] args) throws IOException {
            try (InputStream in = Files.newInputStream(Paths.get(args[0]))) {
                List<FormReading> readings = OfficialWorkbookReader.read(in, "poison.xlsx");
                System.out.println(readings.get(0).problems().get(0).message());
            }
        }
    }
}

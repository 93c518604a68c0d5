package io.jixiao.command.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an .xlsx package part by part, the sheets' XML streamed straight into the zip: workbooks far larger than
 * any usermodel could build in a test (millions of cells, a huge shared strings table) in a few seconds and little
 * memory, as a hostile uploader would make them.
 */
final class RawWorkbook {
    interface Part {
        void write(Writer xml) throws IOException;
    }

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private final List<String> names = new ArrayList<>();
    private final List<Part> sheets = new ArrayList<>();
    private final List<String> tails = new ArrayList<>();
    private Part sharedStrings;

    RawWorkbook sheet(String name, Part sheetData) {
        return sheet(name, sheetData, "");
    }

    /** {@code afterData}: what follows the sheet's data (mergeCells, say). */
    RawWorkbook sheet(String name, Part sheetData, String afterData) {
        names.add(name);
        sheets.add(sheetData);
        tails.add(afterData);
        return this;
    }

    /** The {@code <si>} elements of the shared strings table. */
    RawWorkbook sharedStrings(Part entries) {
        this.sharedStrings = entries;
        return this;
    }

    void writeTo(OutputStream out) {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_SPEED);
            part(zip, "[Content_Types].xml", xml -> {
                xml.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package"
                        + ".relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + override("/xl/workbook.xml", "sheet.main") + override("/xl/styles.xml", "styles")
                        + override("/xl/sharedStrings.xml", "sharedStrings"));
                for (int i = 1; i <= sheets.size(); i++) {
                    xml.write(override("/xl/worksheets/sheet" + i + ".xml", "worksheet"));
                }
                xml.write("</Types>");
            });
            part(zip, "_rels/.rels", xml -> xml.write("<Relationships xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS
                    + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
            part(zip, "xl/workbook.xml", xml -> {
                xml.write("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\"><sheets>");
                for (int i = 1; i <= sheets.size(); i++) {
                    xml.write("<sheet name=\"" + names.get(i - 1) + "\" sheetId=\"" + i + "\" r:id=\"rId" + i
                            + "\"/>");
                }
                xml.write("</sheets></workbook>");
            });
            part(zip, "xl/_rels/workbook.xml.rels", xml -> {
                xml.write("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
                for (int i = 1; i <= sheets.size(); i++) {
                    xml.write(relationship("rId" + i, "worksheet", "worksheets/sheet" + i + ".xml"));
                }
                xml.write(relationship("rIdStyles", "styles", "styles.xml")
                        + relationship("rIdStrings", "sharedStrings", "sharedStrings.xml") + "</Relationships>");
            });
            part(zip, "xl/styles.xml", xml -> xml.write("<styleSheet xmlns=\"" + MAIN + "\"><cellXfs count=\"1\">"
                    + "<xf numFmtId=\"0\"/></cellXfs></styleSheet>"));
            part(zip, "xl/sharedStrings.xml", xml -> {
                xml.write("<sst xmlns=\"" + MAIN + "\">");
                if (sharedStrings != null) {
                    sharedStrings.write(xml);
                }
                xml.write("</sst>");
            });
            for (int i = 1; i <= sheets.size(); i++) {
                Part sheet = sheets.get(i - 1);
                String tail = tails.get(i - 1);
                part(zip, "xl/worksheets/sheet" + i + ".xml", xml -> {
                    xml.write("<worksheet xmlns=\"" + MAIN + "\"><sheetData>");
                    sheet.write(xml);
                    xml.write("</sheetData>" + tail + "</worksheet>");
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] bytes() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        writeTo(out);
        return out.toByteArray();
    }

    /** A row of text cells, inline, from column A on. */
    static String textRow(int row, String... texts) {
        StringBuilder xml = new StringBuilder("<row r=\"" + row + "\">");
        for (int c = 0; c < texts.length; c++) {
            xml.append("<c r=\"").append(org.apache.poi.ss.util.CellReference.convertNumToColString(c)).append(row)
                    .append("\" t=\"inlineStr\"><is><t>").append(texts[c]).append("</t></is></c>");
        }
        return xml.append("</row>").toString();
    }

    private static void part(ZipOutputStream zip, String name, Part content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Writer xml = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        content.write(xml);
        xml.flush();
        zip.closeEntry();
    }

    private static String override(String part, String type) {
        return "<Override PartName=\"" + part + "\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml." + type + "+xml\"/>";
    }

    private static String relationship(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"" + RELATIONSHIPS + "/" + type + "\" Target=\"" + target
                + "\"/>";
    }
}

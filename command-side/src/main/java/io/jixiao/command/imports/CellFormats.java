package io.jixiao.command.imports;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The number formats of the workbook's cell styles (styles.xml: numFmts and cellXfs), read as a stream, so that a
 * number shows as Excel shows it ("95.5%", "2024", a date). Only a style's number format is kept; Excel itself
 * allows about 64,000 cell styles, and a file with more is refused.
 */
final class CellFormats extends DefaultHandler {
    static final int MAX_STYLES = 65_536;
    private static final String GENERAL = "General";
    private final Map<Integer, String> customFormats = new HashMap<>();
    private final List<Integer> styleFormats = new ArrayList<>();
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    private boolean date1904;
    private boolean inCellStyles;

    static CellFormats none() {
        return new CellFormats();
    }

    void date1904(boolean date1904) {
        this.date1904 = date1904;
    }

    /** A number as the cell's style shows it; a workbook without styles shows it as POI's usermodel does. */
    String shown(double value, int style) {
        if (styleFormats.isEmpty()) {
            return String.valueOf(value);
        }
        int formatId = style >= 0 && style < styleFormats.size() ? styleFormats.get(style) : styleFormats.get(0);
        String format = customFormats.get(formatId);
        if (format == null) {
            format = BuiltinFormats.getBuiltinFormat(formatId);
        }
        return formatter.formatRawCellContents(value, formatId, format == null ? GENERAL : format, date1904);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (PartXml.name(localName, qName)) {
            case "numFmt" -> {
                Integer id = number(PartXml.attribute(attributes, "numFmtId"));
                String code = PartXml.attribute(attributes, "formatCode");
                if (id != null && code != null && customFormats.size() < MAX_STYLES) {
                    customFormats.put(id, code);
                }
            }
            case "cellXfs" -> inCellStyles = true;
            case "xf" -> {
                if (!inCellStyles) {
                    return;
                }
                if (styleFormats.size() == MAX_STYLES) {
                    throw WorkbookLimitReached.ofWorkbook(null, "has more than " + MAX_STYLES
                            + " cell styles, more than Excel allows.", "的单元格样式超过 " + MAX_STYLES
                            + " 个（超出 Excel 的上限），");
                }
                Integer id = number(PartXml.attribute(attributes, "numFmtId"));
                styleFormats.add(id == null ? 0 : id);
            }
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (PartXml.name(localName, qName).equals("cellXfs")) {
            inCellStyles = false;
        }
    }

    private static Integer number(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

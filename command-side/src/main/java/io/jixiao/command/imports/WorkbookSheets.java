package io.jixiao.command.imports;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import java.util.ArrayList;
import java.util.List;

/** The workbook part (workbook.xml): its sheets in order, and whether dates count from 1904. */
final class WorkbookSheets extends DefaultHandler {
    record Entry(String name, String relationId) {
    }

    private final int maxSheets;
    private final List<Entry> sheets = new ArrayList<>();
    private boolean date1904;

    WorkbookSheets(int maxSheets) {
        this.maxSheets = maxSheets;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (PartXml.name(localName, qName)) {
            case "workbookPr" -> {
                String value = PartXml.attribute(attributes, "date1904");
                date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
            }
            case "sheet" -> {
                if (sheets.size() == maxSheets) {
                    throw WorkbookLimitReached.ofWorkbook("max-sheets", "has more than " + maxSheets + " sheets.",
                            "的工作表超过 " + maxSheets + " 张，");
                }
                sheets.add(new Entry(PartXml.attribute(attributes, "name"), PartXml.attribute(attributes, "id")));
            }
            default -> {
            }
        }
    }

    List<Entry> sheets() {
        return sheets;
    }

    boolean date1904() {
        return date1904;
    }
}

package io.jixiao.command.imports;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The workbook's shared strings table (sharedStrings.xml) read as a stream into a plain list, within the limits on
 * entries and characters: what a cell of type "s" shows. As in Excel, the text of an entry is its runs joined, without
 * the phonetic guides (rPh), and {@code _xHHHH_} stands for the character HHHH.
 */
final class SharedStrings extends DefaultHandler {
    private static final Pattern ESCAPED = Pattern.compile("_x([0-9A-Fa-f]{4})_");
    private final WorkbookLimits limits;
    private final List<String> strings = new ArrayList<>();
    private final StringBuilder entry = new StringBuilder();
    private long characters;
    private boolean inText;
    private int phoneticDepth;

    SharedStrings(WorkbookLimits limits) {
        this.limits = limits;
    }

    static SharedStrings none(WorkbookLimits limits) {
        return new SharedStrings(limits);
    }

    /** The entry at a cell's index; null when the index points nowhere (a damaged file). */
    String at(int index) {
        return index >= 0 && index < strings.size() ? strings.get(index) : null;
    }

    long characters() {
        return characters;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (PartXml.name(localName, qName)) {
            case "si" -> {
                entry.setLength(0);
                if (strings.size() == limits.maxSharedStrings()) {
                    throw WorkbookLimitReached.ofWorkbook("max-shared-strings", "has more than "
                            + limits.maxSharedStrings() + " shared strings.", "的共享字符串超过 "
                            + limits.maxSharedStrings() + " 个，");
                }
            }
            case "rPh" -> phoneticDepth++;
            case "t" -> inText = phoneticDepth == 0;
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (PartXml.name(localName, qName)) {
            case "si" -> strings.add(decoded(entry.toString()));
            case "rPh" -> phoneticDepth--;
            case "t" -> inText = false;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (!inText) {
            return;
        }
        entry.append(ch, start, length);
        characters += length;
        if (entry.length() > limits.maxCellCharacters()) {
            throw WorkbookLimitReached.ofWorkbook("max-cell-characters", "has a shared string longer than "
                    + limits.maxCellCharacters() + " characters.", "有共享字符串超过 " + limits.maxCellCharacters()
                    + " 个字符，");
        }
        if (characters > limits.maxTextCharacters()) {
            throw WorkbookLimitReached.ofWorkbook("max-text-characters", "has more than "
                    + limits.maxTextCharacters() + " characters of shared strings.", "的共享字符串合计超过 "
                    + limits.maxTextCharacters() + " 个字符，");
        }
    }

    /** Excel's escape of characters XML cannot carry, as POI's usermodel undoes it. */
    static String decoded(String text) {
        if (!text.contains("_x")) {
            return text;
        }
        Matcher m = ESCAPED.matcher(text);
        StringBuilder plain = new StringBuilder(text.length());
        int from = 0;
        while (m.find()) {
            plain.append(text, from, m.start()).append((char) Integer.parseInt(m.group(1), 16));
            from = m.end();
        }
        return plain.append(text, from, text.length()).toString();
    }
}

package io.jixiao.command.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One line of text extracted from a published form: its 1-based number and its tab-separated cells, trimmed.
 * Extraction puts a table row on a line with one cell per tab, but it also runs whole pages together on one line
 * with spaces between the cells ({@link #tokens()} reads such a line).
 */
record TextLine(int number, List<String> cells) {

    TextLine {
        cells = List.copyOf(cells);
    }

    static List<TextLine> of(String text) {
        String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<TextLine> lines = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            lines.add(new TextLine(i + 1, Arrays.stream(raw[i].split("\t", -1)).map(String::strip).toList()));
        }
        return lines;
    }

    boolean isBlank() {
        return cells.stream().allMatch(String::isEmpty);
    }

    List<String> nonEmptyCells() {
        return cells.stream().filter(c -> !c.isEmpty()).toList();
    }

    /** The whole line without any whitespace: what to search for labels that OCR split with spaces or tabs. */
    String compact() {
        return OcrText.compact(String.join("", cells));
    }

    boolean mentions(String label) {
        return compact().contains(label);
    }

    /** Every whitespace-separated piece of the line, tabs and spaces alike. */
    List<String> tokens() {
        List<String> tokens = new ArrayList<>();
        for (String cell : cells) {
            for (String token : cell.split("\\s+")) {
                if (!token.isEmpty()) {
                    tokens.add(token);
                }
            }
        }
        return tokens;
    }

    /** A line with no tab that still holds a whole page: header, funds, goals and indicators run together. */
    boolean isRunTogether() {
        String compact = compact();
        return nonEmptyCells().size() == 1 && compact.contains("年度资金总额") && compact.contains("一级指标");
    }
}

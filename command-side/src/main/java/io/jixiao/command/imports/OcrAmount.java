package io.jixiao.command.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A figure as OCR printed it, with every reading it can stand for. The repairs are the ones a figure allows
 * without a choice: spaces OCR put after a point or a comma ({@code 758. 02}), thousands separators, a bracket OCR
 * added ({@code 0.00)}, {@code 758. (02}), a zero read as {@code ()}, a decimal point read as a comma when only two
 * digits follow ({@code 4, 514, 45}). A figure cut short ({@code 4802.}, {@code 24. 8}) keeps its known digits; the
 * form's arithmetic decides later whether one completion alone fits ({@link FundsSolver}).
 */
record OcrAmount(String raw, Kind kind, List<String> readings, boolean bracketsRemoved) {
    enum Kind { BLANK, PLACEHOLDER, NUMBER, UNREADABLE }

    private static final Pattern PLACEHOLDER = Pattern.compile("^[-_—–一ー•·]+$");
    private static final Pattern PLAIN = Pattern.compile("^\\d+(\\.\\d*)?$");
    private static final int MOST_MISSING_DIGITS = 2;

    OcrAmount {
        readings = List.copyOf(readings);
    }

    static OcrAmount blank() {
        return new OcrAmount("", Kind.BLANK, List.of(), false);
    }

    static OcrAmount read(String cell) {
        return read(cell, false);
    }

    /** A rate cell: {@code 100.00%} as well as {@code 99. 44}. */
    static OcrAmount readRate(String cell) {
        return read(cell, true);
    }

    private static OcrAmount read(String cell, boolean percent) {
        String text = cell == null ? "" : cell.strip();
        if (text.isEmpty()) {
            return blank();
        }
        if (PLACEHOLDER.matcher(OcrText.compact(text)).matches()) {
            return new OcrAmount(text, Kind.PLACEHOLDER, List.of(), false);
        }
        List<int[]> segments = numericSegments(text);
        if (segments.size() != 1) {
            return unreadable(text);
        }
        int[] segment = segments.get(0);
        String suffix = text.substring(segment[1]).strip();
        if (!suffix.isEmpty() && !(percent && suffix.equals("%"))) {
            return unreadable(text);
        }
        String figure = OcrText.compact(text.substring(segment[0], segment[1]));
        List<String> readings = readings(figure);
        return readings.isEmpty() ? unreadable(text)
                : new OcrAmount(text, Kind.NUMBER, readings, figure.contains("(") || figure.contains(")"));
    }

    private static OcrAmount unreadable(String text) {
        return new OcrAmount(text, Kind.UNREADABLE, List.of(), false);
    }

    /**
     * Runs of digits with the points, commas and brackets inside them; a space continues a run only right after a
     * point or a comma, which is where OCR puts one ({@code 752. 94}), so {@code 10 1973} stays two figures.
     */
    private static List<int[]> numericSegments(String text) {
        List<int[]> segments = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int end = i;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (Character.isDigit(c) || c == '.' || c == ',' || c == '(' || c == ')') {
                    i++;
                    end = i;
                } else if (Character.isWhitespace(c) && afterSeparator(text, end) && digitFollows(text, i)) {
                    i++;
                } else {
                    break;
                }
            }
            segments.add(new int[] {start, end});
            i = end;
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
        }
        return segments;
    }

    private static boolean afterSeparator(String text, int end) {
        char previous = text.charAt(end - 1);
        return previous == '.' || previous == ',' || previous == '(';
    }

    private static boolean digitFollows(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return Character.isDigit(c) || c == '(';
            }
        }
        return false;
    }

    private static List<String> readings(String segment) {
        Set<String> bracketFree = new LinkedHashSet<>();
        if (segment.contains("()")) {
            bracketFree.add(segment.replace("()", "0").replaceAll("[()]", ""));
            bracketFree.add(segment.replace("()", "").replaceAll("[()]", ""));
        } else {
            bracketFree.add(segment.replaceAll("[()]", ""));
        }
        List<String> readings = new ArrayList<>();
        for (String candidate : bracketFree) {
            String plain = withoutCommas(candidate);
            if (plain != null && PLAIN.matcher(plain).matches() && !readings.contains(plain)) {
                readings.add(plain);
            }
        }
        return readings;
    }

    /** Thousands separators go; a comma with exactly two digits after it and no point is a misread point. */
    private static String withoutCommas(String text) {
        if (!text.contains(",")) {
            return text;
        }
        String[] groups = text.split(",", -1);
        String last = groups[groups.length - 1];
        if (groups[0].isEmpty() || groups[0].length() > 3 || !groups[0].chars().allMatch(Character::isDigit)) {
            return null;
        }
        for (int i = 1; i < groups.length - 1; i++) {
            if (!groups[i].matches("\\d{3}")) {
                return null;
            }
        }
        if (last.matches("\\d{3}(\\.\\d*)?")) {
            return String.join("", groups);
        }
        if (last.matches("\\d{2}") && !text.contains(".")) {
            return String.join("", List.of(groups).subList(0, groups.length - 1)) + "." + last;
        }
        return null;
    }

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    /** The figure when exactly one complete reading exists. */
    BigDecimal exact() {
        if (kind != Kind.NUMBER || readings.size() != 1 || readings.get(0).endsWith(".")) {
            return null;
        }
        return new BigDecimal(readings.get(0));
    }

    /** Digits after the point of the one complete reading, or -1. */
    int decimals() {
        BigDecimal exact = exact();
        return exact == null ? -1 : Math.max(exact.scale(), 0);
    }

    /**
     * Every figure this can be when the form prints {@code fixedDecimals} digits after the point (null: no fixed
     * number), completing a figure cut short by all the digits it may have lost. A figure OCR put brackets into is
     * damaged, not cut: its readings are taken as they are.
     */
    List<BigDecimal> candidates(Integer fixedDecimals) {
        List<BigDecimal> candidates = new ArrayList<>();
        for (String reading : readings) {
            int point = reading.indexOf('.');
            int decimals = point < 0 ? 0 : reading.length() - point - 1;
            boolean cut = reading.endsWith(".");
            if (fixedDecimals == null) {
                if (!cut) {
                    candidates.add(new BigDecimal(reading));
                }
            } else if (decimals == fixedDecimals && !cut) {
                candidates.add(new BigDecimal(reading));
            } else if (!bracketsRemoved && decimals < fixedDecimals && fixedDecimals - decimals <= MOST_MISSING_DIGITS) {
                String stem = point < 0 ? reading + "." : reading;
                int missing = fixedDecimals - decimals;
                for (int tail = 0; tail < Math.pow(10, missing); tail++) {
                    candidates.add(new BigDecimal(stem + String.format("%0" + missing + "d", tail)));
                }
            }
        }
        return candidates.stream().distinct().toList();
    }

    /**
     * One figure OCR split over two cells ({@code 59. 0 | 9}); the second piece may repeat the digit the first
     * ended with ({@code 139. 4 | 41}).
     */
    static OcrAmount joined(OcrAmount first, String second) {
        String piece = OcrText.compact(second);
        List<String> readings = new ArrayList<>();
        for (String reading : first.readings()) {
            readings.add(reading + piece);
            if (!reading.isEmpty() && reading.charAt(reading.length() - 1) == piece.charAt(0)) {
                readings.add(reading + piece.substring(1));
            }
        }
        return new OcrAmount(first.raw() + " | " + second, Kind.NUMBER,
                readings.stream().filter(r -> PLAIN.matcher(r).matches()).distinct().toList(), true);
    }

    /** A short piece of digits that can only be the end of the figure in the cell before it. */
    static boolean isSplitPiece(String cell) {
        String compact = OcrText.compact(cell);
        return compact.matches("\\d{1,3}");
    }
}

package io.jixiao.command.imports;

import io.jixiao.kernel.scoring.IndicatorValue;
import io.jixiao.kernel.scoring.IndicatorValueParser;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Indicator rows run together on one line, their cells out of order within a row. A row is known by what it must
 * hold: two bare figures (分值 and 得分; the larger is the 分值, a score never exceeds its weight), two values
 * (年度指标值 and 实际完成值; the one with a comparison sign is the target) and its name, once or wrapped in two
 * pieces around the rest (the first piece then fills a whole line of the cell). The kernel's value parser tells a
 * value ({@code >=2人}, {@code 48小时内}) from a name; a short word ({@code 合理}) can be either, but a name is not
 * its own target or actual ({@code 合理 合理 5 5 成本合理性} is not an indicator 合理 with the actual 成本合理性). The
 * line is read only when its tokens make rows in exactly one way.
 */
final class ScrambledIndicators {
    private static final int LONGEST_ROW = 9;
    private static final int ENOUGH = 2;

    private ScrambledIndicators() {
    }

    record Token(String text, int line) {
    }

    record Result(List<IndicatorRow> rows, List<LevelMark> marks, String failure) {
    }

    private enum Role { NUMBER, VALUE, WORD, TEXT, SIDE, DOUBLE }

    private record Item(String text, int line, Role role, int position) {
    }

    private record Reading(String name, String target, String actual, BigDecimal weight, BigDecimal score) {
    }

    private record Parse(List<Reading> rows, List<int[]> spans) {
    }

    private record Label(String label, int position) {
    }

    static Result read(List<Token> tokens) {
        List<Item> items = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        for (int p = 0; p < tokens.size(); p++) {
            Token token = tokens.get(p);
            List<String> found = LevelLabels.labelsIn(token.text());
            if (found != null && !found.isEmpty()) {
                for (String label : found) {
                    labels.add(new Label(label, p));
                }
                continue;
            }
            Role role = found != null ? Role.SIDE : roleOf(token.text());
            if (role != null) {
                items.add(new Item(OcrText.compact(token.text()), token.line(), role, p));
            }
        }
        int wrapWidth = items.stream().filter(i -> i.role() == Role.TEXT || i.role() == Role.WORD)
                .mapToInt(i -> i.text().length()).max().orElse(0);
        List<Parse> parses = new Parser(items, wrapWidth).parsesFrom(0);
        if (parses.size() != 1) {
            return new Result(List.of(), List.of(), parses.isEmpty()
                    ? "the indicator rows run together on this line cannot be told apart"
                    : "the indicator rows run together on this line can be told apart in more than one way");
        }
        Parse parse = parses.get(0);
        List<IndicatorRow> rows = new ArrayList<>();
        for (int r = 0; r < parse.rows().size(); r++) {
            Reading reading = parse.rows().get(r);
            int line = items.get(parse.spans().get(r)[0]).line();
            rows.add(new IndicatorRow(line, List.of(reading.name()), reading.target(), reading.actual(),
                    OcrAmount.read(reading.weight().toPlainString()), OcrAmount.read(reading.score().toPlainString()),
                    null));
        }
        boolean costFamily = labels.stream()
                .anyMatch(l -> l.label().endsWith(LevelLabels.COST) && !l.label().equals(LevelLabels.COST));
        List<LevelMark> marks = new ArrayList<>();
        for (Label label : labels) {
            String name = label.label();
            int level = LevelLabels.isLevel1(name) && LevelLabels.isLevel2(name) ? (costFamily ? 1 : 2)
                    : LevelLabels.isLevel2(name) ? 2 : 1;
            int[] rowsAround = rowsAround(label.position(), parse.spans(), items);
            marks.add(LevelMark.between(level, name, rowsAround[0], rowsAround[1]));
        }
        return new Result(rows, marks, null);
    }

    /** The row a label is printed in, or the two rows it is printed between (the next may be on a later line). */
    private static int[] rowsAround(int position, List<int[]> spans, List<Item> items) {
        for (int r = 0; r < spans.size(); r++) {
            int first = items.get(spans.get(r)[0]).position();
            int last = items.get(spans.get(r)[1] - 1).position();
            if (position < first) {
                return new int[] {Math.max(r - 1, 0), r};
            }
            if (position <= last) {
                return new int[] {r, r};
            }
        }
        return new int[] {spans.size() - 1, spans.size()};
    }

    private static Role roleOf(String token) {
        String text = OcrText.compact(token);
        if (text.isEmpty() || OcrText.isPunctuationOnly(text)) {
            return null;
        }
        if (text.matches("\\d+(\\.\\d+)?")) {
            return Role.NUMBER;
        }
        int half = text.length() / 2;
        if (text.length() % 2 == 0 && text.substring(0, half).equals(text.substring(half))
                && isValue(text.substring(0, half)) != null) {
            return Role.DOUBLE;
        }
        Boolean value = isValue(text);
        if (value != null) {
            return value ? Role.VALUE : Role.WORD;
        }
        return Role.TEXT;
    }

    /** True: only a value; false: a value or a name; null: only a name. */
    private static Boolean isValue(String text) {
        IndicatorValue value = IndicatorValueParser.parse(text);
        if (value instanceof IndicatorValue.Quantity q) {
            return q.comparison() != IndicatorValue.Comparison.NONE || !q.unit().isEmpty() ? Boolean.TRUE : null;
        }
        if (value instanceof IndicatorValue.Achievement || value instanceof IndicatorValue.Deadline
                || value instanceof IndicatorValue.CalendarMonth) {
            return Boolean.TRUE;
        }
        return value instanceof IndicatorValue.Qualitative ? Boolean.FALSE : null;
    }

    private static boolean hasComparison(String value) {
        return IndicatorValueParser.parse(value) instanceof IndicatorValue.Quantity q
                && q.comparison() != IndicatorValue.Comparison.NONE;
    }

    /** Every way the items from a position on make rows, up to two (two already make the line ambiguous). */
    private static final class Parser {
        private final List<Item> items;
        private final int wrapWidth;
        private final Map<Integer, List<Parse>> memo = new HashMap<>();

        Parser(List<Item> items, int wrapWidth) {
            this.items = items;
            this.wrapWidth = wrapWidth;
        }

        List<Parse> parsesFrom(int start) {
            if (start == items.size()) {
                return List.of(new Parse(List.of(), List.of()));
            }
            List<Parse> known = memo.get(start);
            if (known != null) {
                return known;
            }
            Map<List<Reading>, Parse> found = new LinkedHashMap<>();
            for (int end = start + 1; end <= Math.min(items.size(), start + LONGEST_ROW) && found.size() < ENOUGH;
                 end++) {
                for (Reading row : readings(items.subList(start, end))) {
                    for (Parse rest : parsesFrom(end)) {
                        List<Reading> rows = new ArrayList<>(List.of(row));
                        rows.addAll(rest.rows());
                        List<int[]> spans = new ArrayList<>();
                        spans.add(new int[] {start, end});
                        spans.addAll(rest.spans());
                        found.putIfAbsent(rows, new Parse(rows, spans));
                        if (found.size() >= ENOUGH) {
                            break;
                        }
                    }
                }
            }
            List<Parse> parses = List.copyOf(found.values());
            memo.put(start, parses);
            return parses;
        }

        /** What a group of items can be as one row: every way of reading its words as values or name pieces. */
        private Set<Reading> readings(List<Item> group) {
            Set<Reading> readings = new LinkedHashSet<>();
            List<Integer> free = new ArrayList<>();
            for (int i = 0; i < group.size(); i++) {
                if (group.get(i).role() == Role.WORD || group.get(i).role() == Role.SIDE) {
                    free.add(i);
                }
            }
            for (int mask = 0; mask < 1 << free.size(); mask++) {
                Reading reading = reading(group, free, mask);
                if (reading != null) {
                    readings.add(reading);
                    if (reading.target() != null && !reading.target().equals(reading.actual())
                            && !hasComparison(reading.target()) && !hasComparison(reading.actual())) {
                        readings.add(new Reading(reading.name(), reading.actual(), reading.target(),
                                reading.weight(), reading.score()));
                    }
                }
            }
            return readings;
        }

        /** Bit set in {@code mask}: the free item is a name piece (a word) or kept (a side-label character). */
        private Reading reading(List<Item> group, List<Integer> free, int mask) {
            List<BigDecimal> figures = new ArrayList<>();
            List<String> values = new ArrayList<>();
            List<Integer> pieces = new ArrayList<>();
            for (int i = 0; i < group.size(); i++) {
                Item item = group.get(i);
                int bit = free.indexOf(i);
                boolean asName = bit >= 0 && (mask & 1 << bit) != 0;
                switch (item.role()) {
                    case NUMBER -> figures.add(new BigDecimal(item.text()));
                    case VALUE -> values.add(item.text());
                    case DOUBLE -> {
                        values.add(item.text().substring(0, item.text().length() / 2));
                        values.add(item.text().substring(item.text().length() / 2));
                    }
                    case TEXT -> pieces.add(i);
                    case WORD -> {
                        if (asName) {
                            pieces.add(i);
                        } else {
                            values.add(item.text());
                        }
                    }
                    case SIDE -> {
                        if (asName) {
                            pieces.add(i);
                        }
                    }
                }
            }
            if (figures.size() != 2 || values.size() != 2 || !wellPlaced(group, pieces)) {
                return null;
            }
            StringBuilder name = new StringBuilder();
            pieces.forEach(p -> name.append(group.get(p).text()));
            if (values.contains(name.toString())) {
                return null;
            }
            String target = values.get(0);
            String actual = values.get(1);
            if (hasComparison(actual) && !hasComparison(target)) {
                target = values.get(1);
                actual = values.get(0);
            }
            BigDecimal weight = figures.get(0).max(figures.get(1));
            BigDecimal score = figures.get(0).min(figures.get(1));
            return new Reading(name.toString(), target, actual, weight, score);
        }

        /** One name piece anywhere, or a full first line at the start and the rest of the name at the end. */
        private boolean wellPlaced(List<Item> group, List<Integer> pieces) {
            if (pieces.size() == 1) {
                return group.get(pieces.get(0)).role() != Role.SIDE;
            }
            return pieces.size() == 2 && pieces.get(0) == 0 && pieces.get(1) == group.size() - 1
                    && group.get(0).role() != Role.SIDE && group.get(0).text().length() == wrapWidth;
        }
    }
}

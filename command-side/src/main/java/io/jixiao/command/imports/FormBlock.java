package io.jixiao.command.imports;

import java.util.List;
import java.util.function.Predicate;

/** The lines of one form in the text, from its title to its last row. */
record FormBlock(int ordinal, List<TextLine> lines) {

    FormBlock {
        lines = List.copyOf(lines);
    }

    int firstLine() {
        return lines.get(0).number();
    }

    /** The form's first line holding anything: where to point at something missing from the whole form. */
    int firstTextLine() {
        return lines.stream().filter(l -> !l.isBlank()).findFirst().orElse(lines.get(0)).number();
    }

    /** Index in {@link #lines()} of the first line matching, from {@code from} on, or -1. */
    int indexOf(Predicate<TextLine> test, int from) {
        for (int i = Math.max(from, 0); i < lines.size(); i++) {
            if (test.test(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }
}

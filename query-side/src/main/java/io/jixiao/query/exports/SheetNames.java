package io.jixiao.query.exports;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Sheet names Excel accepts: at most 31 characters, none of {@code []:*?/\}, not starting or ending with an
 * apostrophe, not "History" (Excel keeps it for change tracking), and unique ignoring case.
 */
final class SheetNames {
    static final int MAX_LENGTH = 31;
    private final Set<String> taken = new HashSet<>();

    SheetNames(String... reserved) {
        taken.add("history");
        for (String name : reserved) {
            taken.add(name.toLowerCase(Locale.ROOT));
        }
    }

    /** A legal name as close to {@code wanted} as the rules allow, different from every name claimed before. */
    String claim(String wanted) {
        String base = legal(wanted);
        String name = base;
        for (int copy = 2; taken.contains(name.toLowerCase(Locale.ROOT)); copy++) {
            String suffix = " (" + copy + ")";
            name = cut(base, MAX_LENGTH - suffix.length()) + suffix;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    static String legal(String wanted) {
        String name = wanted == null ? "" : XmlText.of(wanted).replaceAll("[\\[\\]:*?/\\\\\\p{Cntrl}]", "_")
                .strip();
        name = cut(name, MAX_LENGTH);
        name = name.replaceAll("^'+|'+$", "").strip();
        return name.isEmpty() ? "表" : name;
    }

    /** The first {@code length} UTF-16 units, never splitting a character outside the basic plane. */
    private static String cut(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
        return text.substring(0, end);
    }
}

package io.jixiao.command.imports;

/**
 * A name (project, unit) as the reader takes it: {@code value} is what goes into the draft, null when the reading
 * is {@link Kind#UNREADABLE}; {@code why} says how it was repaired or why it could not be read.
 */
record NameReading(String value, Kind kind, String why) {
    enum Kind {
        /** Printed exactly as a name printed elsewhere in the same file. */
        EXACT,
        /** Stray characters dropped or a clipped name completed, from the one name of the file it can be. */
        REPAIRED,
        /** Taken as printed: nothing in the file to compare it with, and nothing in it looks misread. */
        AS_PRINTED,
        UNREADABLE
    }

    static NameReading unreadable(String why) {
        return new NameReading(null, Kind.UNREADABLE, why);
    }

    boolean confirmed() {
        return kind == Kind.EXACT || kind == Kind.REPAIRED;
    }
}

package io.jixiao.command.imports;

/**
 * One cell with a value, as the sheet's XML stores it: {@code text} is a string cell's text, a number as its style
 * shows it, TRUE/FALSE, or an error (#DIV/0!); {@code number} the value of a number; {@code formula} the formula
 * of a formula cell (its cached result is the value), else null.
 */
record GridCell(Kind kind, String text, double number, String formula) {
    enum Kind { TEXT, NUMBER, BOOLEAN, ERROR }

    /**
     * What the readers take as the cell's text, as they always have with POI's usermodel: a string as typed (a
     * formula's string result too), a number or TRUE/FALSE as shown, but a formula with a number result as its
     * formula; an error as nothing.
     */
    String shown() {
        return switch (kind) {
            case TEXT -> text;
            case NUMBER, BOOLEAN -> formula != null ? formula : text;
            case ERROR -> null;
        };
    }

    /** The cell as Excel would print it in a list of values: a formula as its formula, anything else as shown. */
    String printed() {
        return formula != null ? formula : text;
    }
}

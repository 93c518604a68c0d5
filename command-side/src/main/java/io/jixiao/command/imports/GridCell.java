package io.jixiao.command.imports;

/**
 * One cell with a value, as the sheet's XML stores it: {@code text} is a string cell's text, TRUE/FALSE, or an
 * error (#DIV/0!), null for a number; {@code number} the value of a number and {@code style} its cell style, by
 * which it is shown only when asked (formatting every number of a large sheet would cost more than reading it);
 * {@code formula} the formula of a formula cell (its cached result is the value), else null.
 */
record GridCell(Kind kind, String text, double number, String formula, int style) {
    enum Kind { TEXT, NUMBER, BOOLEAN, ERROR }

    /**
     * What the readers take as the cell's text, as they always have with POI's usermodel: a string as typed (a
     * formula's string result too), a number or TRUE/FALSE as shown, but a formula with a number result as its
     * formula; an error as nothing.
     */
    String shown(CellFormats formats) {
        return switch (kind) {
            case TEXT -> text;
            case NUMBER, BOOLEAN -> printed(formats);
            case ERROR -> null;
        };
    }

    /** The cell as Excel would print it in a list of values: a formula as its formula, anything else as shown. */
    String printed(CellFormats formats) {
        if (formula != null) {
            return formula;
        }
        return kind == Kind.NUMBER ? formats.shown(number, style) : text;
    }
}

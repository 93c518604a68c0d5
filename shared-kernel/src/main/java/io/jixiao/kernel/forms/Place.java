package io.jixiao.kernel.forms;

/** A cell of a sheet, 0-based as the writer counts; {@link #reference()} is how a person reads it ("B3"). */
public record Place(int row, int column) {

    public Place {
        if (row < 0 || column < 0) {
            throw new IllegalArgumentException("A place has no negative row or column: " + row + ", " + column);
        }
    }

    /** The 1-based row number a spreadsheet shows. */
    public int rowNumber() {
        return row + 1;
    }

    public String columnLetter() {
        return columnLetter(column);
    }

    public String reference() {
        return columnLetter() + rowNumber();
    }

    /** 0 -> A, 25 -> Z, 26 -> AA. */
    public static String columnLetter(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}

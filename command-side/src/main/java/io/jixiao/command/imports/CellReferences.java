package io.jixiao.command.imports;

/** A1-style references ("B12", "$B$12") as 0-based row and column. */
final class CellReferences {
    /** Excel's own bounds: 1,048,576 rows, 16,384 columns (XFD). */
    private static final int MAX_ROW = 1_048_576;
    private static final int MAX_COLUMN = 16_384;

    private CellReferences() {
    }

    /** {row, column}, or null when the text is no reference inside Excel's bounds. */
    static int[] parse(String reference) {
        int i = 0;
        int n = reference.length();
        if (i < n && reference.charAt(i) == '$') {
            i++;
        }
        int column = 0;
        int letters = 0;
        for (; i < n && isLetter(reference.charAt(i)) && letters < 4; i++, letters++) {
            char c = Character.toUpperCase(reference.charAt(i));
            column = column * 26 + (c - 'A' + 1);
        }
        if (i < n && reference.charAt(i) == '$') {
            i++;
        }
        int row = 0;
        int digits = 0;
        for (; i < n && reference.charAt(i) >= '0' && reference.charAt(i) <= '9' && digits < 8; i++, digits++) {
            row = row * 10 + (reference.charAt(i) - '0');
        }
        if (i != n || letters == 0 || digits == 0 || row < 1 || row > MAX_ROW || column > MAX_COLUMN) {
            return null;
        }
        return new int[]{row - 1, column - 1};
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}

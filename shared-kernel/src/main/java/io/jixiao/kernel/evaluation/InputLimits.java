package io.jixiao.kernel.evaluation;

/**
 * How long the texts of a form may be: names and codes, indicator values, and free text (goals, reasons, comments).
 * Configuration ({@code jixiao.limits.short-text}, {@code value-text}, {@code long-text}); whoever checks input
 * ({@link InputRules}) is given it, so commands, imports and the editor's preview hold texts to the same bounds.
 */
public record InputLimits(int shortText, int valueText, int longText) {
    public static final int DEFAULT_SHORT_TEXT = 200;
    public static final int DEFAULT_VALUE_TEXT = 500;
    public static final int DEFAULT_LONG_TEXT = 5000;
    public static final InputLimits DEFAULTS = new InputLimits(DEFAULT_SHORT_TEXT, DEFAULT_VALUE_TEXT,
            DEFAULT_LONG_TEXT);

    public InputLimits {
        if (shortText < 1 || valueText < shortText || longText < valueText) {
            throw new IllegalArgumentException("Text limits must satisfy 1 <= short <= value <= long, got "
                    + shortText + "/" + valueText + "/" + longText);
        }
    }

    int of(FormField.TextSize size) {
        return switch (size) {
            case SHORT -> shortText;
            case VALUE -> valueText;
            case LONG -> longText;
        };
    }
}

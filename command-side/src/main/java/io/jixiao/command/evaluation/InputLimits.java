package io.jixiao.command.evaluation;

/**
 * How long the texts of a form may be: names and codes, indicator values, and free text (goals, reasons, comments).
 * Configuration ({@code jixiao.limits.short-text}, {@code value-text}, {@code long-text}); the aggregate receives
 * it with every command, so every path (HTTP, import, demo data) is held to the same bounds.
 */
public record InputLimits(int shortText, int valueText, int longText) {
    public static final InputLimits DEFAULTS = new InputLimits(200, 500, 5000);

    public InputLimits {
        if (shortText < 1 || valueText < shortText || longText < valueText) {
            throw new IllegalArgumentException("Text limits must satisfy 1 <= short <= value <= long, got "
                    + shortText + "/" + valueText + "/" + longText);
        }
    }
}

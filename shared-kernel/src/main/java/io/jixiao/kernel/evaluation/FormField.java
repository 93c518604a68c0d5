package io.jixiao.kernel.evaluation;

/**
 * The fields of a form that input is checked for, each with its stable refusal code ({@code INVALID_} and the
 * constant's name) and, for a text, the limit that holds it. Where the field is (which indicator, which funds row,
 * the path in the request) is said in a refusal's details ({@link FieldAt}), never in its code, so a program can
 * match on the code.
 */
public enum FormField {
    FISCAL_YEAR(null),
    AMOUNT_UNIT(null),
    SCORING_POLICY(null),
    PROJECT_NAME(TextSize.SHORT),
    PROJECT_CODE(TextSize.SHORT),
    COMPETENT_DEPARTMENT_ID(TextSize.SHORT),
    IMPLEMENTING_UNIT_ID(TextSize.SHORT),
    /** Where a draft came from ("api", a demo seed, an imported file). */
    SOURCE(TextSize.VALUE),
    IMPORTED_FROM(TextSize.VALUE),
    /** The row of the funds table an amendment names. */
    FUNDS_ROW(null),
    FUNDS_INITIAL_BUDGET(null),
    FUNDS_ADJUSTED_BUDGET(null),
    FUNDS_EXECUTED(null),
    GOALS_EXPECTED(TextSize.LONG),
    GOALS_ACTUAL(TextSize.LONG),
    /** An indicator as a whole (an empty entry of a list). */
    INDICATOR(null),
    INDICATOR_LEVEL1(TextSize.SHORT),
    INDICATOR_LEVEL2(TextSize.SHORT),
    INDICATOR_NAME(TextSize.SHORT),
    INDICATOR_TARGET(TextSize.VALUE),
    INDICATOR_WEIGHT(null),
    INDICATOR_ACTUAL(TextSize.VALUE),
    INDICATOR_SCORE(null),
    /** 偏差原因分析及改进措施 */
    INDICATOR_DEVIATION(TextSize.LONG),
    REASON(TextSize.LONG),
    COMMENT(TextSize.LONG);

    /** Which of the {@link InputLimits} a text is held to. */
    public enum TextSize { SHORT, VALUE, LONG }

    private final TextSize textSize;

    FormField(TextSize textSize) {
        this.textSize = textSize;
    }

    /** The code of every refusal of this field's input, whatever the reason and wherever the field is. */
    public String code() {
        return "INVALID_" + name();
    }

    TextSize textSize() {
        if (textSize == null) {
            throw new IllegalArgumentException(name() + " is not a text field");
        }
        return textSize;
    }
}

package io.jixiao.query.comparison;

/** An indicator as one year's form states it ({@code name} as written there). */
public record IndicatorYear(int fiscalYear, String evaluationId, String name, String target, String actual,
                            String weight, String score) {
}

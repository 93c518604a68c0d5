package io.jixiao.query.dashboard;

/**
 * The funds of a set of forms, from each form's total row: sums in 元 exactly, whatever unit each form was
 * filled in, over the forms that have both an adjusted budget and an executed amount ({@code counted}); forms
 * lacking either are listed as {@code incomplete} and add to none of the three figures, so the rate is always
 * executed / adjustedBudget of the same forms.
 *
 * @param executionRate percent, 2 decimals half-up, of the sums; null when there is nothing to divide by
 */
public record FundFigures(Money adjustedBudget, Money executed, String executionRate, FormSet counted,
                          FormSet incomplete) {
}

package io.jixiao.query.dashboard;

import java.util.Map;

/**
 * Scores of the forms that were submitted at least once and have a total ({@code scored}); a draft's score is
 * work in progress and would pull the average about.
 *
 * @param averageScore mean of their totals, 2 decimals half-up; null when none is scored
 * @param grades       优, 良, 中, 差 (always all four, in that order) and the scored forms of each
 */
public record ScoreFigures(String averageScore, FormSet scored, Map<String, FormSet> grades) {
}

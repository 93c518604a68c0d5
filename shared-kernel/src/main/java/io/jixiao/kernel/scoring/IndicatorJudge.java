package io.jixiao.kernel.scoring;

import io.jixiao.kernel.scoring.IndicatorValue.Achievement;
import io.jixiao.kernel.scoring.IndicatorValue.AchievementLevel;
import io.jixiao.kernel.scoring.IndicatorValue.Blank;
import io.jixiao.kernel.scoring.IndicatorValue.CalendarMonth;
import io.jixiao.kernel.scoring.IndicatorValue.Comparison;
import io.jixiao.kernel.scoring.IndicatorValue.Deadline;
import io.jixiao.kernel.scoring.IndicatorValue.DeadlineKind;
import io.jixiao.kernel.scoring.IndicatorValue.FreeText;
import io.jixiao.kernel.scoring.IndicatorValue.Qualitative;
import io.jixiao.kernel.scoring.IndicatorValue.Quantity;
import io.jixiao.kernel.scoring.Judgement.Outcome;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * Matches an actual against its target. Decisions beyond the national template (docs/DOMAIN.md "Suggested scores"):
 * <ul>
 * <li>A verdict (达成指标 ...) is the evaluator's own judgement and gives its band against any target that is
 * there, even a clipped sentence; against a figure it is still flagged, because a figure was asked for.</li>
 * <li>A qualitative actual counts as achieved when it repeats the target word, a trailing 性 aside
 * (及时 / 及时性); any other word does not answer the target.</li>
 * <li>A deadline repeated as the actual (48小时内 / 48小时内) is achieved. A time against 48小时内 is scored
 * as a negative indicator (at most 48). A month against 2024年9月前 scores full when it is that month or
 * earlier (the named month counts: month precision), and in the not-achieved band when later.</li>
 * <li>A month cannot be checked against 当年内 without the fiscal year, and a word against a figure or a
 * deadline cannot be scored: those are of the wrong kind, with no suggestion.</li>
 * </ul>
 */
final class IndicatorJudge {
    private IndicatorJudge() {
    }

    static Judgement judge(String targetText, String actualText, BigDecimal weight, ScoringPolicy policy) {
        IndicatorValue target = IndicatorValueParser.parse(targetText);
        IndicatorValue actual = IndicatorValueParser.parse(actualText);
        if (weight == null) {
            return Judgement.none(Outcome.NO_WEIGHT, "no weight");
        }
        if (target instanceof Blank) {
            return Judgement.none(Outcome.NO_TARGET, "no target to judge against");
        }
        if (actual instanceof Blank) {
            return Judgement.none(Outcome.NO_ACTUAL, "no actual value");
        }
        if (actual instanceof FreeText free) {
            return Judgement.none(Outcome.UNREADABLE_ACTUAL, "actual is free text: " + free.reason());
        }
        if (actual instanceof Achievement verdict) {
            SuggestedScore band = Bands.of(verdict.level(), weight, verdictName(verdict.level()), policy);
            return target instanceof Quantity
                    ? new Judgement(Outcome.SUGGESTED_FROM_VERDICT_FOR_FIGURE, band,
                    band.basis() + "; the target " + target.text() + " asks for a figure")
                    : Judgement.suggested(band);
        }
        if (target instanceof FreeText free) {
            return Judgement.none(Outcome.UNREADABLE_TARGET, "target is free text: " + free.reason());
        }
        if (target instanceof Quantity q) {
            return againstQuantity(q, actual, weight, policy);
        }
        if (target instanceof Qualitative word) {
            return againstWord(word, actual, weight, policy);
        }
        if (target instanceof Deadline deadline) {
            return againstDeadline(deadline, actual, weight, policy);
        }
        if (target instanceof CalendarMonth month) {
            return againstMonth(month.month(), target.text(), actual, weight, policy);
        }
        return wrongKind(target, actual);
    }

    private static Judgement againstQuantity(Quantity target, IndicatorValue actual, BigDecimal weight,
                                             ScoringPolicy policy) {
        if (!(actual instanceof Quantity figure)) {
            return wrongKind(target, actual);
        }
        Units.Match units = Units.match(target.unit(), figure.unit());
        if (units == Units.Match.DIFFERENT) {
            return Judgement.none(Outcome.WRONG_KIND, "unit " + figure.unit() + " cannot be measured against "
                    + target.unit());
        }
        SuggestedScore score = QuantityScoring.score(target.comparison(), target.number(), figure.number(), weight,
                policy);
        if (units == Units.Match.RELATED) {
            String note = " (" + figure.unit() + " counted as " + target.unit() + ")";
            return new Judgement(Outcome.SUGGESTED_WITH_RELATED_UNIT,
                    new SuggestedScore(score.min(), score.max(), score.basis() + note), score.basis() + note);
        }
        return Judgement.suggested(score);
    }

    private static Judgement againstWord(Qualitative target, IndicatorValue actual, BigDecimal weight,
                                         ScoringPolicy policy) {
        if (actual instanceof Qualitative word && sameWord(target.word(), word.word())) {
            return Judgement.suggested(Bands.of(AchievementLevel.ACHIEVED, weight,
                    "actual repeats the target " + target.word() + ", achieved", policy));
        }
        return wrongKind(target, actual);
    }

    private static Judgement againstDeadline(Deadline target, IndicatorValue actual, BigDecimal weight,
                                             ScoringPolicy policy) {
        if (actual instanceof Deadline d && sameDeadline(target, d)) {
            return Judgement.suggested(Bands.of(AchievementLevel.ACHIEVED, weight,
                    "actual repeats the deadline " + target.text() + ", achieved", policy));
        }
        if (target.kind() == DeadlineKind.WITHIN) {
            BigDecimal taken = timeTaken(actual, target.unit());
            if (taken != null) {
                SuggestedScore score = QuantityScoring.score(Comparison.AT_MOST, target.amount(), taken, weight,
                        policy);
                return Judgement.suggested(new SuggestedScore(score.min(), score.max(),
                        "deadline " + target.text() + " as at most " + QuantityScoring.plain(target.amount())
                                + target.unit() + "; " + score.basis()));
            }
        }
        if (target.kind() == DeadlineKind.BY_MONTH) {
            return againstMonth(target.month(), target.text(), actual, weight, policy);
        }
        return wrongKind(target, actual);
    }

    private static Judgement againstMonth(YearMonth due, String targetText, IndicatorValue actual,
                                          BigDecimal weight, ScoringPolicy policy) {
        YearMonth done = actual instanceof CalendarMonth m ? m.month()
                : actual instanceof Deadline d && d.kind() == DeadlineKind.BY_MONTH ? d.month() : null;
        if (done == null) {
            return Judgement.none(Outcome.WRONG_KIND, "actual " + actual.text() + " is no month to set against "
                    + targetText);
        }
        if (!done.isAfter(due)) {
            BigDecimal full = weight.setScale(2, java.math.RoundingMode.HALF_UP);
            return Judgement.suggested(new SuggestedScore(full, full,
                    "done " + done + ", due " + due + ": on time, full " + QuantityScoring.plain(weight)));
        }
        return Judgement.suggested(Bands.of(AchievementLevel.NOT_ACHIEVED, weight,
                "done " + done + ", due " + due + ": late, not achieved", policy));
    }

    /** A figure in the deadline's unit, or a shorter time limit in the same unit, read as the time taken. */
    private static BigDecimal timeTaken(IndicatorValue actual, String unit) {
        if (actual instanceof Quantity q && !q.comparison().positive()
                && Units.match(unit, q.unit()) != Units.Match.DIFFERENT && !q.unit().isEmpty()) {
            return q.number();
        }
        if (actual instanceof Deadline d && d.kind() == DeadlineKind.WITHIN
                && Units.match(unit, d.unit()) == Units.Match.SAME) {
            return d.amount();
        }
        return null;
    }

    private static boolean sameDeadline(Deadline a, Deadline b) {
        if (a.kind() != b.kind()) {
            return false;
        }
        return switch (a.kind()) {
            case BY_MONTH -> a.month().equals(b.month());
            case WITHIN -> a.amount().compareTo(b.amount()) == 0
                    && Units.match(a.unit(), b.unit()) == Units.Match.SAME;
            case WITHIN_YEAR, ON_SCHEDULE -> true;
        };
    }

    static boolean sameWord(String target, String actual) {
        return stem(target).equals(stem(actual));
    }

    private static String stem(String word) {
        return word.length() > 1 && word.endsWith("性") ? word.substring(0, word.length() - 1) : word;
    }

    private static Judgement wrongKind(IndicatorValue target, IndicatorValue actual) {
        return Judgement.none(Outcome.WRONG_KIND, "actual " + actual.text() + " (" + kindName(actual)
                + ") does not answer the target " + target.text() + " (" + kindName(target) + ")");
    }

    static String kindName(IndicatorValue value) {
        if (value instanceof Quantity) {
            return "figure";
        }
        if (value instanceof Qualitative) {
            return "word";
        }
        if (value instanceof Achievement) {
            return "verdict";
        }
        if (value instanceof Deadline) {
            return "deadline";
        }
        if (value instanceof CalendarMonth) {
            return "month";
        }
        return value instanceof Blank ? "blank" : "free text";
    }

    private static String verdictName(AchievementLevel level) {
        return switch (level) {
            case ACHIEVED -> "achieved";
            case PARTLY_ACHIEVED -> "partly achieved";
            case NOT_ACHIEVED -> "not achieved";
        };
    }
}

package io.jixiao.kernel.scoring;

/**
 * What the scoring rules make of one indicator's target and actual: the suggestion where there is one, and
 * why there is none or what is odd about it. {@code remark} explains in English (basis of the suggestion, or
 * the reason it is missing).
 */
public record Judgement(Outcome outcome, SuggestedScore suggestion, String remark) {

    public enum Outcome {
        /** Target and actual fit together; the suggestion follows from them. */
        SUGGESTED,
        /** Compared by number although the units differ (1669人次 against >=5000人). */
        SUGGESTED_WITH_RELATED_UNIT,
        /** A figure was asked for but the evaluator answered with a verdict (0年 answered by 达成指标): the band of the verdict is suggested. */
        SUGGESTED_FROM_VERDICT_FOR_FIGURE,
        NO_WEIGHT,
        NO_TARGET,
        NO_ACTUAL,
        /** The target is free text (a clipped sentence): only a verdict as actual can be scored against it. */
        UNREADABLE_TARGET,
        UNREADABLE_ACTUAL,
        /** The actual does not answer the target: 合理 answered by 及时性, a percentage against a count. */
        WRONG_KIND
    }

    /** The actual is not the kind of value its target asks for, whether or not a score could still be suggested. */
    public boolean wrongKind() {
        return outcome == Outcome.WRONG_KIND || outcome == Outcome.SUGGESTED_FROM_VERDICT_FOR_FIGURE;
    }

    static Judgement suggested(SuggestedScore suggestion) {
        return new Judgement(Outcome.SUGGESTED, suggestion, suggestion.basis());
    }

    static Judgement none(Outcome outcome, String remark) {
        return new Judgement(outcome, null, remark);
    }
}

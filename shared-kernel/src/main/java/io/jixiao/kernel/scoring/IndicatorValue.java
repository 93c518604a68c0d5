package io.jixiao.kernel.scoring;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A 年度指标值 or 实际完成值 as {@link IndicatorValueParser} reads it. Every kind keeps {@code text}, the
 * normalized input (full-width folded, spaces removed), so a value can be shown and compared as typed.
 */
public sealed interface IndicatorValue {

    String text();

    /** The cell is empty. */
    record Blank() implements IndicatorValue {
        @Override
        public String text() {
            return "";
        }
    }

    /** A figure: {@code >=4次}, {@code ≤1.00(工作日)}, {@code 1669人次}; {@code unit} without brackets, maybe "". */
    record Quantity(String text, Comparison comparison, BigDecimal number, String unit) implements IndicatorValue {
    }

    /** A word that states a quality: {@code 及时}, {@code 合理}, {@code 有效改善}, {@code 控制在概算范围内}. */
    record Qualitative(String text, String word) implements IndicatorValue {
    }

    /** The evaluator's own verdict in the national template's words: 达成 / 部分达成 / 未达成 (年度)指标. */
    record Achievement(String text, AchievementLevel level) implements IndicatorValue {
    }

    /**
     * A time limit. {@code month} is set for {@link DeadlineKind#BY_MONTH}, {@code amount} and {@code unit} for
     * {@link DeadlineKind#WITHIN}.
     */
    record Deadline(String text, DeadlineKind kind, YearMonth month, BigDecimal amount, String unit)
            implements IndicatorValue {
    }

    /** A point in time given as an actual: {@code 2024年8月}, {@code 2024年8月完成}. */
    record CalendarMonth(String text, YearMonth month) implements IndicatorValue {
    }

    /** Text that is none of the above; {@code reason} says why it could not be read as a value. */
    record FreeText(String text, String reason) implements IndicatorValue {
    }

    enum Comparison {
        AT_LEAST(">="), MORE_THAN(">"), AT_MOST("<="), LESS_THAN("<"), EQUAL("="), NONE("");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        /** More is better: the 正向指标 of the national template. */
        public boolean positive() {
            return this == AT_LEAST || this == MORE_THAN;
        }

        /** Less is better: the 反向指标. */
        public boolean negative() {
            return this == AT_MOST || this == LESS_THAN;
        }
    }

    /** The three verdicts and the share of the weight each allows: [{@code lower}, {@code upper}) or up to 100%. */
    enum AchievementLevel {
        ACHIEVED(new BigDecimal("0.80"), BigDecimal.ONE, true),
        PARTLY_ACHIEVED(new BigDecimal("0.60"), new BigDecimal("0.80"), false),
        NOT_ACHIEVED(BigDecimal.ZERO, new BigDecimal("0.60"), false);

        private final BigDecimal lower;
        private final BigDecimal upper;
        private final boolean upperIncluded;

        AchievementLevel(BigDecimal lower, BigDecimal upper, boolean upperIncluded) {
            this.lower = lower;
            this.upper = upper;
            this.upperIncluded = upperIncluded;
        }

        public BigDecimal lower() {
            return lower;
        }

        public BigDecimal upper() {
            return upper;
        }

        public boolean upperIncluded() {
            return upperIncluded;
        }
    }

    enum DeadlineKind {
        /** {@code 2024年9月前}: done by the end of that month at the latest. */
        BY_MONTH,
        /** {@code 48小时内}: done within an amount of time. */
        WITHIN,
        /** {@code 当年内}: done within the fiscal year. */
        WITHIN_YEAR,
        /** {@code 根据合同要求,如期完成}: done on the schedule agreed elsewhere (a contract, a plan). */
        ON_SCHEDULE
    }
}

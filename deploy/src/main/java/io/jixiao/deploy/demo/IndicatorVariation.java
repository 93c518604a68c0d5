package io.jixiao.deploy.demo;

import io.jixiao.kernel.evaluation.IndicatorInput;
import io.jixiao.kernel.scoring.IndicatorValue;
import io.jixiao.kernel.scoring.IndicatorValueParser;
import io.jixiao.kernel.scoring.Scoring;
import io.jixiao.kernel.scoring.ScoringPolicy;
import io.jixiao.kernel.scoring.SuggestedScore;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * An earlier year's indicator table from a seed form's: some actual values fell short of their targets (scored
 * as the kernel suggests, with a deviation reason), one indicator carried an older name, one was an extra that
 * the later form dropped (its five points taken from the heaviest indicator). Weights still add up as before.
 */
final class IndicatorVariation {
    /** A year that went badly: several indicators missed, some by far, enough to cost the form its grade. */
    private static final double WEAK_FORM = 0.12;
    private static final double FORM_WITH_SHORTFALL = 0.4;
    private static final double FORM_WITH_RENAME = 0.25;
    private static final double FORM_WITH_EXTRA = 0.2;
    private static final BigDecimal EXTRA_WEIGHT = new BigDecimal("5");
    private static final String PARTLY_ACHIEVED = "部分达成指标并具有一定效果";
    private static final String NOT_ACHIEVED = "未达成指标且效果较差";

    private static final List<String> DEVIATIONS = List.of(
            "受项目实施进度影响，部分工作顺延至次年完成；下一年度将细化进度计划，按月跟踪落实。",
            "年中任务调整，相关工作量较计划减少；今后将根据实际需求合理设定指标值。",
            "受外部因素影响，实施时间较计划延后；已建立台账督促整改，确保按期完成。",
            "服务对象反馈意见尚未全部落实到位；将加强沟通回访，持续改进服务质量。");

    private static final List<IndicatorInput> EXTRAS = List.of(
            new IndicatorInput("产出指标", "时效指标", "资金拨付及时率", "≥95%", EXTRA_WEIGHT, "100%", EXTRA_WEIGHT, null),
            new IndicatorInput("效益指标", "可持续影响指标", "长效管理机制", "建立健全", EXTRA_WEIGHT, "达成指标",
                    EXTRA_WEIGHT, null),
            new IndicatorInput("产出指标", "质量指标", "档案资料完整率", "=100%", EXTRA_WEIGHT, "100%", EXTRA_WEIGHT,
                    null));

    private IndicatorVariation() {
    }

    record Result(List<IndicatorInput> indicators, int shortfalls) {
    }

    static Result vary(List<IndicatorInput> seed, int seedYear, int year, String policyName, Random random) {
        ScoringPolicy policy = ScoringPolicy.byName(policyName);
        List<IndicatorInput> rows = new ArrayList<>();
        for (IndicatorInput row : seed) {
            rows.add(new IndicatorInput(row.level1(), row.level2(), Years.moved(row.name(), seedYear, year),
                    Years.moved(row.target(), seedYear, year), row.weight(), Years.moved(row.actual(), seedYear, year),
                    row.score(), row.deviation()));
        }
        int shortfalls = 0;
        double roll = random.nextDouble();
        boolean weak = roll < WEAK_FORM;
        if (roll < WEAK_FORM + FORM_WITH_SHORTFALL) {
            int wanted = weak ? 3 + random.nextInt(3) : 1 + random.nextInt(2);
            List<Integer> order = shuffledIndexes(rows.size(), random);
            for (int i = 0; i < order.size() && shortfalls < wanted; i++) {
                IndicatorInput missed = shortOfTarget(rows.get(order.get(i)), weak, policy, random);
                if (missed != null) {
                    rows.set(order.get(i), missed);
                    shortfalls++;
                }
            }
        }
        if (random.nextDouble() < FORM_WITH_RENAME && !rows.isEmpty()) {
            int index = random.nextInt(rows.size());
            rows.set(index, renamed(rows.get(index)));
        }
        if (random.nextDouble() < FORM_WITH_EXTRA) {
            addExtra(rows, EXTRAS.get(random.nextInt(EXTRAS.size())));
        }
        return new Result(List.copyOf(rows), shortfalls);
    }

    /** The row with an actual below its target and the score the kernel suggests for it, or null if it has none. */
    private static IndicatorInput shortOfTarget(IndicatorInput row, boolean far, ScoringPolicy policy,
                                                Random random) {
        if (row.weight() == null || row.weight().signum() == 0 || row.score() == null || row.target() == null) {
            return null;
        }
        String actual = lowerActual(row, far, random);
        if (actual == null) {
            return null;
        }
        SuggestedScore suggestion = Scoring.suggest(row.target(), actual, row.weight(), policy);
        if (suggestion == null) {
            return null;
        }
        BigDecimal score = scoreWithin(suggestion);
        if (score == null || score.compareTo(row.weight()) >= 0) {
            return null;
        }
        return new IndicatorInput(row.level1(), row.level2(), row.name(), row.target(), row.weight(), actual, score,
                DEVIATIONS.get(random.nextInt(DEVIATIONS.size())));
    }

    /**
     * A figure 3 to 20 % short of a "more is better" or "exactly" target (up to 55 % when {@code far}), written as
     * the seed wrote its actual; or the evaluator's verdict that a qualitative target was partly (or not) reached.
     */
    private static String lowerActual(IndicatorInput row, boolean far, Random random) {
        IndicatorValue target = IndicatorValueParser.parse(row.target());
        IndicatorValue actual = IndicatorValueParser.parse(row.actual());
        if (target instanceof IndicatorValue.Quantity t && actual instanceof IndicatorValue.Quantity a
                && (t.comparison().positive() || t.comparison() == IndicatorValue.Comparison.EQUAL)
                && t.number().signum() > 0) {
            double least = far ? 0.45 : 0.80;
            BigDecimal share = BigDecimal.valueOf(least + (0.97 - least) * random.nextDouble());
            BigDecimal lower = t.number().multiply(share).setScale(Math.max(a.number().scale(), 0), RoundingMode.DOWN);
            if (lower.signum() <= 0 || lower.compareTo(t.number()) >= 0) {
                return null;
            }
            String unit = a.unit() == null ? "" : a.unit();
            return a.text().contains("(") && !unit.isEmpty() ? lower.toPlainString() + "(" + unit + ")"
                    : lower.toPlainString() + unit;
        }
        if (actual instanceof IndicatorValue.Achievement || actual instanceof IndicatorValue.Qualitative) {
            return far && random.nextDouble() < 0.4 ? NOT_ACHIEVED : PARTLY_ACHIEVED;
        }
        return null;
    }

    /** One figure for a quantity; for a band, a whole number of points near its middle where the band allows. */
    private static BigDecimal scoreWithin(SuggestedScore suggestion) {
        BigDecimal middle = suggestion.min().add(suggestion.max()).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
        BigDecimal whole = middle.setScale(0, RoundingMode.HALF_UP);
        if (suggestion.contains(whole)) {
            return whole.setScale(2);
        }
        return suggestion.contains(middle) ? middle : null;
    }

    private static IndicatorInput renamed(IndicatorInput row) {
        String name = row.name();
        if (name == null) {
            return row;
        }
        String older;
        if (name.contains("满意度")) {
            older = name.replace("满意度", "满意率");
        } else if (name.contains("满意率")) {
            older = name.replace("满意率", "满意度");
        } else if (name.endsWith("情况")) {
            older = name.substring(0, name.length() - 2);
        } else if (name.contains("年度")) {
            older = name + "情况";
        } else {
            older = "年度" + name;
        }
        return new IndicatorInput(row.level1(), row.level2(), older, row.target(), row.weight(), row.actual(),
                row.score(), row.deviation());
    }

    /** The heaviest indicator gives five points to the extra one; its score shrinks in proportion. */
    private static void addExtra(List<IndicatorInput> rows, IndicatorInput extra) {
        int heaviest = -1;
        for (int i = 0; i < rows.size(); i++) {
            BigDecimal weight = rows.get(i).weight();
            if (weight != null && weight.compareTo(EXTRA_WEIGHT.add(EXTRA_WEIGHT)) >= 0
                    && (heaviest < 0 || weight.compareTo(rows.get(heaviest).weight()) > 0)) {
                heaviest = i;
            }
        }
        if (heaviest < 0 || rows.stream().anyMatch(r -> extra.name().equals(r.name()))) {
            return;
        }
        IndicatorInput donor = rows.get(heaviest);
        BigDecimal weight = donor.weight().subtract(EXTRA_WEIGHT);
        BigDecimal score = donor.score() == null ? null : donor.score().compareTo(donor.weight()) == 0 ? weight
                : donor.score().multiply(weight).divide(donor.weight(), 2, RoundingMode.HALF_UP);
        rows.set(heaviest, new IndicatorInput(donor.level1(), donor.level2(), donor.name(), donor.target(), weight,
                donor.actual(), score, donor.deviation()));
        rows.add(extra);
    }

    private static List<Integer> shuffledIndexes(int size, Random random) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            indexes.add(i);
        }
        Collections.shuffle(indexes, random);
        return indexes;
    }
}

package io.jixiao.deploy.demo;

import io.jixiao.kernel.evaluation.DraftEvaluationCommand;
import io.jixiao.kernel.evaluation.FundLine;
import io.jixiao.kernel.evaluation.FundSource;
import io.jixiao.kernel.evaluation.Funds;
import io.jixiao.kernel.evaluation.Goals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.UUID;

/**
 * The same project in an earlier year, made up from a seed form with plausible and repeatable differences:
 * budgets and spending 5 to 20 % higher or lower, a few indicators missed, renamed or added (see
 * {@link IndicatorVariation}). The random numbers are seeded by the seed form and the year, so every installation
 * generates the same forms, and the ids are derived the same way, so a restart finds them and loads nothing twice.
 */
public final class EarlierYear {
    private static final BigDecimal LEAST_CHANGE = new BigDecimal("0.05");
    private static final BigDecimal MOST_CHANGE = new BigDecimal("0.20");

    private EarlierYear() {
    }

    public static DraftEvaluationCommand of(DraftEvaluationCommand seed, int year) {
        Random random = new Random(("demo:" + seed.source() + ":" + year).hashCode());
        int seedYear = seed.fiscalYear();
        IndicatorVariation.Result indicators = IndicatorVariation.vary(seed.indicators(), seedYear, year,
                seed.scoringPolicy(), random);
        Goals goals = new Goals(Years.moved(seed.goals().expected(), seedYear, year),
                shortfallNoted(Years.moved(seed.goals().actual(), seedYear, year), indicators.shortfalls()));
        return new DraftEvaluationCommand(idOf(seed.source(), year), year, seed.projectName(), seed.projectCode(),
                seed.competentDepartmentId(), seed.implementingUnitId(), seed.amountUnit(), seed.scoringPolicy(),
                funds(seed.funds(), random), goals, indicators.indicators(),
                "generated:from " + seed.source() + " for " + year, seed.actor());
    }

    static String idOf(String seedSource, int year) {
        return UUID.nameUUIDFromBytes(("generated:" + seedSource + ":" + year).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /**
     * Each column moves by its own factor, the same for every row, so the rows still add up to the total where
     * they did; spending never exceeds the adjusted budget of its row.
     */
    static Funds funds(Funds seed, Random random) {
        BigDecimal initialFactor = factor(random);
        BigDecimal adjustedFactor = factor(random);
        BigDecimal executedFactor = factor(random);
        Funds varied = Funds.BLANK;
        for (FundSource source : FundSource.values()) {
            FundLine line = seed.line(source);
            BigDecimal adjusted = scaled(line.adjustedBudget(), adjustedFactor);
            BigDecimal executed = scaled(line.executed(), executedFactor);
            if (executed != null && adjusted != null && executed.compareTo(adjusted) > 0) {
                executed = adjusted;
            }
            varied = varied.with(source, new FundLine(scaled(line.initialBudget(), initialFactor), adjusted, executed));
        }
        return rowsAddUp(seed) ? varied.with(FundSource.TOTAL, sumOfSources(varied)) : varied;
    }

    private static BigDecimal factor(Random random) {
        BigDecimal change = LEAST_CHANGE.add(MOST_CHANGE.subtract(LEAST_CHANGE)
                .multiply(BigDecimal.valueOf(random.nextDouble())));
        return random.nextBoolean() ? BigDecimal.ONE.add(change) : BigDecimal.ONE.subtract(change);
    }

    private static BigDecimal scaled(BigDecimal amount, BigDecimal factor) {
        return amount == null ? null : amount.multiply(factor).setScale(2, RoundingMode.HALF_UP);
    }

    private static boolean rowsAddUp(Funds funds) {
        FundLine sum = sumOfSources(funds);
        FundLine total = funds.total();
        return sum.adjustedBudget() != null && total.adjustedBudget() != null
                && same(sum.initialBudget(), total.initialBudget()) && same(sum.adjustedBudget(), total.adjustedBudget())
                && same(sum.executed(), total.executed());
    }

    private static FundLine sumOfSources(Funds funds) {
        BigDecimal initial = null;
        BigDecimal adjusted = null;
        BigDecimal executed = null;
        for (FundSource source : FundSource.values()) {
            if (source != FundSource.TOTAL) {
                FundLine line = funds.line(source);
                initial = plus(initial, line.initialBudget());
                adjusted = plus(adjusted, line.adjustedBudget());
                executed = plus(executed, line.executed());
            }
        }
        return new FundLine(initial, adjusted, executed);
    }

    private static BigDecimal plus(BigDecimal sum, BigDecimal amount) {
        return amount == null ? sum : sum == null ? amount : sum.add(amount);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String shortfallNoted(String actual, int shortfalls) {
        if (actual == null || shortfalls == 0) {
            return actual;
        }
        return actual + "部分指标未达年度目标，原因及改进措施见偏差分析。";
    }
}

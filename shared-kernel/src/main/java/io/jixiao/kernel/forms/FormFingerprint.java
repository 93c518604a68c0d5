package io.jixiao.kernel.forms;

import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.FundLine;
import io.jixiao.kernel.evaluation.FundSource;
import io.jixiao.kernel.evaluation.Funds;
import io.jixiao.kernel.evaluation.Goals;
import io.jixiao.kernel.evaluation.IndicatorInput;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A digest of what a form sheet prints, computed by the writer from the form and by the reader from the cells. Equal
 * digests mean the sheet is our export as it left us: a reader then takes it as the record the system held, even
 * where that record is incomplete (an indicator without a name, weights of a draft that do not yet add up), while
 * anything a person changed is held to every rule. Blank and absent are the same; 15.00 and 15 are the same.
 */
public final class FormFingerprint {
    private static final char FIELD = '\u001f';

    private FormFingerprint() {
    }

    /** {@code funds} in {@code amountUnit}, as printed. */
    public static String of(int fiscalYear, String projectName, String competentDepartmentName,
                            String implementingUnitName, AmountUnit amountUnit, Funds funds, Goals goals,
                            List<IndicatorInput> indicators) {
        StringBuilder canonical = new StringBuilder();
        add(canonical, Integer.toString(fiscalYear));
        add(canonical, projectName);
        add(canonical, competentDepartmentName);
        add(canonical, implementingUnitName);
        add(canonical, amountUnit == null ? null : amountUnit.name());
        Funds all = funds == null ? Funds.BLANK : funds;
        for (FundSource source : FundSource.values()) {
            FundLine line = all.line(source);
            add(canonical, line.initialBudget());
            add(canonical, line.adjustedBudget());
            add(canonical, line.executed());
        }
        Goals allGoals = goals == null ? Goals.BLANK : goals;
        add(canonical, allGoals.expected());
        add(canonical, allGoals.actual());
        for (IndicatorInput indicator : indicators) {
            add(canonical, indicator.level1());
            add(canonical, indicator.level2());
            add(canonical, indicator.name());
            add(canonical, indicator.target());
            add(canonical, indicator.weight());
            add(canonical, indicator.actual());
            add(canonical, indicator.score());
            add(canonical, indicator.deviation());
        }
        return sha256(canonical.toString());
    }

    private static void add(StringBuilder canonical, String text) {
        canonical.append(text == null || text.isBlank() ? "" : text).append(FIELD);
    }

    private static void add(StringBuilder canonical, BigDecimal number) {
        add(canonical, number == null ? null : number.stripTrailingZeros().toPlainString());
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", everyJavaHasIt);
        }
    }
}

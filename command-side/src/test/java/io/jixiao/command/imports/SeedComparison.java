package io.jixiao.command.imports;

import com.fasterxml.jackson.databind.JsonNode;
import io.jixiao.kernel.evaluation.FundLine;
import io.jixiao.kernel.evaluation.FundSource;
import io.jixiao.kernel.evaluation.IndicatorInput;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One seed form read from its text, compared field by field with its hand-checked transcription (the fixture is
 * the truth; "…" in it marks text the print clipped). Indicator rows are paired by the alignment that matches the
 * most fields, so one lost row does not count every row after it as wrong.
 */
final class SeedComparison {
    static final List<String> INDICATOR_FIELDS = List.of("level1", "level2", "name", "target", "actual", "weight",
            "score", "deviation");

    final String form;
    final String project;
    final int problems;
    int fields;
    int correct;
    final List<String> differences = new ArrayList<>();

    private SeedComparison(String form, String project, int problems) {
        this.form = form;
        this.project = project;
        this.problems = problems;
    }

    boolean completeAndCorrect() {
        return differences.isEmpty();
    }

    static SeedComparison of(FormReading reading, JsonNode truth, String amountUnit) {
        SeedComparison comparison = new SeedComparison(reading.form(), truth.path("projectName").asText(),
                reading.problems().size());
        FormContent content = reading.content();
        comparison.field("fiscalYear", truth.path("fiscalYear").asText(),
                content == null ? null : String.valueOf(content.fiscalYear()));
        comparison.field("projectName", text(truth, "projectName"), content == null ? null : content.projectName());
        comparison.field("competentDepartment", text(truth, "competentDepartment"),
                content == null ? null : content.competentDepartmentName());
        comparison.field("implementingUnit", text(truth, "implementingUnit"),
                content == null ? null : content.implementingUnitName());
        comparison.field("amountUnit", amountUnit,
                content == null || content.amountUnit() == null ? null : content.amountUnit().name());
        for (FundSource source : FundSource.values()) {
            JsonNode row = truth.path("funds").path(source.apiName());
            FundLine line = content == null ? FundLine.BLANK : content.funds().line(source);
            comparison.field(source.apiName() + ".initialBudget", amount(row, "initialBudget"), plain(line.initialBudget()));
            comparison.field(source.apiName() + ".adjustedBudget", amount(row, "adjustedBudget"),
                    plain(line.adjustedBudget()));
            comparison.field(source.apiName() + ".executed", amount(row, "executed"), plain(line.executed()));
        }
        comparison.field("goals.expected", text(truth.path("goals"), "expected"),
                content == null ? null : content.goals().expected());
        comparison.field("goals.actual", text(truth.path("goals"), "actual"),
                content == null ? null : content.goals().actual());
        comparison.indicators(truth.path("indicators"), content == null ? List.of() : content.indicators());
        return comparison;
    }

    private void indicators(JsonNode truth, List<IndicatorInput> read) {
        List<String[]> expected = new ArrayList<>();
        truth.forEach(row -> expected.add(INDICATOR_FIELDS.stream().map(f -> amountOrText(row, f)).toArray(String[]::new)));
        List<String[]> actual = read.stream().map(SeedComparison::fieldsOf).toList();
        int[] pairedWith = align(expected, actual);
        boolean[] used = new boolean[actual.size()];
        for (int i = 0; i < expected.size(); i++) {
            String[] wanted = expected.get(i);
            String[] got = pairedWith[i] < 0 ? new String[INDICATOR_FIELDS.size()] : actual.get(pairedWith[i]);
            if (pairedWith[i] >= 0) {
                used[pairedWith[i]] = true;
            }
            for (int f = 0; f < wanted.length; f++) {
                String label = "indicator " + (i + 1) + " (" + wanted[2] + ")." + INDICATOR_FIELDS.get(f);
                if (pairedWith[i] < 0) {
                    fields++;
                    differences.add(label + ": missing");
                } else {
                    field(label, wanted[f], got[f]);
                }
            }
        }
        for (int j = 0; j < actual.size(); j++) {
            if (!used[j]) {
                differences.add("extra indicator read: " + actual.get(j)[2]);
            }
        }
    }

    /** For each expected row, the read row it is paired with (or -1), keeping both orders. */
    private static int[] align(List<String[]> expected, List<String[]> actual) {
        int n = expected.size();
        int m = actual.size();
        int[][] best = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                int same = sameFields(expected.get(i), actual.get(j));
                best[i][j] = Math.max(Math.max(best[i + 1][j], best[i][j + 1]), same > 0 ? same + best[i + 1][j + 1] : 0);
            }
        }
        int[] paired = new int[n];
        java.util.Arrays.fill(paired, -1);
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            int same = sameFields(expected.get(i), actual.get(j));
            if (same > 0 && best[i][j] == same + best[i + 1][j + 1]) {
                paired[i++] = j++;
            } else if (best[i][j] == best[i + 1][j]) {
                i++;
            } else {
                j++;
            }
        }
        return paired;
    }

    private static int sameFields(String[] a, String[] b) {
        int same = 0;
        for (int f = 0; f < a.length; f++) {
            same += Objects.equals(a[f], b[f]) && a[f] != null ? 1 : 0;
        }
        return same;
    }

    private static String[] fieldsOf(IndicatorInput indicator) {
        return new String[] {trim(indicator.level1()), trim(indicator.level2()), trim(indicator.name()),
                trim(indicator.target()), trim(indicator.actual()), plain(indicator.weight()), plain(indicator.score()),
                trim(indicator.deviation())};
    }

    private void field(String name, String expected, String actual) {
        fields++;
        String wanted = trim(expected);
        String got = trim(actual);
        if (Objects.equals(wanted, got)) {
            correct++;
        } else {
            differences.add(name + ": expected " + shown(wanted) + ", read " + shown(got));
        }
    }

    private static String shown(String value) {
        if (value == null) {
            return "null";
        }
        return "'" + (value.length() > 24 ? value.substring(0, 24) + "…" : value) + "'";
    }

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    private static String amountOrText(JsonNode node, String field) {
        return field.equals("weight") || field.equals("score") ? amount(node, field) : text(node, field);
    }

    /** Printed amounts carry thousands separators ({@code 1,164,916.2}); compared as the digits printed. */
    private static String amount(JsonNode node, String field) {
        String value = text(node, field);
        return value == null || value.isBlank() ? null : value.replace(",", "").strip();
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}

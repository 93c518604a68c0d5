package io.jixiao.kernel.seeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.EvaluationDraftedEvent;
import io.jixiao.kernel.evaluation.EvaluationFold;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.evaluation.FundLine;
import io.jixiao.kernel.evaluation.Funds;
import io.jixiao.kernel.evaluation.Goals;
import io.jixiao.kernel.evaluation.Indicator;
import io.jixiao.kernel.organization.Actor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The real forms of deploy's demo fixtures as kernel states. Maven runs the tests in the module directory, so
 * the fixtures are one level up. Amounts go in as 元 (万元 times 10,000), indicators get ids I1..In.
 */
public final class SeedForms {
    public static final String ANTING = "anting-2024";
    public static final String SONGJIANG = "songjiang-2023";
    public static final Path DIR = Path.of("../deploy/src/main/resources/demo/fixtures");
    public static final Actor SEEDER = Actor.system("seed forms");

    private static final Map<String, String> UNIT_IDS = Map.of(
            "上海市嘉定区安亭镇人民政府", "AT-GOV",
            "上海市嘉定区安亭镇城市运行管理中心", "AT-CENTER",
            "上海市松江区人民政府办公室", "SJ-OFFICE",
            "上海市松江区大数据中心", "SJ-BIGDATA");
    private static List<SeedForm> all;

    private SeedForms() {
    }

    public static synchronized List<SeedForm> all() {
        if (all == null) {
            List<SeedForm> forms = new ArrayList<>(load(ANTING));
            forms.addAll(load(SONGJIANG));
            all = List.copyOf(forms);
        }
        return all;
    }

    public static SeedForm get(String file, String projectName) {
        return all().stream().filter(f -> f.file().equals(file) && f.projectName().equals(projectName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No seed form " + file + " / " + projectName));
    }

    public static EvaluationState state(String file, String projectName) {
        return get(file, projectName).state();
    }

    /** "4,514.45" -> 4514.45; null or blank -> null. */
    public static BigDecimal amount(String text) {
        return text == null || text.isBlank() ? null : new BigDecimal(text.replace(",", "").trim());
    }

    private static List<SeedForm> load(String file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(DIR.resolve(file + ".json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AmountUnit unit = AmountUnit.valueOf(root.path("amountUnit").asText());
        List<SeedForm> forms = new ArrayList<>();
        JsonNode evaluations = root.path("evaluations");
        for (int index = 0; index < evaluations.size(); index++) {
            JsonNode form = evaluations.get(index);
            EvaluationDraftedEvent drafted = drafted(file + "-" + (index + 1), form, unit);
            forms.add(new SeedForm(file, index, form, EvaluationFold.evolve(EvaluationState.EMPTY, drafted)));
        }
        return forms;
    }

    private static EvaluationDraftedEvent drafted(String id, JsonNode form, AmountUnit unit) {
        JsonNode funds = form.path("funds");
        List<Indicator> indicators = new ArrayList<>();
        JsonNode rows = form.path("indicators");
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            indicators.add(new Indicator(EvaluationFold.indicatorId(i + 1), text(row, "level1"), text(row, "level2"),
                    text(row, "name"), text(row, "target"), amount(text(row, "weight")), text(row, "actual"),
                    amount(text(row, "score")), text(row, "deviation")));
        }
        return new EvaluationDraftedEvent(id, form.path("fiscalYear").asInt(), text(form, "projectName"), null,
                unitId(text(form, "competentDepartment")), unitId(text(form, "implementingUnit")), unit, "NATIONAL",
                new Funds(line(funds.path("total"), unit), line(funds.path("currentYearAppropriation"), unit),
                        line(funds.path("carryover"), unit), line(funds.path("other"), unit)),
                new Goals(text(form.path("goals"), "expected"), text(form.path("goals"), "actual")),
                indicators, "seed:" + id, SEEDER);
    }

    private static FundLine line(JsonNode row, AmountUnit unit) {
        return new FundLine(unit.toYuan(amount(text(row, "initialBudget"))),
                unit.toYuan(amount(text(row, "adjustedBudget"))), unit.toYuan(amount(text(row, "executed"))));
    }

    private static String unitId(String name) {
        return name == null ? null : UNIT_IDS.getOrDefault(name, name);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }
}

package io.jixiao.command.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.DraftEvaluationCommand;
import io.jixiao.kernel.evaluation.FundLine;
import io.jixiao.kernel.evaluation.FundSource;
import io.jixiao.kernel.evaluation.Funds;
import io.jixiao.kernel.evaluation.Goals;
import io.jixiao.kernel.evaluation.IndicatorInput;
import io.jixiao.kernel.organization.Actor;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.organization.Unit;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads forms in the JSON shape of the published-form transcriptions ({@code {amountUnit, evaluations: [...]}})
 * into draft commands, resolving the units by their printed names.
 */
public final class FixtureForms {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FixtureForms() {
    }

    /** One form of a file, ready to become a draft command once we know who drafts it. */
    public record FixtureForm(String evaluationId, int index, String source, DraftEvaluationCommand draft) {
    }

    public static List<FixtureForm> read(InputStream json, String fileName, Organization organization,
                                         Function<String, Actor> fillerOfUnit) throws IOException {
        List<FixtureForm> forms = new ArrayList<>();
        List<FormReading> readings = contents(json, fileName);
        for (int i = 0; i < readings.size(); i++) {
            FormReading reading = readings.get(i);
            if (!reading.readable()) {
                throw new IllegalArgumentException(reading.form() + ": " + reading.problems());
            }
            FormContent form = reading.content();
            String source = reading.form();
            String implementing = unitNamed(organization, form.implementingUnitName(), source);
            String department = unitNamed(organization, form.competentDepartmentName(), source);
            String evaluationId = UUID.nameUUIDFromBytes(("fixture:" + source).getBytes(StandardCharsets.UTF_8))
                    .toString();
            forms.add(new FixtureForm(evaluationId, i, source, new DraftEvaluationCommand(evaluationId,
                    form.fiscalYear(), form.projectName(), form.projectCode(), department, implementing,
                    form.amountUnit(), null, form.funds(), form.goals(), form.indicators(), source,
                    fillerOfUnit.apply(implementing))));
        }
        return forms;
    }

    /**
     * Every form of a file in this shape, units by name; a form whose figures cannot be read (an amount that is
     * not a number, no fiscal year) comes with its problems, naming the field.
     */
    public static List<FormReading> contents(InputStream json, String fileName) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            return List.of(new FormReading(fileName, null, List.of(new ImportProblem(fileName, null, null,
                    "The file is not JSON.", "文件不是有效的 JSON。"))));
        }
        JsonNode evaluations = root == null ? null : root.path("evaluations");
        if (evaluations == null || !evaluations.isArray()) {
            return List.of(new FormReading(fileName, null, List.of(new ImportProblem(fileName, null, "evaluations",
                    "The file has no \"evaluations\" list.", "文件中没有 evaluations 列表。"))));
        }
        AmountUnit unit;
        try {
            unit = AmountUnit.valueOf(root.path("amountUnit").asText("YUAN"));
        } catch (IllegalArgumentException e) {
            return List.of(new FormReading(fileName, null, List.of(new ImportProblem(fileName, null, "amountUnit",
                    "amountUnit must be YUAN or TEN_THOUSAND_YUAN.", "amountUnit 应为 YUAN（元）或 TEN_THOUSAND_YUAN（万元）。"))));
        }
        List<FormReading> readings = new ArrayList<>();
        for (int i = 0; i < evaluations.size(); i++) {
            JsonNode form = evaluations.get(i);
            String source = fileName + "#" + (i + 1);
            List<ImportProblem> problems = new ArrayList<>();
            Amounts amounts = new Amounts(source, problems);
            if (!form.path("fiscalYear").canConvertToInt()) {
                problems.add(new ImportProblem(source, null, "fiscalYear", "fiscalYear is missing or not a year.",
                        "缺少年度或年度不是数字。"));
            }
            FormContent content = new FormContent(form.path("fiscalYear").asInt(), text(form, "projectName"),
                    text(form, "projectCode"), text(form, "competentDepartmentId"), text(form, "competentDepartment"),
                    text(form, "implementingUnitId"), text(form, "implementingUnit"), unit,
                    funds(form.path("funds"), amounts), goals(form.path("goals")),
                    indicators(form.path("indicators"), amounts));
            if (content.projectName() == null || content.projectName().isBlank()) {
                problems.add(new ImportProblem(source, null, "projectName", "projectName is missing.", "缺少项目名称。"));
            }
            readings.add(new FormReading(source, content, problems));
        }
        return readings;
    }

    private static String unitNamed(Organization organization, String name, String source) {
        Optional<Unit> unit = organization.units().stream().filter(u -> u.name().equals(name)).findFirst();
        return unit.map(Unit::id).orElseThrow(() -> new IllegalArgumentException(
                source + ": no unit named " + name + " in the organization"));
    }

    private static Funds funds(JsonNode funds, Amounts amounts) {
        Funds result = Funds.BLANK;
        for (FundSource source : FundSource.values()) {
            JsonNode row = funds.path(source.apiName());
            if (!row.isMissingNode() && !row.isNull()) {
                String path = "funds." + source.apiName() + ".";
                result = result.with(source, new FundLine(amounts.of(row, "initialBudget", path),
                        amounts.of(row, "adjustedBudget", path), amounts.of(row, "executed", path)));
            }
        }
        return result;
    }

    private static Goals goals(JsonNode goals) {
        return new Goals(text(goals, "expected"), text(goals, "actual"));
    }

    private static List<IndicatorInput> indicators(JsonNode rows, Amounts amounts) {
        List<IndicatorInput> inputs = new ArrayList<>();
        int i = 0;
        for (JsonNode row : rows) {
            String path = "indicators[" + i++ + "].";
            inputs.add(new IndicatorInput(text(row, "level1"), text(row, "level2"), text(row, "name"),
                    text(row, "target"), amounts.of(row, "weight", path), text(row, "actual"),
                    amounts.of(row, "score", path), text(row, "deviation")));
        }
        return inputs;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    /** Printed amounts carry thousands separators ("4,514.45"); blank cells are null; anything else is a problem. */
    private record Amounts(String form, List<ImportProblem> problems) {
        BigDecimal of(JsonNode node, String field, String path) {
            String text = text(node, field);
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return new BigDecimal(text.replace(",", "").strip());
            } catch (NumberFormatException e) {
                problems.add(new ImportProblem(form, null, path + field, path + field + " is not a number: " + text,
                        path + field + " 不是数字：" + text));
                return null;
            }
        }
    }
}

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
        JsonNode root = JSON.readTree(json);
        AmountUnit unit = AmountUnit.valueOf(root.path("amountUnit").asText("YUAN"));
        List<FixtureForm> forms = new ArrayList<>();
        JsonNode evaluations = root.path("evaluations");
        for (int i = 0; i < evaluations.size(); i++) {
            JsonNode form = evaluations.get(i);
            String source = fileName + "#" + (i + 1);
            String implementing = unitNamed(organization, form.path("implementingUnit").asText(), source);
            String department = unitNamed(organization, form.path("competentDepartment").asText(), source);
            String evaluationId = UUID.nameUUIDFromBytes(("fixture:" + source).getBytes(StandardCharsets.UTF_8))
                    .toString();
            forms.add(new FixtureForm(evaluationId, i, source, new DraftEvaluationCommand(evaluationId,
                    form.path("fiscalYear").asInt(), text(form, "projectName"), text(form, "projectCode"), department,
                    implementing, unit, null, funds(form.path("funds")), goals(form.path("goals")),
                    indicators(form.path("indicators")), source, fillerOfUnit.apply(implementing))));
        }
        return forms;
    }

    private static String unitNamed(Organization organization, String name, String source) {
        Optional<Unit> unit = organization.units().stream().filter(u -> u.name().equals(name)).findFirst();
        return unit.map(Unit::id).orElseThrow(() -> new IllegalArgumentException(
                source + ": no unit named " + name + " in the organization"));
    }

    private static Funds funds(JsonNode funds) {
        Funds result = Funds.BLANK;
        for (FundSource source : FundSource.values()) {
            JsonNode row = funds.path(source.apiName());
            if (!row.isMissingNode() && !row.isNull()) {
                result = result.with(source, new FundLine(amount(row, "initialBudget"), amount(row, "adjustedBudget"),
                        amount(row, "executed")));
            }
        }
        return result;
    }

    private static Goals goals(JsonNode goals) {
        return new Goals(text(goals, "expected"), text(goals, "actual"));
    }

    private static List<IndicatorInput> indicators(JsonNode rows) {
        List<IndicatorInput> inputs = new ArrayList<>();
        for (JsonNode row : rows) {
            inputs.add(new IndicatorInput(text(row, "level1"), text(row, "level2"), text(row, "name"),
                    text(row, "target"), amount(row, "weight"), text(row, "actual"), amount(row, "score"),
                    text(row, "deviation")));
        }
        return inputs;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    /** Printed amounts carry thousands separators ("4,514.45"); blank cells are null. */
    private static BigDecimal amount(JsonNode node, String field) {
        String text = text(node, field);
        if (text == null || text.isBlank()) {
            return null;
        }
        return new BigDecimal(text.replace(",", "").strip());
    }
}

package io.jixiao.query.exports;

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
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Forms of the Anting 2024 fixture (a copy of deploy's, as query-side tests cannot read deploy's resources) as
 * the kernel's fold makes them from a drafted event, with the unit names the fixture prints.
 */
final class PdfFixtureForms {
    private PdfFixtureForms() {
    }

    static ExportedForm anting(String projectName) {
        JsonNode root = read("/pdf/anting-2024.json");
        AmountUnit unit = AmountUnit.valueOf(root.path("amountUnit").asText());
        JsonNode evaluations = root.path("evaluations");
        for (int i = 0; i < evaluations.size(); i++) {
            JsonNode form = evaluations.get(i);
            if (form.path("projectName").asText().equals(projectName)) {
                return exported("anting-2024-" + (i + 1), form, unit);
            }
        }
        throw new IllegalArgumentException("No Anting 2024 form " + projectName);
    }

    /** The form with its indicators replaced (ids I1..In), as a form amended to have them would be. */
    static ExportedForm withIndicators(ExportedForm form, List<Indicator> indicators) {
        EvaluationState s = form.state();
        EvaluationDraftedEvent drafted = new EvaluationDraftedEvent(s.evaluationId(), s.fiscalYear(), s.projectName(),
                s.projectCode(), s.competentDepartmentId(), s.implementingUnitId(), s.amountUnit(), s.scoringPolicy(),
                s.funds(), s.goals(), indicators, s.source(), s.createdBy());
        return new ExportedForm(EvaluationFold.evolve(EvaluationState.EMPTY, drafted), form.competentDepartmentName(),
                form.implementingUnitName());
    }

    /** The form under another project name, as drafted with it. */
    static ExportedForm renamed(ExportedForm form, String projectName) {
        EvaluationState s = form.state();
        EvaluationDraftedEvent drafted = new EvaluationDraftedEvent(s.evaluationId(), s.fiscalYear(), projectName,
                s.projectCode(), s.competentDepartmentId(), s.implementingUnitId(), s.amountUnit(), s.scoringPolicy(),
                s.funds(), s.goals(), s.indicators(), s.source(), s.createdBy());
        return new ExportedForm(EvaluationFold.evolve(EvaluationState.EMPTY, drafted), form.competentDepartmentName(),
                form.implementingUnitName());
    }

    private static ExportedForm exported(String id, JsonNode form, AmountUnit unit) {
        JsonNode funds = form.path("funds");
        List<Indicator> indicators = new ArrayList<>();
        JsonNode rows = form.path("indicators");
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            indicators.add(new Indicator(EvaluationFold.indicatorId(i + 1), text(row, "level1"), text(row, "level2"),
                    text(row, "name"), text(row, "target"), amount(text(row, "weight")), text(row, "actual"),
                    amount(text(row, "score")), text(row, "deviation")));
        }
        EvaluationDraftedEvent drafted = new EvaluationDraftedEvent(id, form.path("fiscalYear").asInt(),
                text(form, "projectName"), null, "AT-GOV", "AT-CENTER", unit, "NATIONAL",
                new Funds(line(funds.path("total"), unit), line(funds.path("currentYearAppropriation"), unit),
                        line(funds.path("carryover"), unit), line(funds.path("other"), unit)),
                new Goals(text(form.path("goals"), "expected"), text(form.path("goals"), "actual")),
                indicators, "fixture:" + id, Actor.system("pdf test"));
        return new ExportedForm(EvaluationFold.evolve(EvaluationState.EMPTY, drafted),
                text(form, "competentDepartment"), text(form, "implementingUnit"));
    }

    private static FundLine line(JsonNode row, AmountUnit unit) {
        return new FundLine(unit.toYuan(amount(text(row, "initialBudget"))),
                unit.toYuan(amount(text(row, "adjustedBudget"))), unit.toYuan(amount(text(row, "executed"))));
    }

    private static BigDecimal amount(String text) {
        return text == null || text.isBlank() ? null : new BigDecimal(text.replace(",", "").trim());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }

    private static JsonNode read(String resource) {
        try (InputStream in = PdfFixtureForms.class.getResourceAsStream(resource)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.jixiao.command.evaluation;

import io.jixiao.command.web.CommandSender;
import io.jixiao.kernel.evaluation.AddIndicatorCommand;
import io.jixiao.kernel.evaluation.AmendActualValueCommand;
import io.jixiao.kernel.evaluation.AmendFundsCommand;
import io.jixiao.kernel.evaluation.AmendGoalsCommand;
import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.ChangeIndicatorCommand;
import io.jixiao.kernel.evaluation.DraftEvaluationCommand;
import io.jixiao.kernel.evaluation.FieldAt;
import io.jixiao.kernel.evaluation.FormField;
import io.jixiao.kernel.evaluation.FundLine;
import io.jixiao.kernel.evaluation.FundSource;
import io.jixiao.kernel.evaluation.Funds;
import io.jixiao.kernel.evaluation.Goals;
import io.jixiao.kernel.evaluation.IndicatorInput;
import io.jixiao.kernel.evaluation.InputRules;
import io.jixiao.kernel.evaluation.RemoveIndicatorCommand;
import io.jixiao.kernel.evaluation.ScoreIndicatorCommand;
import io.jixiao.kernel.organization.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.jixiao.command.web.RequestValues.expectedVersion;
import static io.jixiao.kernel.evaluation.InputRules.decimal;

/** HTTP for drafting and amending a form (docs/DOMAIN.md "Workflow"). Decisions are the aggregate's. */
@RestController
public class EvaluationCommandController {
    private final CommandSender commands;

    public EvaluationCommandController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping("/api/evaluations")
    @ResponseStatus(HttpStatus.CREATED)
    public Mono<CommandOutcome> draft(@RequestBody EvaluationRequests.Draft body) {
        String evaluationId = UUID.randomUUID().toString();
        AmountUnit unit = amountUnit(body.amountUnit());
        return commands.<Object>send(actor -> draftCommand(evaluationId, body, unit, actor))
                .map(created -> CommandOutcome.of(evaluationId, 1));
    }

    @PutMapping("/api/evaluations/{id}/funds/{source}")
    public Mono<CommandOutcome> amendFunds(@PathVariable String id, @PathVariable String source,
                                           @RequestBody EvaluationRequests.AmendFunds body) {
        FundSource row = FundSource.fromApiName(source)
                .orElseThrow(() -> InputRules.unknownFundsRow("source", source));
        var initialBudget = decimal(fundsField(FormField.FUNDS_INITIAL_BUDGET, "initialBudget", row),
                body.initialBudget());
        var adjustedBudget = decimal(fundsField(FormField.FUNDS_ADJUSTED_BUDGET, "adjustedBudget", row),
                body.adjustedBudget());
        var executed = decimal(fundsField(FormField.FUNDS_EXECUTED, "executed", row), body.executed());
        long version = expectedVersion(body.expectedVersion());
        return commands.send(actor -> new AmendFundsCommand(id, row, initialBudget, adjustedBudget, executed,
                body.reason(), version, actor));
    }

    @PutMapping("/api/evaluations/{id}/goals")
    public Mono<CommandOutcome> amendGoals(@PathVariable String id, @RequestBody EvaluationRequests.AmendGoals body) {
        long version = expectedVersion(body.expectedVersion());
        return commands.send(actor -> new AmendGoalsCommand(id, body.expected(), body.actual(), body.reason(), version,
                actor));
    }

    @PostMapping("/api/evaluations/{id}/indicators")
    @ResponseStatus(HttpStatus.CREATED)
    public Mono<CommandOutcome> addIndicator(@PathVariable String id,
                                             @RequestBody EvaluationRequests.AddIndicator body) {
        long version = expectedVersion(body.expectedVersion());
        FieldAt weightField = FieldAt.of(FormField.INDICATOR_WEIGHT, "weight");
        var weight = InputRules.required(weightField, decimal(weightField, body.weight()));
        InputRules.required(FieldAt.of(FormField.INDICATOR_NAME, "name"), body.name());
        return commands.send(actor -> new AddIndicatorCommand(id, body.level1(), body.level2(), body.name(),
                body.target(), weight, body.reason(), version, actor));
    }

    @PutMapping("/api/evaluations/{id}/indicators/{indicatorId}")
    public Mono<CommandOutcome> changeIndicator(@PathVariable String id, @PathVariable String indicatorId,
                                                @RequestBody EvaluationRequests.ChangeIndicator body) {
        long version = expectedVersion(body.expectedVersion());
        var weight = decimal(FieldAt.of(FormField.INDICATOR_WEIGHT, "weight").with("indicatorId", indicatorId),
                body.weight());
        return commands.send(actor -> new ChangeIndicatorCommand(id, indicatorId, body.level1(), body.level2(),
                body.name(), body.target(), weight, body.reason(), version, actor));
    }

    @DeleteMapping("/api/evaluations/{id}/indicators/{indicatorId}")
    public Mono<CommandOutcome> removeIndicator(@PathVariable String id, @PathVariable String indicatorId,
                                                @RequestParam(required = false) Long expectedVersion,
                                                @RequestParam(required = false) String reason) {
        long version = expectedVersion(expectedVersion);
        return commands.send(actor -> new RemoveIndicatorCommand(id, indicatorId, reason, version, actor));
    }

    @PutMapping("/api/evaluations/{id}/indicators/{indicatorId}/actual")
    public Mono<CommandOutcome> amendActual(@PathVariable String id, @PathVariable String indicatorId,
                                            @RequestBody EvaluationRequests.AmendActual body) {
        long version = expectedVersion(body.expectedVersion());
        return commands.send(actor -> new AmendActualValueCommand(id, indicatorId, body.actual(), body.reason(),
                version, actor));
    }

    @PutMapping("/api/evaluations/{id}/indicators/{indicatorId}/score")
    public Mono<CommandOutcome> score(@PathVariable String id, @PathVariable String indicatorId,
                                      @RequestBody EvaluationRequests.Score body) {
        long version = expectedVersion(body.expectedVersion());
        FieldAt scoreField = FieldAt.of(FormField.INDICATOR_SCORE, "score").with("indicatorId", indicatorId);
        var score = InputRules.required(scoreField, decimal(scoreField, body.score()));
        return commands.send(actor -> new ScoreIndicatorCommand(id, indicatorId, score, body.deviation(),
                body.reason(), version, actor));
    }

    static DraftEvaluationCommand draftCommand(String evaluationId, EvaluationRequests.Draft body, AmountUnit unit,
                                               Actor actor) {
        int year = InputRules.required(FieldAt.of(FormField.FISCAL_YEAR, "fiscalYear"), body.fiscalYear());
        return new DraftEvaluationCommand(evaluationId, year,
                InputRules.required(FieldAt.of(FormField.PROJECT_NAME, "projectName"), body.projectName()),
                body.projectCode(), InputRules.required(FieldAt.of(FormField.COMPETENT_DEPARTMENT_ID,
                        "competentDepartmentId"), body.competentDepartmentId()),
                InputRules.required(FieldAt.of(FormField.IMPLEMENTING_UNIT_ID, "implementingUnitId"),
                        body.implementingUnitId()), unit, body.scoringPolicy(),
                funds(body.funds()), body.goals() == null ? null : new Goals(body.goals().expected(),
                body.goals().actual()), indicators(body.indicators()), "api", actor);
    }

    private static AmountUnit amountUnit(String value) {
        FieldAt field = FieldAt.of(FormField.AMOUNT_UNIT, "amountUnit");
        String name = InputRules.required(field, value);
        return Arrays.stream(AmountUnit.values()).filter(u -> u.name().equals(name)).findFirst()
                .orElseThrow(() -> field.invalid("amountUnit must be YUAN or TEN_THOUSAND_YUAN.",
                        "金额单位应为 YUAN（元）或 TEN_THOUSAND_YUAN（万元）。"));
    }

    private static Funds funds(Map<String, EvaluationRequests.FundRow> rows) {
        Funds funds = Funds.BLANK;
        if (rows == null) {
            return funds;
        }
        for (var entry : rows.entrySet()) {
            FundSource source = FundSource.fromApiName(entry.getKey())
                    .orElseThrow(() -> InputRules.unknownFundsRow("funds." + entry.getKey(), entry.getKey()));
            var row = entry.getValue();
            if (row == null) {
                continue;
            }
            funds = funds.with(source, new FundLine(
                    decimal(FieldAt.fundsRow(FormField.FUNDS_INITIAL_BUDGET, source, "initialBudget"),
                            row.initialBudget()),
                    decimal(FieldAt.fundsRow(FormField.FUNDS_ADJUSTED_BUDGET, source, "adjustedBudget"),
                            row.adjustedBudget()),
                    decimal(FieldAt.fundsRow(FormField.FUNDS_EXECUTED, source, "executed"), row.executed())));
        }
        return funds;
    }

    private static List<IndicatorInput> indicators(List<EvaluationRequests.IndicatorRow> rows) {
        List<IndicatorInput> inputs = new ArrayList<>();
        if (rows == null) {
            return inputs;
        }
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            if (row == null) {
                throw new FieldAt(FormField.INDICATOR, "indicators[" + i + "]", Map.of("index", i))
                        .invalid("An indicator is empty.", "指标内容为空。");
            }
            inputs.add(new IndicatorInput(row.level1(), row.level2(), row.name(), row.target(),
                    decimal(FieldAt.indicatorInList(FormField.INDICATOR_WEIGHT, i, "weight"), row.weight()),
                    row.actual(), decimal(FieldAt.indicatorInList(FormField.INDICATOR_SCORE, i, "score"), row.score()),
                    row.deviation()));
        }
        return inputs;
    }

    private static FieldAt fundsField(FormField field, String path, FundSource row) {
        return FieldAt.of(field, path).with("row", row.apiName());
    }
}

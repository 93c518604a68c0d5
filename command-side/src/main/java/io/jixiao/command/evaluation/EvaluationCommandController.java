package io.jixiao.command.evaluation;

import io.jixiao.command.web.CommandSender;
import io.jixiao.kernel.evaluation.AddIndicatorCommand;
import io.jixiao.kernel.evaluation.AmendActualValueCommand;
import io.jixiao.kernel.evaluation.AmendFundsCommand;
import io.jixiao.kernel.evaluation.AmendGoalsCommand;
import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.ChangeIndicatorCommand;
import io.jixiao.kernel.evaluation.DraftEvaluationCommand;
import io.jixiao.kernel.evaluation.FundLine;
import io.jixiao.kernel.evaluation.FundSource;
import io.jixiao.kernel.evaluation.Funds;
import io.jixiao.kernel.evaluation.Goals;
import io.jixiao.kernel.evaluation.IndicatorInput;
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

import static io.jixiao.command.web.RequestValues.decimal;
import static io.jixiao.command.web.RequestValues.expectedVersion;
import static io.jixiao.command.web.RequestValues.invalid;
import static io.jixiao.command.web.RequestValues.required;

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
        FundSource row = FundSource.fromApiName(source).orElseThrow(() -> invalid("source",
                "Unknown funds row " + source + "; use total, currentYearAppropriation, carryover or other.",
                "资金来源 " + source + " 不存在，应为 total、currentYearAppropriation、carryover 或 other。"));
        var initialBudget = decimal("initialBudget", body.initialBudget());
        var adjustedBudget = decimal("adjustedBudget", body.adjustedBudget());
        var executed = decimal("executed", body.executed());
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
        var weight = required("weight", decimal("weight", body.weight()));
        required("name", body.name());
        return commands.send(actor -> new AddIndicatorCommand(id, body.level1(), body.level2(), body.name(),
                body.target(), weight, body.reason(), version, actor));
    }

    @PutMapping("/api/evaluations/{id}/indicators/{indicatorId}")
    public Mono<CommandOutcome> changeIndicator(@PathVariable String id, @PathVariable String indicatorId,
                                                @RequestBody EvaluationRequests.ChangeIndicator body) {
        long version = expectedVersion(body.expectedVersion());
        var weight = decimal("weight", body.weight());
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
        var score = required("score", decimal("score", body.score()));
        return commands.send(actor -> new ScoreIndicatorCommand(id, indicatorId, score, body.deviation(),
                body.reason(), version, actor));
    }

    static DraftEvaluationCommand draftCommand(String evaluationId, EvaluationRequests.Draft body, AmountUnit unit,
                                               Actor actor) {
        int year = required("fiscalYear", body.fiscalYear());
        return new DraftEvaluationCommand(evaluationId, year, required("projectName", body.projectName()),
                body.projectCode(), required("competentDepartmentId", body.competentDepartmentId()),
                required("implementingUnitId", body.implementingUnitId()), unit, body.scoringPolicy(),
                funds(body.funds()), body.goals() == null ? null : new Goals(body.goals().expected(),
                body.goals().actual()), indicators(body.indicators()), "api", actor);
    }

    private static AmountUnit amountUnit(String value) {
        String name = required("amountUnit", value);
        return Arrays.stream(AmountUnit.values()).filter(u -> u.name().equals(name)).findFirst()
                .orElseThrow(() -> invalid("amountUnit", "amountUnit must be YUAN or TEN_THOUSAND_YUAN.",
                        "金额单位应为 YUAN（元）或 TEN_THOUSAND_YUAN（万元）。"));
    }

    private static Funds funds(Map<String, EvaluationRequests.FundRow> rows) {
        Funds funds = Funds.BLANK;
        if (rows == null) {
            return funds;
        }
        for (var entry : rows.entrySet()) {
            FundSource source = FundSource.fromApiName(entry.getKey()).orElseThrow(() -> invalid("funds",
                    "Unknown funds row " + entry.getKey() + ".", "资金来源 " + entry.getKey() + " 不存在。"));
            var row = entry.getValue();
            if (row == null) {
                continue;
            }
            String prefix = "funds." + source.apiName() + ".";
            funds = funds.with(source, new FundLine(decimal(prefix + "initialBudget", row.initialBudget()),
                    decimal(prefix + "adjustedBudget", row.adjustedBudget()),
                    decimal(prefix + "executed", row.executed())));
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
            String prefix = "indicators[" + i + "].";
            if (row == null) {
                throw invalid("indicators[" + i + "]", "An indicator is empty.", "指标内容为空。");
            }
            inputs.add(new IndicatorInput(row.level1(), row.level2(), row.name(), row.target(),
                    decimal(prefix + "weight", row.weight()), row.actual(), decimal(prefix + "score", row.score()),
                    row.deviation()));
        }
        return inputs;
    }
}

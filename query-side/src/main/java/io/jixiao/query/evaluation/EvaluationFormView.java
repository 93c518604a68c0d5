package io.jixiao.query.evaluation;

import io.jixiao.kernel.approval.ReviewStep;
import io.jixiao.kernel.checks.CheckResult;
import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.evaluation.FundLine;
import io.jixiao.kernel.evaluation.FundSource;
import io.jixiao.kernel.evaluation.Indicator;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.scoring.ScoreSheet;
import io.jixiao.kernel.scoring.SuggestedScore;
import org.bson.Document;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The form as docs/DOMAIN.md "The form as answered" describes it, computed from the folded state: {@link #of} what
 * is stored, a function of the state alone; {@link #answered} that with what it takes from the organization
 * ({@link AnsweredForm}).
 */
public final class EvaluationFormView {
    private static final DateTimeFormatter ISO_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private final Organization organization;
    private final EvaluationRules rules;

    public EvaluationFormView(Organization organization, EvaluationRules rules) {
        this.organization = organization;
        this.rules = rules;
    }

    /** The form as answered now: the names of its units and who must act next from the organization as it is. */
    public Document answered(EvaluationState state, Instant changedAt) {
        return AnsweredForm.with(of(state, changedAt), organization, NextActors.of(state, organization));
    }

    /** The form as stored: without the unit names and the people who must act next, which go stale. */
    public Document of(EvaluationState state, Instant changedAt) {
        ScoreSheet sheet = rules.score(state);
        return new Document("evaluationId", state.evaluationId())
                .append("version", state.version())
                .append("fiscalYear", state.fiscalYear())
                .append("projectName", state.projectName())
                .append("projectCode", state.projectCode())
                .append("competentDepartmentId", state.competentDepartmentId())
                .append("implementingUnitId", state.implementingUnitId())
                .append("amountUnit", state.amountUnit().name())
                .append("status", state.status().name())
                .append("reviewLevel", state.currentStep().map(ReviewStep::level).map(Enum::name).orElse(null))
                .append("funds", funds(state))
                .append("budgetExecution", new Document("weight", Decimals.weight(sheet.budgetWeight()))
                        .append("rate", Decimals.score(sheet.executionRate()))
                        .append("score", Decimals.score(sheet.budgetScore())))
                .append("goals", new Document("expected", state.goals().expected())
                        .append("actual", state.goals().actual()))
                .append("indicators", state.indicators().stream().map(i -> indicator(i, sheet)).toList())
                .append("totalScore", Decimals.score(sheet.totalScore()))
                .append("grade", sheet.grade() == null ? null : sheet.grade().label())
                .append("checks", checks(state))
                .append("lastChangedAt", ISO_TIME.format(changedAt.atOffset(ZoneOffset.UTC)));
    }

    private Document funds(EvaluationState state) {
        AmountUnit unit = state.amountUnit();
        Document funds = new Document();
        for (FundSource source : FundSource.values()) {
            FundLine line = state.funds().line(source);
            funds.append(source.apiName(), new Document("initialBudget", amount(unit, line.initialBudget()))
                    .append("adjustedBudget", amount(unit, line.adjustedBudget()))
                    .append("executed", amount(unit, line.executed()))
                    .append("executionRate", Decimals.score(rules.executionRate(line))));
        }
        return funds;
    }

    private static String amount(AmountUnit unit, BigDecimal yuan) {
        return Decimals.amount(unit.fromYuan(yuan));
    }

    private static Document indicator(Indicator indicator, ScoreSheet sheet) {
        SuggestedScore suggested = sheet.suggestions().get(indicator.indicatorId());
        return new Document("indicatorId", indicator.indicatorId())
                .append("level1", indicator.level1())
                .append("level2", indicator.level2())
                .append("name", indicator.name())
                .append("target", indicator.target())
                .append("actual", indicator.actual())
                .append("weight", Decimals.weight(indicator.weight()))
                .append("score", Decimals.score(indicator.score()))
                .append("suggestedScore", suggested == null ? null
                        : new Document("min", Decimals.score(suggested.min()))
                        .append("max", Decimals.score(suggested.max()))
                        .append("basis", suggested.basis()))
                .append("deviation", indicator.deviation());
    }

    private List<Document> checks(EvaluationState state) {
        return rules.checks(state).stream().map(EvaluationFormView::check).toList();
    }

    private static Document check(CheckResult check) {
        return new Document("code", check.code())
                .append("message", check.message())
                .append("messageZh", check.messageZh())
                .append("indicatorId", check.indicatorId())
                .append("field", check.field());
    }
}

package io.jixiao.query.comparison;

import io.jixiao.kernel.evaluation.NormalizedNames;
import io.jixiao.kernel.comparison.CompareProjectYearsQuery;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.evaluation.Indicator;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.organization.Unit;
import io.jixiao.kernel.scoring.ScoreSheet;
import io.jixiao.kernel.scoring.Scoring;
import io.jixiao.kernel.scoring.ScoringPolicy;
import io.jixiao.query.dashboard.DashboardFormStore;
import io.jixiao.query.dashboard.FormRecord;
import io.jixiao.query.dashboard.Money;
import io.jixiao.query.dashboard.Numbers;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds one project of a unit across years through {@link ProjectYearsIndex} (exact keys) and computes each
 * year's figures with the kernel from the form states the dashboards keep. Matching: the forms carrying the code
 * asked for; then forms without a code whose normalized name is the one asked for or that of a form matched by
 * code. Asked by name only, every form of that normalized name matches, whatever its code.
 */
@Component
public class ProjectComparisons {
    private final ProjectYearsIndex index;
    private final DashboardFormStore forms;
    private final Organization organization;

    public ProjectComparisons(ProjectYearsIndex index, DashboardFormStore forms, Organization organization) {
        this.index = index;
        this.forms = forms;
        this.organization = organization;
    }

    @QueryHandler
    public Optional<ProjectComparison> compare(CompareProjectYearsQuery query) {
        Map<String, Match> matches = find(query);
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        List<Match> inOrder = matches.values().stream()
                .sorted(Comparator.comparingInt((Match m) -> m.state().fiscalYear())
                        .thenComparing(m -> m.state().evaluationId()))
                .toList();
        EvaluationState latest = inOrder.get(inOrder.size() - 1).state();
        String code = NormalizedNames.code(query.projectCode()) != null ? query.projectCode().trim()
                : latest.projectCode();
        return Optional.of(new ProjectComparison(query.unitId(),
                organization.unit(query.unitId()).map(Unit::name).orElse(null), code, latest.projectName(),
                MatchedBy.overall(inOrder.stream().map(Match::matchedBy).toList()),
                inOrder.stream().map(ProjectComparisons::year).toList(), indicators(inOrder)));
    }

    private Map<String, Match> find(CompareProjectYearsQuery query) {
        String unitId = query.unitId();
        String code = NormalizedNames.code(query.projectCode());
        Map<String, Match> matches = new LinkedHashMap<>();
        Set<String> names = new LinkedHashSet<>();
        if (query.projectName() != null && !query.projectName().isBlank()) {
            names.add(NormalizedNames.of(query.projectName()));
        }
        if (code != null) {
            for (ProjectYearsIndex.IndexedForm listed : index.forms(ProjectYearsIndex.codeKey(unitId, code))) {
                state(listed.evaluationId()).ifPresent(state -> {
                    matches.put(state.evaluationId(), new Match(state, MatchedBy.PROJECT_CODE));
                    names.add(NormalizedNames.of(state.projectName()));
                });
            }
        }
        for (String name : names) {
            for (ProjectYearsIndex.IndexedForm listed : index.forms(ProjectYearsIndex.nameKey(unitId, name))) {
                if (matches.containsKey(listed.evaluationId())) {
                    continue;
                }
                state(listed.evaluationId())
                        // Asked by code, a form with another code is another project of the same name.
                        .filter(state -> code == null || NormalizedNames.code(state.projectCode()) == null)
                        .ifPresent(state -> matches.put(state.evaluationId(),
                                new Match(state, MatchedBy.NORMALIZED_NAME)));
            }
        }
        return matches;
    }

    private Optional<EvaluationState> state(String evaluationId) {
        return forms.find(evaluationId).map(FormRecord::state);
    }

    private static ProjectYear year(Match match) {
        EvaluationState state = match.state();
        ScoreSheet sheet = Scoring.score(state, ScoringPolicy.byName(state.scoringPolicy()));
        return new ProjectYear(state.fiscalYear(), state.evaluationId(), match.matchedBy(), state.projectName(),
                state.projectCode(), state.status().name(), state.version(), state.amountUnit().name(),
                Money.of(state.funds().total().adjustedBudget()), Money.of(state.funds().total().executed()),
                Numbers.decimal(sheet.executionRate()), Numbers.weight(sheet.budgetWeight()),
                Numbers.decimal(sheet.budgetScore()), Numbers.decimal(sheet.totalScore()),
                sheet.grade() == null ? null : sheet.grade().label());
    }

    private static List<IndicatorAcrossYears> indicators(List<Match> inOrder) {
        Map<String, List<IndicatorYear>> years = new LinkedHashMap<>();
        Map<String, Indicator> latest = new HashMap<>();
        for (Match match : inOrder) {
            EvaluationState state = match.state();
            Map<String, Integer> seen = new HashMap<>();
            for (Indicator indicator : state.indicators()) {
                String normalized = NormalizedNames.of(indicator.name());
                int occurrence = seen.merge(normalized, 1, Integer::sum);
                String key = occurrence == 1 ? normalized : normalized + "#" + occurrence;
                years.computeIfAbsent(key, k -> new ArrayList<>()).add(new IndicatorYear(state.fiscalYear(),
                        state.evaluationId(), indicator.name(), indicator.target(), indicator.actual(),
                        Numbers.weight(indicator.weight()), Numbers.decimal(indicator.score())));
                latest.put(key, indicator);
            }
        }
        List<IndicatorAcrossYears> answer = new ArrayList<>();
        years.forEach((key, entries) -> {
            Indicator last = latest.get(key);
            answer.add(new IndicatorAcrossYears(key, last.name(), last.level1(), last.level2(), entries));
        });
        return answer;
    }

    private record Match(EvaluationState state, MatchedBy matchedBy) {
    }
}

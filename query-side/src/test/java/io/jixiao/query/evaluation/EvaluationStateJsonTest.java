package io.jixiao.query.evaluation;

import io.jixiao.kernel.approval.ReviewLevel;
import io.jixiao.kernel.approval.ReviewStep;
import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.evaluation.EvaluationStatus;
import io.jixiao.kernel.evaluation.FundLine;
import io.jixiao.kernel.evaluation.Funds;
import io.jixiao.kernel.evaluation.Goals;
import io.jixiao.kernel.evaluation.Indicator;
import io.jixiao.kernel.organization.Actor;
import io.jixiao.kernel.organization.Role;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluationStateJsonTest {
    private static final BigDecimal NOT_A_DOUBLE = new BigDecimal("12345678901234567.89");

    private static EvaluationState state(Set<String> changedBy) {
        return new EvaluationState("ev-1", 7, 2024, "项目", "P-1", "AT-GOV", "AT-CENTER", AmountUnit.TEN_THOUSAND_YUAN,
                "NATIONAL",
                new Funds(new FundLine(new BigDecimal("2.695E+5"), NOT_A_DOUBLE, new BigDecimal("0.10")), null, null, null),
                new Goals("预期", null),
                List.of(new Indicator("I1", "产出指标", "数量指标", "次数", ">=4次", new BigDecimal("10.00"), "4次",
                        new BigDecimal("9.5"), null)),
                2, EvaluationStatus.UNDER_REVIEW,
                List.of(new ReviewStep(ReviewLevel.UNIT, "AT-CENTER"), new ReviewStep(ReviewLevel.DEPARTMENT, "AT-GOV")),
                1, true, false, changedBy, 1, 0, "test",
                new Actor("at-center-filler", "填报人", "AT-CENTER", Set.of(Role.FILLER, Role.UNIT_REVIEWER)));
    }

    @Test
    void aStateReadBackIsEqualToTheStateWrittenDigitsAndScalesIncluded() {
        EvaluationState written = state(Set.of("at-center-filler", "at-center-reviewer"));

        EvaluationState read = EvaluationStateJson.read(EvaluationStateJson.write(written));

        assertThat(read).isEqualTo(written);
        assertThat(read.funds().total().initialBudget().scale()).isEqualTo(-2);
        assertThat(read.funds().total().adjustedBudget()).isEqualTo(NOT_A_DOUBLE);
        assertThat(read.funds().total().executed()).isEqualTo(new BigDecimal("0.10"));
    }

    @Test
    void setsAreWrittenSortedSoEveryJvmWritesTheSameText() {
        String json = EvaluationStateJson.write(state(Set.of("zeta", "alpha", "mid", "beta")));

        assertThat(json).contains("\"changedBy\":[\"alpha\",\"beta\",\"mid\",\"zeta\"]");
        assertThat(json).contains("\"roles\":[\"FILLER\",\"UNIT_REVIEWER\"]");
    }
}

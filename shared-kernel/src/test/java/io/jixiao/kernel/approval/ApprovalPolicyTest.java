package io.jixiao.kernel.approval;

import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.EvaluationDraftedEvent;
import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.evaluation.EvaluationFold;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.evaluation.Funds;
import io.jixiao.kernel.evaluation.Goals;
import io.jixiao.kernel.evaluation.GoalsAmendedEvent;
import io.jixiao.kernel.organization.Actor;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.organization.Person;
import io.jixiao.kernel.organization.Role;
import io.jixiao.kernel.organization.Unit;
import io.jixiao.kernel.organization.UnitKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The approval rules on a small district: a bureau JD-FIN, a competent department AT-GOV under it, an implementing
 * unit AT-CENTER under that, and SJ-OFFICE, a department that is its own implementing unit.
 */
class ApprovalPolicyTest {
    private static final List<Unit> UNITS = List.of(
            new Unit("JD-FIN", "嘉定区财政局", UnitKind.FINANCE_BUREAU, null),
            new Unit("AT-GOV", "安亭镇人民政府", UnitKind.COMPETENT_DEPARTMENT, "JD-FIN"),
            new Unit("AT-CENTER", "安亭镇城市运行管理中心", UnitKind.IMPLEMENTING_UNIT, "AT-GOV"),
            new Unit("SJ-OFFICE", "松江区人民政府办公室", UnitKind.COMPETENT_DEPARTMENT, "JD-FIN"));
    private static final Person FILLER = person("at-center-filler", "AT-CENTER", Role.FILLER);
    private static final Person REVIEWER = person("at-center-reviewer", "AT-CENTER", Role.UNIT_REVIEWER);
    private static final Person LEAD = person("at-center-lead", "AT-CENTER", Role.FILLER, Role.UNIT_REVIEWER);
    private static final Person APPROVER = person("at-gov-approver", "AT-GOV", Role.DEPARTMENT_APPROVER);
    private static final Person FINANCE = person("jd-finance", "JD-FIN", Role.FINANCE_REVIEWER);
    private static final Person RETIRED = new Person("at-center-retired", "退休", "AT-CENTER",
            Set.of(Role.UNIT_REVIEWER), false);
    private static final Organization ORGANIZATION = Organization.of(UNITS,
            List.of(FILLER, REVIEWER, LEAD, APPROVER, FINANCE, RETIRED));
    private static final List<ReviewStep> CHAIN = List.of(new ReviewStep(ReviewLevel.UNIT, "AT-CENTER"),
            new ReviewStep(ReviewLevel.DEPARTMENT, "AT-GOV"), new ReviewStep(ReviewLevel.FINANCE, "JD-FIN"));

    @Test
    void aFormPassesItsUnitItsDepartmentAndTheBureauAboveAndEachLevelHasItsRole() {
        assertThat(ApprovalPolicy.reviewChain(ORGANIZATION, "AT-CENTER", "AT-GOV")).isEqualTo(CHAIN);
        assertThat(ApprovalPolicy.reviewChain(ORGANIZATION, "SJ-OFFICE", "SJ-OFFICE"))
                .as("a department's own form starts at the department").containsExactly(
                        new ReviewStep(ReviewLevel.DEPARTMENT, "SJ-OFFICE"),
                        new ReviewStep(ReviewLevel.FINANCE, "JD-FIN"));
        assertThat(ApprovalPolicy.reviewChain(ORGANIZATION, "AT-CENTER", "JD-FIN"))
                .as("a bureau as department reviews once, last").containsExactly(
                        new ReviewStep(ReviewLevel.UNIT, "AT-CENTER"), new ReviewStep(ReviewLevel.FINANCE, "JD-FIN"));
        Organization noUnitReviewer = Organization.of(UNITS, List.of(FILLER, APPROVER, FINANCE));
        assertThat(ApprovalPolicy.reviewChain(noUnitReviewer, "AT-CENTER", "AT-GOV"))
                .as("no unit review where nobody holds that role").isEqualTo(CHAIN.subList(1, 3));

        assertThat(ApprovalPolicy.roleAt(ReviewLevel.UNIT)).isEqualTo(Role.UNIT_REVIEWER);
        assertThat(ApprovalPolicy.roleAt(ReviewLevel.DEPARTMENT)).isEqualTo(Role.DEPARTMENT_APPROVER);
        assertThat(ApprovalPolicy.roleAt(ReviewLevel.FINANCE)).isEqualTo(Role.FINANCE_REVIEWER);
    }

    @Test
    void onlyTheRoleOfTheLevelInTheUnitOfTheLevelReviewsThere() {
        ReviewStep department = CHAIN.get(1);
        assertThat(ApprovalPolicy.reviewsAt(actor(APPROVER), department)).isTrue();
        assertThat(ApprovalPolicy.reviewsAt(actor(REVIEWER), department)).as("another level's role").isFalse();
        assertThat(ApprovalPolicy.reviewsAt(new Actor("sj-approver", "松江", "SJ-OFFICE",
                Set.of(Role.DEPARTMENT_APPROVER)), department)).as("the role in another unit").isFalse();
        assertThat(ApprovalPolicy.reviewsAt(actor(FINANCE), department)).as("a higher level").isFalse();
        assertThat(ApprovalPolicy.reviewsAnyLevelOf(actor(FINANCE), CHAIN)).isTrue();
        assertThat(ApprovalPolicy.reviewsAnyLevelOf(actor(FILLER), CHAIN)).isFalse();
        assertThat(ApprovalPolicy.mayReopen(actor(FINANCE), CHAIN)).isTrue();
        assertThat(ApprovalPolicy.mayReopen(actor(APPROVER), CHAIN)).as("only the last level reopens").isFalse();
        assertThat(ApprovalPolicy.mayReopen(actor(FINANCE), List.of())).as("never submitted").isFalse();
        assertThat(ApprovalPolicy.isFillerOf(actor(FILLER), "AT-CENTER")).isTrue();
        assertThat(ApprovalPolicy.isFillerOf(actor(FILLER), "AT-GOV")).isFalse();
        assertThat(ApprovalPolicy.isFillerOf(actor(REVIEWER), "AT-CENTER")).isFalse();
    }

    @Test
    void nobodyApprovesAFormTheySubmittedOrAmended() {
        EvaluationState submittedByLead = form(new EvaluationSubmittedEvent("E-1", null, CHAIN, actor(LEAD)));
        assertThat(ApprovalPolicy.submittedOrAmended(actor(LEAD), submittedByLead)).isTrue();
        assertThat(ApprovalPolicy.mayApprove(actor(LEAD), submittedByLead)).isFalse();
        assertThat(ApprovalPolicy.mayApprove(actor(REVIEWER), submittedByLead)).isTrue();
        assertThat(ApprovalPolicy.mayApprove(actor(APPROVER), submittedByLead)).as("not yet at that level").isFalse();

        EvaluationState amendedByLead = form(new GoalsAmendedEvent("E-1", new Goals("预期", "实际"), null,
                actor(LEAD)), new EvaluationSubmittedEvent("E-1", null, CHAIN, actor(FILLER)));
        assertThat(ApprovalPolicy.mayApprove(actor(LEAD), amendedByLead)).isFalse();
        assertThat(ApprovalPolicy.nextActors(amendedByLead, ORGANIZATION)).containsExactly("at-center-reviewer");
    }

    @Test
    void whoMustActNextIsWhoeverTheRulesLetActThereInTheOrganizationsOrder() {
        EvaluationState drafted = form();
        assertThat(ApprovalPolicy.nextActors(drafted, ORGANIZATION)).containsExactly("at-center-filler",
                "at-center-lead");
        EvaluationState submitted = form(new EvaluationSubmittedEvent("E-1", null, CHAIN, actor(FILLER)));
        assertThat(ApprovalPolicy.nextActors(submitted, ORGANIZATION))
                .as("the inactive reviewer is not asked").containsExactly("at-center-reviewer", "at-center-lead");
        EvaluationState atDepartment = form(new EvaluationSubmittedEvent("E-1", null, CHAIN, actor(FILLER)),
                new EvaluationApprovedEvent("E-1", ReviewLevel.UNIT, "AT-CENTER", false, null, actor(REVIEWER)));
        assertThat(ApprovalPolicy.nextActors(atDepartment, ORGANIZATION)).containsExactly("at-gov-approver");
        EvaluationState approved = form(new EvaluationSubmittedEvent("E-1", null, CHAIN, actor(FILLER)),
                new EvaluationApprovedEvent("E-1", ReviewLevel.UNIT, "AT-CENTER", false, null, actor(REVIEWER)),
                new EvaluationApprovedEvent("E-1", ReviewLevel.DEPARTMENT, "AT-GOV", false, null, actor(APPROVER)),
                new EvaluationApprovedEvent("E-1", ReviewLevel.FINANCE, "JD-FIN", true, null, actor(FINANCE)));
        assertThat(ApprovalPolicy.nextActors(approved, ORGANIZATION)).isEmpty();
        assertThat(ApprovalPolicy.awaited(approved)).isEqualTo(Awaited.NOBODY);
    }

    @Test
    void whoMustActNextIsExactlyWhoMayApproveAtEveryStep() {
        List<EvaluationState> states = List.of(
                form(new EvaluationSubmittedEvent("E-1", null, CHAIN, actor(FILLER))),
                form(new EvaluationSubmittedEvent("E-1", null, CHAIN, actor(LEAD))),
                form(new EvaluationSubmittedEvent("E-1", null, CHAIN, actor(FILLER)),
                        new EvaluationApprovedEvent("E-1", ReviewLevel.UNIT, "AT-CENTER", false, null,
                                actor(REVIEWER))));
        for (EvaluationState state : states) {
            List<String> mayApprove = ORGANIZATION.people().stream().filter(Person::active)
                    .filter(p -> ApprovalPolicy.mayApprove(actor(p), state)).map(Person::id).toList();
            assertThat(ApprovalPolicy.nextActors(state, ORGANIZATION)).isEqualTo(mayApprove);
        }
    }

    @Test
    void whomAFormAwaitsNamesPeopleOnlyWhenAsked() {
        EvaluationState submitted = form(new EvaluationSubmittedEvent("E-1", null, CHAIN, actor(LEAD)));
        Awaited awaited = ApprovalPolicy.awaited(submitted);
        assertThat(awaited).as("whoever drafted or submitted it is not asked")
                .isEqualTo(Awaited.reviewersAt(CHAIN.get(0), Set.of("at-center-filler", "at-center-lead")));

        Person newcomer = person("at-center-newcomer", "AT-CENTER", Role.UNIT_REVIEWER);
        List<Person> later = new ArrayList<>(List.of(FILLER, LEAD, APPROVER, FINANCE, newcomer));
        assertThat(awaited.among(Organization.of(UNITS, later))).as("the old reviewer left, a new one came")
                .containsExactly("at-center-newcomer");
    }

    private static EvaluationState form(EvaluationEvent... after) {
        EvaluationState state = EvaluationFold.evolve(EvaluationState.EMPTY, new EvaluationDraftedEvent("E-1", 2024,
                "信息化项目运维", null, "AT-GOV", "AT-CENTER", AmountUnit.YUAN, "NATIONAL", Funds.BLANK, Goals.BLANK,
                List.of(), "test", actor(FILLER)));
        for (EvaluationEvent event : after) {
            state = EvaluationFold.evolve(state, event);
        }
        return state;
    }

    private static Person person(String id, String unitId, Role... roles) {
        return new Person(id, id, unitId, Set.of(roles), true);
    }

    private static Actor actor(Person person) {
        return new Actor(person.id(), person.name(), person.unitId(), person.roles());
    }
}

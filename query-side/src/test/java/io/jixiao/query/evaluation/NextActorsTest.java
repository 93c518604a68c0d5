package io.jixiao.query.evaluation;

import com.mongodb.client.MongoDatabase;
import io.jixiao.kernel.approval.ApprovalPolicy;
import io.jixiao.kernel.approval.EvaluationSubmittedEvent;
import io.jixiao.kernel.approval.ReviewLevel;
import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.evaluation.FindEvaluationQuery;
import io.jixiao.kernel.evaluation.ListEvaluationsQuery;
import io.jixiao.kernel.organization.Actor;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.organization.Person;
import io.jixiao.kernel.organization.Role;
import io.jixiao.kernel.organization.Unit;
import io.jixiao.query.support.AntingForm;
import io.jixiao.query.support.DemoOrganization;
import io.jixiao.query.support.FixedRules;
import io.jixiao.query.support.InMemoryMongo;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static io.jixiao.query.support.DemoOrganization.actor;
import static org.assertj.core.api.Assertions.assertThat;

/** Who must act next, read from the stored documents along the AT-CENTER chain of the demo organization. */
class NextActorsTest {
    private static InMemoryMongo mongo;

    @BeforeAll
    static void startMongo() {
        mongo = new InMemoryMongo();
    }

    @AfterAll
    static void stopMongo() {
        mongo.close();
    }

    @Test
    void anAtCenterFormPassesReviewerApproverAndFinanceAndComesBackToItsFillers() {
        Forms forms = new Forms(DemoOrganization.organization());

        expect(forms.apply(AntingForm.drafted()), "DRAFT", null, "at-center-filler");
        expect(forms.apply(AntingForm.submitted(forms.organization, actor(AntingForm.FILLER))),
                "UNDER_REVIEW", "UNIT", "at-center-reviewer");
        expect(forms.apply(AntingForm.approved(ReviewLevel.UNIT, "AT-CENTER", false, "at-center-reviewer")),
                "UNDER_REVIEW", "DEPARTMENT", "at-gov-approver");
        expect(forms.apply(AntingForm.approved(ReviewLevel.DEPARTMENT, "AT-GOV", false, "at-gov-approver")),
                "UNDER_REVIEW", "FINANCE", "jd-finance");
        expect(forms.apply(AntingForm.returned(ReviewLevel.FINANCE, "jd-finance")),
                "RETURNED", null, "at-center-filler");
        expect(forms.apply(AntingForm.submitted(forms.organization, actor(AntingForm.FILLER))),
                "UNDER_REVIEW", "UNIT", "at-center-reviewer");
        forms.apply(AntingForm.approved(ReviewLevel.UNIT, "AT-CENTER", false, "at-center-reviewer"));
        forms.apply(AntingForm.approved(ReviewLevel.DEPARTMENT, "AT-GOV", false, "at-gov-approver"));
        expect(forms.apply(AntingForm.approved(ReviewLevel.FINANCE, "JD-FIN", true, "jd-finance")),
                "APPROVED", null);
        expect(forms.apply(AntingForm.reopened("jd-finance")), "REOPENED", null, "at-center-filler");
    }

    @Test
    void aWithdrawnFormIsBackWithItsFillers() {
        Forms forms = new Forms(DemoOrganization.organization());
        forms.apply(AntingForm.drafted());
        forms.apply(AntingForm.submitted(forms.organization, actor(AntingForm.FILLER)));

        expect(forms.apply(AntingForm.withdrawn()), "DRAFT", null, "at-center-filler");
    }

    @Test
    void whoeverSubmittedTheFormAndWhoeverIsInactiveIsNotAmongThoseWhoMustReviewIt() {
        Person lead = DemoOrganization.person("at-center-lead", "AT-CENTER", Role.FILLER, Role.UNIT_REVIEWER);
        Person retired = new Person("at-center-retired", "退休", "AT-CENTER", Set.of(Role.UNIT_REVIEWER), false);
        Forms forms = new Forms(DemoOrganization.with(lead, retired));

        expect(forms.apply(AntingForm.drafted()), "DRAFT", null, "at-center-filler", "at-center-lead");
        Actor leadActs = new Actor(lead.id(), lead.name(), lead.unitId(), lead.roles());
        expect(forms.apply(AntingForm.submitted(forms.organization, leadActs)),
                "UNDER_REVIEW", "UNIT", "at-center-reviewer");
    }

    @Test
    void aDepartmentsOwnFormStartsAtTheDepartment() {
        Organization organization = DemoOrganization.organization();
        Forms forms = new Forms(organization);
        forms.apply(AntingForm.drafted("ev-sj-office", "SJ-OFFICE", "SJ-OFFICE"));

        Document submitted = forms.apply(new EvaluationSubmittedEvent("ev-sj-office", null,
                ApprovalPolicy.reviewChain(organization, "SJ-OFFICE", "SJ-OFFICE"), actor("sj-office-filler")));

        expect(submitted, "UNDER_REVIEW", "DEPARTMENT", "sj-office-approver");
    }

    @Test
    void whoMustActIsNamedFromTheOrganizationAsItIsWhenAskedNotAsItWasAtTheLastEvent() {
        AtomicReference<Organization> current = new AtomicReference<>(DemoOrganization.organization());
        Organization now = new Organization() {
            @Override
            public Optional<Unit> unit(String unitId) {
                return current.get().unit(unitId);
            }

            @Override
            public Optional<Person> person(String personId) {
                return current.get().person(personId);
            }

            @Override
            public Collection<Unit> units() {
                return current.get().units();
            }

            @Override
            public Collection<Person> people() {
                return current.get().people();
            }
        };
        Forms forms = new Forms(now);
        forms.apply(AntingForm.drafted());
        forms.apply(AntingForm.submitted(forms.organization, actor(AntingForm.FILLER)));
        EvaluationFormQueries queries = new EvaluationFormQueries(forms.store, now);
        assertThat(nextActors(queries)).containsExactly("at-center-reviewer");

        Person deputy = DemoOrganization.person("at-center-deputy", "AT-CENTER", Role.UNIT_REVIEWER);
        current.set(DemoOrganization.with(deputy));
        assertThat(nextActors(queries)).as("a reviewer granted the role after submission")
                .containsExactly("at-center-reviewer", "at-center-deputy");

        current.set(Organization.of(DemoOrganization.UNITS, DemoOrganization.PEOPLE.stream()
                .map(p -> p.id().equals("at-center-reviewer")
                        ? new Person(p.id(), p.name(), p.unitId(), p.roles(), false) : p)
                .toList()));
        assertThat(nextActors(queries)).as("a reviewer deactivated after submission").isEmpty();
        assertThat(forms.store.find(AntingForm.ID).orElseThrow()).as("the form as stored names nobody")
                .doesNotContainKeys(NextActors.NEXT_ACTORS, NextActors.AWAITED);
    }

    /** Who must act next as the form and the list answer it. */
    private static List<String> nextActors(EvaluationFormQueries queries) {
        List<String> found = queries.find(new FindEvaluationQuery(AntingForm.ID)).orElseThrow()
                .getList("nextActors", String.class);
        List<Document> listed = queries.list(new ListEvaluationsQuery(2024, "AT-CENTER", null));
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).getList("nextActors", String.class)).isEqualTo(found);
        assertThat(listed.get(0)).doesNotContainKey(NextActors.AWAITED);
        return found;
    }

    /** Feeds events in order and answers the form after each. */
    private static final class Forms {
        private final Organization organization;
        private final EvaluationFormStore store;
        private final EvaluationFormProjection projection;
        private final Map<String, Long> sequences = new HashMap<>();

        Forms(Organization organization) {
            MongoDatabase database = mongo.freshDatabase();
            this.organization = organization;
            this.store = new EvaluationFormStore(database);
            this.projection = new EvaluationFormProjection(store, organization, new FixedRules());
        }

        Document apply(EvaluationEvent event) {
            long sequence = sequences.merge(event.evaluationId(), 1L, Long::sum) - 1;
            projection.on(event, sequence, Instant.parse("2025-03-01T02:00:00Z").plusSeconds(sequence));
            return store.find(event.evaluationId(), organization).orElseThrow();
        }
    }

    /** The form's status, review level and who must act next, in that order. */
    private static void expect(Document form, String status, String reviewLevel, String... nextActors) {
        assertThat(form.getString("status")).isEqualTo(status);
        assertThat(form.getString("reviewLevel")).isEqualTo(reviewLevel);
        assertThat(form.getList("nextActors", String.class)).isEqualTo(List.of(nextActors));
    }
}

package io.jixiao.query.evaluation;

import com.mongodb.client.MongoDatabase;
import io.jixiao.kernel.approval.ReviewLevel;
import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.evaluation.FindEvaluationQuery;
import io.jixiao.kernel.evaluation.ListEvaluationsQuery;
import io.jixiao.kernel.organization.Role;
import io.jixiao.query.support.AntingForm;
import io.jixiao.query.support.ChangingDirectory;
import io.jixiao.query.support.DemoOrganization;
import io.jixiao.query.support.FixedRules;
import io.jixiao.query.support.InMemoryMongo;
import org.axonframework.eventhandling.ReplayStatus;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.jixiao.query.support.DemoOrganization.actor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The form, the list and "my work" (the list's forms naming the person among those who must act next) follow the
 * organization at once: a unit renamed, a role granted or revoked, without any event of the form, and the same
 * after the read model is rebuilt.
 */
class FormsFollowTheOrganizationTest {
    private static final String CENTER_RENAMED = "上海市嘉定区安亭镇城市运行服务中心";
    private static final String GOV_RENAMED = "上海市嘉定区安亭镇人民政府（新）";
    private static InMemoryMongo mongo;

    private final ChangingDirectory directory = new ChangingDirectory(DemoOrganization.organization());
    private final List<EvaluationEvent> applied = new ArrayList<>();
    private MongoDatabase database;
    private EvaluationFormStore store;
    private EvaluationFormProjection projection;
    private EvaluationFormQueries queries;

    @BeforeAll
    static void startMongo() {
        mongo = new InMemoryMongo();
    }

    @AfterAll
    static void stopMongo() {
        mongo.close();
    }

    /** A form of AT-CENTER approved by its unit, waiting for AT-GOV's department approver. */
    @BeforeEach
    void formAwaitingTheDepartment() {
        database = mongo.freshDatabase();
        store = new EvaluationFormStore(database);
        projection = new EvaluationFormProjection(store, directory.live(), new FixedRules());
        queries = new EvaluationFormQueries(store, directory.live());
        directory.add(DemoOrganization.person("at-gov-deputy", "AT-GOV", Role.AUDITOR));
        apply(AntingForm.drafted());
        apply(AntingForm.submitted(directory.live(), actor(AntingForm.FILLER)));
        apply(AntingForm.approved(ReviewLevel.UNIT, "AT-CENTER", false, "at-center-reviewer"));
        assertThat(form().getString("implementingUnitName")).isEqualTo("上海市嘉定区安亭镇城市运行管理中心");
        assertThat(form().getList("nextActors", String.class)).containsExactly("at-gov-approver");
    }

    @Test
    void aRenamedUnitIsAnsweredByItsNewNameAtOnceByTheFormAndTheList() {
        directory.rename("AT-CENTER", CENTER_RENAMED);
        directory.rename("AT-GOV", GOV_RENAMED);

        assertNamed(form());
        assertNamed(listed("AT-GOV"));
        assertNamed(workOf("at-gov-approver"));
        assertThat(stored()).as("the stored form holds no name to go stale")
                .doesNotContainKeys("implementingUnitName", "competentDepartmentName", "nextActors");
    }

    @Test
    void aRoleGrantedOrRevokedChangesWhoMustActAndTheirWorkAtOnce() {
        assertThat(workOf("at-gov-deputy")).isNull();

        directory.grant("at-gov-deputy", Role.DEPARTMENT_APPROVER);
        assertThat(form().getList("nextActors", String.class)).containsExactly("at-gov-approver", "at-gov-deputy");
        assertThat(workOf("at-gov-deputy")).isNotNull();

        directory.revoke("at-gov-deputy", Role.DEPARTMENT_APPROVER);
        directory.revoke("at-gov-approver", Role.DEPARTMENT_APPROVER);
        assertThat(form().getList("nextActors", String.class)).isEmpty();
        assertThat(workOf("at-gov-deputy")).isNull();
        assertThat(workOf("at-gov-approver")).isNull();
    }

    @Test
    void aRebuiltFormIsTheLiveOneWhateverChangedInBetweenAndFollowsLaterChangesToo() {
        Document live = stored();
        directory.rename("AT-CENTER", CENTER_RENAMED);
        directory.grant("at-gov-deputy", Role.DEPARTMENT_APPROVER);

        projection.reset();
        for (int sequence = 0; sequence < applied.size(); sequence++) {
            projection.on(applied.get(sequence), sequence, time(sequence), ReplayStatus.REPLAY);
        }
        assertThat(stored()).as("rebuilt, document for document").isEqualTo(live);

        directory.rename("AT-GOV", GOV_RENAMED);
        directory.revoke("at-gov-approver", Role.DEPARTMENT_APPROVER);
        assertNamed(form());
        assertNamed(listed("AT-GOV"));
        assertThat(form().getList("nextActors", String.class)).containsExactly("at-gov-deputy");
        assertThat(workOf("at-gov-deputy")).isNotNull();
        assertThat(workOf("at-gov-approver")).isNull();
    }

    @Test
    void aFormStoredWithNamesByAnEarlierReleaseIsAnsweredWithTheNamesOfNow() {
        Document legacy = stored();
        legacy.remove(NextActors.AWAITED);
        legacy.append("competentDepartmentName", "上海市嘉定区安亭镇人民政府")
                .append("implementingUnitName", "上海市嘉定区安亭镇城市运行管理中心")
                .append("nextActors", List.of("at-gov-approver"));
        database.getCollection(EvaluationFormStore.COLLECTION).replaceOne(new Document("_id", AntingForm.ID), legacy);

        directory.rename("AT-CENTER", CENTER_RENAMED);
        directory.rename("AT-GOV", GOV_RENAMED);

        assertNamed(form());
        assertNamed(listed("AT-GOV"));
        assertThat(form().getList("nextActors", String.class)).as("not knowing whom it awaits, whom it named")
                .containsExactly("at-gov-approver");
    }

    private void apply(EvaluationEvent event) {
        int sequence = applied.size();
        applied.add(event);
        projection.on(event, sequence, time(sequence));
    }

    private static Instant time(int sequence) {
        return Instant.parse("2025-03-01T02:00:00Z").plusSeconds(sequence);
    }

    private Document form() {
        return queries.find(new FindEvaluationQuery(AntingForm.ID)).orElseThrow();
    }

    private Document stored() {
        return database.getCollection(EvaluationFormStore.COLLECTION).find(new Document("_id", AntingForm.ID)).first();
    }

    private Document listed(String unitId) {
        List<Document> listed = queries.list(new ListEvaluationsQuery(2024, unitId, null));
        assertThat(listed).hasSize(1);
        return listed.get(0);
    }

    /** The form as "my work" shows it to the person: listed, naming them among those who must act next. */
    private Document workOf(String personId) {
        return queries.list(new ListEvaluationsQuery(null, null, null)).stream()
                .filter(form -> form.getList("nextActors", String.class).contains(personId))
                .findFirst().orElse(null);
    }

    private static void assertNamed(Document form) {
        assertThat(form).isNotNull();
        assertThat(form.getString("implementingUnitName")).isEqualTo(CENTER_RENAMED);
        assertThat(form.getString("competentDepartmentName")).isEqualTo(GOV_RENAMED);
    }
}

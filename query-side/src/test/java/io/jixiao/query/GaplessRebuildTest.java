package io.jixiao.query;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.evaluation.FindEvaluationQuery;
import io.jixiao.platform.organization.OrganizationDirectory;
import io.jixiao.query.admin.ProcessorStatus;
import io.jixiao.query.admin.ProcessorStatuses;
import io.jixiao.query.admin.ReadModel;
import io.jixiao.query.admin.ReadModels;
import io.jixiao.query.admin.RebuildBoard;
import io.jixiao.query.admin.RebuildStatus;
import io.jixiao.query.admin.Rebuilds;
import io.jixiao.query.dashboard.UnitDashboard;
import io.jixiao.query.dashboard.UnitDashboards;
import io.jixiao.query.evaluation.EvaluationFormQueries;
import io.jixiao.query.history.AntingHistory;
import io.jixiao.query.projection.Generation;
import io.jixiao.query.projection.ReadModelGenerations;
import io.jixiao.query.support.AntingForm;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 item 4: a read model is rebuilt into a new generation of its collections while the active one keeps
 * answering, and switched to atomically once caught up. The query side on its own (the platform's event store and
 * processors on the embedded server), with a few thousand stored events.
 */
@DirtiesContext
@SpringBootTest(classes = QuerySideAloneTest.QuerySideAlone.class, properties = "jixiao.rebuild.drop-after=PT0.3S")
class GaplessRebuildTest {
    private static final List<String> PROCESSORS = List.of("evaluation-forms", "unit-dashboards", "figure-changes");
    private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
    private static final int FORMS = 220;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        var dir = Files.createTempDirectory("jixiao-gapless-rebuild");
        registry.add("jixiao.data-dir", dir::toString);
    }

    @Autowired
    EventStore eventStore;
    @Autowired
    OrganizationDirectory directory;
    @Autowired
    Rebuilds rebuilds;
    @Autowired
    ProcessorStatuses statuses;
    @Autowired
    ReadModelGenerations generations;
    @Autowired
    ReadModels models;
    @Autowired
    RebuildBoard board;
    @Autowired
    ObjectProvider<StreamableMessageSource<TrackedEventMessage<?>>> events;
    @Autowired
    ObjectProvider<TokenStore> tokens;
    @Autowired
    MongoDatabase database;
    @Autowired
    UnitDashboards dashboards;
    @Autowired
    EvaluationFormQueries forms;

    private static final AtomicInteger stored = new AtomicInteger();

    @BeforeEach
    void storeAFewThousandEvents() throws Exception {
        if (directory.current().person(AntingForm.FILLER).isEmpty()) {
            QuerySideAloneTest.storeTheDemoOrganization(eventStore);
            storeForms(0, FORMS);
            stored.set(FORMS);
        }
        awaitCaughtUp();
    }

    @Test
    void readersNeverSeeAPartialAnswerWhileEveryReadModelIsRebuiltAndTheRebuildEqualsTheLiveDocuments()
            throws Exception {
        UnitDashboard completeDashboard = dashboard();
        Document completeForm = form("ev-rb-7").orElseThrow();
        int completeList = forms.list(new io.jixiao.kernel.evaluation.ListEvaluationsQuery(null, null, null)).size();
        Map<String, Map<String, List<Document>>> live = dumps();
        Map<String, Integer> before = activeGenerations();

        AtomicBoolean reading = new AtomicBoolean(true);
        AtomicInteger reads = new AtomicInteger();
        AtomicReference<String> partial = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            while (reading.get() && partial.get() == null) {
                if (!dashboard().equals(completeDashboard)) {
                    partial.set("dashboard " + dashboard());
                } else if (!form("ev-rb-7").equals(Optional.of(completeForm))) {
                    partial.set("form " + form("ev-rb-7"));
                } else if (forms.list(new io.jixiao.kernel.evaluation.ListEvaluationsQuery(null, null, null)).size()
                        != completeList) {
                    partial.set("list");
                }
                reads.incrementAndGet();
            }
        });
        reader.start();
        for (String processor : PROCESSORS) {
            rebuilds.start(processor);
            assertThat(statuses.one(processor).orElseThrow().replaying()).isTrue();
        }
        Map<String, RebuildStatus> ended = awaitRebuilds();
        Thread.sleep(500); // the readers keep reading across the switch and the drop of the old generation
        reading.set(false);
        reader.join();

        assertThat(partial.get()).as("a partial answer during the rebuild").isNull();
        assertThat(reads.get()).isGreaterThan(20);
        for (String processor : PROCESSORS) {
            RebuildStatus status = ended.get(processor);
            assertThat(status.state()).as(processor).isEqualTo(RebuildStatus.State.DONE);
            assertThat(status.done()).isEqualTo(status.total()).isGreaterThan(3000);
            assertThat(status.eventsPerSecond()).isPositive();
            assertThat(generations.of(processor).active()).isEqualTo(before.get(processor) + 1);
            assertThat(statuses.one(processor).orElseThrow().generation()).isEqualTo(before.get(processor) + 1);
        }
        assertThat(dumps()).isEqualTo(live);
        assertThat(collectionNames()).noneMatch(name -> name.equals("evaluation_forms")
                || name.equals("evaluation_forms_g" + before.get("evaluation-forms")));
        assertThat(dashboard()).isEqualTo(completeDashboard);
    }

    @Test
    void anAbortedRebuildAndAFailingOneLeaveTheActiveGenerationAnsweringAndDropTheNewOne() throws Exception {
        Map<String, List<Document>> live = dumps().get("evaluation-forms");
        int active = generations.of("evaluation-forms").active();

        Stalling stalling = new Stalling(1000);
        RebuildStatus aborted = withExtraHandler(stalling, custom -> {
            custom.start("evaluation-forms");
            assertThat(stalling.reached.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(collectionNames()).contains("evaluation_forms_g" + (active + 1));
            custom.abort("evaluation-forms");
            stalling.release.countDown();
        });
        assertThat(aborted.state()).isEqualTo(RebuildStatus.State.ABORTED);

        RebuildStatus failed = withExtraHandler(new Failing(1500), custom -> custom.start("evaluation-forms"));
        assertThat(failed.state()).isEqualTo(RebuildStatus.State.FAILED);
        assertThat(failed.error()).contains("injected");

        assertThat(generations.of("evaluation-forms").active()).isEqualTo(active);
        assertThat(generations.record("evaluation-forms").building()).isNull();
        assertThat(collectionNames()).noneMatch(name -> name.startsWith("evaluation_forms_g" + (active + 1)));
        assertThat(dumps().get("evaluation-forms")).isEqualTo(live);
        // the live processor was left running: it still follows the store
        storeForms(stored.get(), stored.get() + 1);
        stored.incrementAndGet();
        awaitCaughtUp();
        assertThat(form("ev-rb-" + (stored.get() - 1))).isPresent();
    }

    @Test
    void aRebuildWhileEventsKeepComingEndsCaughtUpWithNothingLostAsASecondRebuildConfirms() throws Exception {
        int from = stored.get();
        int more = 120;
        Thread writer = new Thread(() -> storeForms(from, from + more));
        writer.start();
        PROCESSORS.forEach(rebuilds::start);
        Map<String, RebuildStatus> first = awaitRebuilds();
        writer.join();
        stored.addAndGet(more);
        awaitCaughtUp();
        first.values().forEach(status -> assertThat(status.state()).isEqualTo(RebuildStatus.State.DONE));
        Map<String, Map<String, List<Document>>> afterFirst = dumps();
        assertThat(afterFirst.get("evaluation-forms").get("evaluation_forms")).hasSize(stored.get());
        assertThat(form("ev-rb-" + (stored.get() - 1)).orElseThrow().get("version")).isEqualTo(14L);

        PROCESSORS.forEach(rebuilds::start);
        awaitRebuilds().values().forEach(status -> assertThat(status.state()).isEqualTo(RebuildStatus.State.DONE));
        assertThat(dumps()).isEqualTo(afterFirst);
        assertThat(rebuilds.rebuilds("evaluation-forms")).isTrue();
    }

    /** A rebuild of the forms whose projections include {@code extra}: how it ended. */
    private RebuildStatus withExtraHandler(Object extra, Step step) throws Exception {
        ReadModel forms = models.named("evaluation-forms").orElseThrow();
        ReadModel withExtra = new ReadModel(forms.processor(), forms.version(), forms.collections(), generation -> {
            List<Object> projections = new ArrayList<>(forms.projections().apply(generation));
            projections.add(extra);
            return projections;
        });
        RebuildBoard customBoard = new RebuildBoard(new ReadModels(List.of(withExtra)), generations);
        Rebuilds custom = new Rebuilds(new ReadModels(List.of(withExtra)), generations, customBoard, statuses, events,
                tokens, database, 100, 1, "300ms");
        step.run(custom);
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            Optional<RebuildStatus> status = customBoard.latest("evaluation-forms");
            if (status.isPresent() && !status.get().state().ongoing()
                    && generations.record("evaluation-forms").building() == null) {
                return status.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("The rebuild never ended");
    }

    private interface Step {
        void run(Rebuilds rebuilds) throws Exception;
    }

    /** Waits at its n-th event until released. */
    public static final class Stalling {
        private final int at;
        private final AtomicInteger seen = new AtomicInteger();
        final CountDownLatch reached = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        Stalling(int at) {
            this.at = at;
        }

        @EventHandler
        public void on(EvaluationEvent event) throws InterruptedException {
            if (seen.incrementAndGet() == at) {
                reached.countDown();
                release.await(30, TimeUnit.SECONDS);
            }
        }
    }

    /** Fails at its n-th event, as a projection with a bug or a database that fails would. */
    public static final class Failing {
        private final int at;
        private final AtomicInteger seen = new AtomicInteger();

        Failing(int at) {
            this.at = at;
        }

        @EventHandler
        public void on(EvaluationEvent event) {
            if (seen.incrementAndGet() == at) {
                throw new IllegalStateException("A failure injected at event " + at);
            }
        }
    }

    private UnitDashboard dashboard() {
        return dashboards.dashboard("AT-GOV", 2024, NOW);
    }

    private Optional<Document> form(String evaluationId) {
        return forms.find(new FindEvaluationQuery(evaluationId));
    }

    private void storeForms(int from, int to) {
        for (int form = from; form < to; form++) {
            List<EvaluationEvent> life = AntingHistory.events("ev-rb-" + form, "AT-CENTER", "AT-GOV");
            List<EventMessage<?>> messages = new ArrayList<>();
            for (int sequence = 0; sequence < life.size(); sequence++) {
                messages.add(new GenericDomainEventMessage<>("ProjectEvaluation", "ev-rb-" + form, sequence,
                        life.get(sequence)));
            }
            eventStore.publish(messages);
        }
    }

    private Map<String, RebuildStatus> awaitRebuilds() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            Map<String, RebuildStatus> ended = new TreeMap<>();
            for (String processor : PROCESSORS) {
                RebuildStatus rebuild = statuses.one(processor).orElseThrow().rebuild();
                if (rebuild != null && !rebuild.state().ongoing()) {
                    ended.put(processor, rebuild);
                }
            }
            if (ended.size() == PROCESSORS.size()) {
                Thread.sleep(600); // past the drop of the previous generations
                return ended;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("The rebuilds never ended: " + statuses.all());
    }

    private void awaitCaughtUp() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            List<ProcessorStatus> all = statuses.all();
            if (all.size() == PROCESSORS.size() && all.stream().allMatch(s -> s.caughtUp() && s.lag() == 0
                    && !s.replaying())) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("The processors never caught up: " + statuses.all());
    }

    private Map<String, Integer> activeGenerations() {
        Map<String, Integer> active = new TreeMap<>();
        PROCESSORS.forEach(processor -> active.put(processor, generations.of(processor).active()));
        return active;
    }

    /** Per processor, the documents of its active generation by plain collection name (unit-year revisions left out). */
    private Map<String, Map<String, List<Document>>> dumps() {
        Map<String, Map<String, List<Document>>> dumps = new TreeMap<>();
        for (ReadModel model : models.all()) {
            Map<String, List<Document>> collections = new TreeMap<>();
            int generation = generations.of(model.processor()).active();
            for (String collection : model.collections()) {
                List<Document> documents = new ArrayList<>();
                for (Document document : database.getCollection(Generation.collection(collection, generation)).find()
                        .sort(Sorts.ascending("_id"))) {
                    document.remove("revision");
                    documents.add(document);
                }
                collections.put(collection, documents);
            }
            dumps.put(model.processor(), collections);
        }
        return dumps;
    }

    private List<String> collectionNames() {
        return database.listCollectionNames().into(new ArrayList<>());
    }
}

package io.jixiao.deploy;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.jixiao.command.evaluation.ProjectEvaluation;
import io.jixiao.platform.organization.OrganizationDirectory;
import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.evaluation.EvaluationFold;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.evaluation.EvaluationStatus;
import io.jixiao.query.evaluation.EvaluationFormStore;
import io.jixiao.query.evaluation.EvaluationStateJson;
import io.jixiao.query.history.FormEventLog;
import io.jixiao.query.history.FormTimeline;
import io.jixiao.query.history.RecordedEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10 item 11: random command sequences go through the command gateway to the real {@link ProjectEvaluation}
 * on the project's own MongoDB event store (embedded server, JSON serialization, commit documents, snapshots every
 * 3 events, no aggregate cache, so every command loads the form from the store). After each command, the state the
 * aggregate held in memory when it applied its event (the kernel's fold of the events as they were published,
 * before any serialization) must equal:
 * <ul>
 *   <li>the aggregate as the command side loads it from the repository (snapshot plus later events),</li>
 *   <li>the kernel's fold of the events read back from the store, event for event equal to those published,</li>
 *   <li>the form that the query side's history replays at that version, and at every earlier version,</li>
 *   <li>and, once the walk ends, the state the form projection keeps.</li>
 * </ul>
 * The seed changes every run and is printed; {@code -Djixiao.timetravel.seed=N} replays a run.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "jixiao.demo=false",
        "jixiao.organization-file=classpath:io/jixiao/platform/organization/demo-organization.yml",
        "jixiao.snapshot-threshold=3", "jixiao.aggregate-cache=false"})
class TimeTravelPropertyTest {
    /** Walks go on until every status was reached, at least this many and at most {@link #MAX_WALKS}. */
    private static final int MIN_WALKS = 8;
    private static final int MAX_WALKS = 40;
    private static final int COMMANDS = 40;
    private static final Seed SEED = Seed.of("jixiao.timetravel.seed");

    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore eventStore;
    @Autowired
    Repository<ProjectEvaluation> repository;
    @Autowired
    FormEventLog history;
    @Autowired
    OrganizationDirectory organization;
    @Autowired
    MongoDatabase database;

    private final List<EvaluationEvent> published = Collections.synchronizedList(new ArrayList<>());
    private Registration capture;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        var dir = Files.createTempDirectory("jixiao-timetravel");
        registry.add("jixiao.data-dir", dir::toString);
    }

    @AfterEach
    void stopCapturing() {
        if (capture != null) {
            capture.cancel();
        }
    }

    @Test
    void whatIsStoredReplaysToTheStateTheAggregateDecidedOn() throws Exception {
        capture = eventStore.registerDispatchInterceptor(messages -> {
            messages.forEach(message -> {
                if (message.getPayload() instanceof EvaluationEvent event) {
                    published.add(event);
                }
            });
            return (index, message) -> message;
        });
        SEED.run(this::walks);
    }

    private void walks(long seed) throws Exception {
        Set<EvaluationStatus> reached = EnumSet.noneOf(EvaluationStatus.class);
        int refused = 0;
        int loadedFromSnapshot = 0;
        long started = System.nanoTime();
        int walks = 0;
        for (int sequence = 0; sequence < MAX_WALKS
                && (sequence < MIN_WALKS || reached.size() < EvaluationStatus.values().length); sequence++) {
            walks++;
            String id = "ev-tt-" + seed + "-" + sequence;
            RandomCommands random = new RandomCommands(id, seed + sequence, organization.current());
            List<EvaluationState> states = new ArrayList<>(List.of(EvaluationState.EMPTY));
            List<EvaluationEvent> events = new ArrayList<>();
            Object command = random.draft();
            for (int i = 0; i <= COMMANDS; i++) {
                String step = "walk " + sequence + ", command " + i + " " + command.getClass().getSimpleName();
                List<EvaluationEvent> emitted = send(command);
                if (emitted.isEmpty()) {
                    refused++;
                } else {
                    assertThat(emitted).as("%s: one command, one event", step).hasSize(1);
                    assertThat(emitted.get(0).evaluationId()).as(step).isEqualTo(id);
                    events.addAll(emitted);
                    EvaluationState decided = EvaluationFold.evolve(states.get(states.size() - 1), emitted.get(0));
                    states.add(decided);
                    reached.add(decided.status());
                    compareWithWhatIsStored(id, step, events, states);
                }
                command = random.next(states.get(states.size() - 1));
            }
            if (loadedFromSnapshot(id)) {
                loadedFromSnapshot++;
            }
            compareWithProjection(id, states.get(states.size() - 1));
        }
        System.out.printf("Time travel: %d walks of %d commands in %d ms, %d refused, %d forms loaded from a snapshot, "
                + "statuses %s%n", walks, COMMANDS + 1, (System.nanoTime() - started) / 1_000_000, refused,
                loadedFromSnapshot, reached);
        assertThat(reached).as("the walks reach every status").containsExactlyInAnyOrder(EvaluationStatus.values());
        assertThat(refused).as("the walks include refused commands").isPositive();
        assertThat(loadedFromSnapshot).as("forms are loaded from snapshots").isGreaterThan(walks / 2);
    }

    /** The events the command published (none when it was refused or changed nothing). */
    private List<EvaluationEvent> send(Object command) {
        published.clear();
        try {
            commands.sendAndWait(command);
        } catch (RuntimeException e) {
            if (!(e instanceof Refusal) && !(e.getCause() instanceof Refusal)) {
                throw e;
            }
            assertThat(published).as("a refused command publishes nothing").isEmpty();
        }
        return List.copyOf(published);
    }

    private void compareWithWhatIsStored(String id, String step, List<EvaluationEvent> events,
                                         List<EvaluationState> states) {
        EvaluationState decided = states.get(states.size() - 1);
        assertThat(loadFromRepository(id)).as("%s: the aggregate loaded from the store", step).isEqualTo(decided);

        // The history reads the form's events from the store itself, from the first one on.
        List<RecordedEvent> recorded = history.read(id);
        List<EvaluationEvent> stored = recorded.stream().map(RecordedEvent::event).toList();
        assertThat(stored).as("%s: the events read back from the store", step).containsExactlyElementsOf(events);
        assertThat(EvaluationFold.replay(stored)).as("%s: the fold of the stored events", step).isEqualTo(decided);

        FormTimeline timeline = FormTimeline.replay(recorded);
        assertThat(timeline.currentVersion()).as("%s: the history's version", step).isEqualTo(states.size() - 1);
        for (int version = 1; version < states.size(); version++) {
            assertThat(timeline.at(version).orElseThrow().after()).as("%s: the history's form at version %d", step,
                    version).isEqualTo(states.get(version));
        }
    }

    private EvaluationState loadFromRepository(String id) {
        try {
            return DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> repository.load(id)
                    .invoke(TimeTravelPropertyTest::stateOf)).getPayload();
        } catch (Exception e) {
            throw new AssertionError("The form " + id + " could not be loaded", e);
        }
    }

    /** A snapshot is taken every 3 events: the aggregate stream then starts after the first event. */
    private boolean loadedFromSnapshot(String id) {
        var stream = eventStore.readEvents(id);
        return stream.hasNext() && stream.peek().getPayload() instanceof ProjectEvaluation;
    }

    /** The form projection keeps the folded state beside the answered form; it catches up asynchronously. */
    private void compareWithProjection(String id, EvaluationState decided) throws InterruptedException {
        EvaluationState projected = null;
        for (int attempt = 0; attempt < 400; attempt++) {
            Document form = database.getCollection(EvaluationFormStore.COLLECTION).find(Filters.eq("_id", id)).first();
            projected = form == null ? null : EvaluationStateJson.read(form.getString("state"));
            if (projected != null && projected.version() == decided.version()) {
                break;
            }
            Thread.sleep(25);
        }
        assertThat(projected).as("the form projection's state of %s", id).isEqualTo(decided);
    }

    private static EvaluationState stateOf(ProjectEvaluation aggregate) {
        try {
            Field state = ProjectEvaluation.class.getDeclaredField("state");
            state.setAccessible(true);
            return (EvaluationState) state.get(aggregate);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The aggregate keeps its fold state in the field 'state'", e);
        }
    }
}

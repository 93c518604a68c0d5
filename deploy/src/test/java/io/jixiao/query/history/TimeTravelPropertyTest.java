package io.jixiao.query.history;

import io.jixiao.command.evaluation.ProjectEvaluation;
import io.jixiao.platform.organization.OrganizationFile;
import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.evaluation.EvaluationStatus;
import io.jixiao.kernel.evaluation.InputLimits;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For random command sequences sent to the real aggregate through Axon's test fixture, the form that time travel
 * replays from the stored events at every version is the state the aggregate held after that many events.
 */
class TimeTravelPropertyTest {
    private static final int SEQUENCES = 30;
    private static final int COMMANDS = 45;
    private static final Instant START = Instant.parse("2025-03-01T00:00:00Z");
    private static final OrganizationFile DIRECTORY = demoDirectory();

    @Test
    void theFormAtEveryVersionIsTheAggregatesStateAfterThatManyEvents() throws Exception {
        Set<EvaluationStatus> reached = EnumSet.noneOf(EvaluationStatus.class);
        int refused = 0;
        for (int sequence = 0; sequence < SEQUENCES; sequence++) {
            long seed = 20250301L + sequence;
            Walk walk = walk(seed);
            refused += walk.refused;
            walk.states.subList(1, walk.states.size()).forEach(state -> reached.add(state.status()));

            StoredEvents stored = new StoredEvents();
            List<RecordedEvent> recorded = new ArrayList<>();
            for (int i = 0; i < walk.events.size(); i++) {
                recorded.add(new RecordedEvent(i, START.plusSeconds(60L * i), walk.events.get(i)));
            }
            stored.append(recorded);
            FormTimeline timeline = FormTimeline.replay(stored.log().read(RandomCommands.ID));

            assertThat(timeline.currentVersion()).as("seed %d", seed).isEqualTo(walk.events.size());
            for (int version = 1; version <= walk.events.size(); version++) {
                assertThat(timeline.at(version).orElseThrow().after()).as("seed %d, version %d", seed, version)
                        .isEqualTo(walk.states.get(version));
                assertThat(timeline.asOf(START.plusSeconds(60L * (version - 1)).plusSeconds(30)).orElseThrow()
                        .version()).as("seed %d, as of version %d", seed, version).isEqualTo(version);
            }
        }
        assertThat(reached).as("the walks reach every status")
                .containsExactlyInAnyOrder(EvaluationStatus.values());
        assertThat(refused).as("the walks include refused commands").isPositive();
    }

    /** Events and the aggregate's state after each number of them (index 0: before the draft). */
    private static final class Walk {
        final List<EvaluationEvent> events = new ArrayList<>();
        final List<EvaluationState> states = new ArrayList<>(List.of(EvaluationState.EMPTY));
        int refused;
    }

    /**
     * A fresh fixture for every command: the fixture's repository stays marked as rolled back after a refused command,
     * and its state could not be read again.
     */
    private static Walk walk(long seed) throws Exception {
        RandomCommands commands = new RandomCommands(seed);
        Walk walk = new Walk();
        step(walk, fixture().givenNoPriorActivity().when(RandomCommands.draft()));
        for (int i = 0; i < COMMANDS; i++) {
            Object command = commands.next(walk.states.get(walk.states.size() - 1));
            step(walk, fixture().given(new ArrayList<>(walk.events)).when(command));
        }
        return walk;
    }

    private static FixtureConfiguration<ProjectEvaluation> fixture() throws IOException {
        FixtureConfiguration<ProjectEvaluation> fixture = new AggregateTestFixture<>(ProjectEvaluation.class);
        fixture.registerInjectableResource(DIRECTORY);
        fixture.registerInjectableResource(InputLimits.DEFAULTS);
        return fixture;
    }

    private static void step(Walk walk, ResultValidator<ProjectEvaluation> result) {
        List<EvaluationEvent> published = new ArrayList<>();
        result.expectEventsMatching(new BaseMatcher<List<? super EventMessage<?>>>() {
            @Override
            public boolean matches(Object actual) {
                for (Object message : (List<?>) actual) {
                    published.add((EvaluationEvent) ((EventMessage<?>) message).getPayload());
                }
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("any events, recorded");
            }
        });
        if (published.isEmpty()) {
            walk.refused++;
            return;
        }
        assertThat(published).as("one command, one event").hasSize(1);
        walk.events.addAll(published);
        result.expectState(aggregate -> walk.states.add(stateOf(aggregate)));
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

    private static OrganizationFile demoDirectory() {
        try (InputStream in = OrganizationFile.class.getResourceAsStream("demo-organization.yml")) {
            return OrganizationFile.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

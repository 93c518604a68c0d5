package io.jixiao.platform.eventstore;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static io.jixiao.platform.eventstore.TestStore.event;
import static io.jixiao.platform.eventstore.TestStore.plainEvent;
import static io.jixiao.platform.eventstore.TestStore.readAfter;
import static io.jixiao.platform.eventstore.TestStore.sequences;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AppendAtomicityTest {

    /** Jackson fails on this payload while serializing it. */
    public static final class Unserializable {
        public String getValue() {
            throw new IllegalStateException("cannot serialize");
        }
    }

    private final TestStore store = new TestStore();
    private final MongoCommitStorageEngine engine = store.engine();

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void a_failing_serialization_stores_nothing_and_reserves_no_index() {
        List<EventMessage<?>> unitOfWork = List.of(event("x", 0), event("x", 1),
                                                   new GenericDomainEventMessage<>("Note", "x", 2,
                                                                                   new Unserializable()));

        assertThatThrownBy(() -> engine.appendEvents(unitOfWork)).isNotNull();

        assertThat(sequences(engine, "x")).isEmpty();
        assertThat(readAfter(engine, new AtomicReference<>())).isEmpty();
        assertThat(new GlobalIndexCounter(new EventCollections(store.newConnection(),
                                                               com.mongodb.WriteConcern.ACKNOWLEDGED),
                                          store.clock).head().index()).isEqualTo(-1);
    }

    @Test
    void a_duplicate_in_the_middle_of_a_unit_of_work_stores_none_of_it() {
        engine.appendEvents(event("y", 0));

        assertThatThrownBy(() -> engine.appendEvents(event("x", 0), event("x", 1), event("y", 0), plainEvent("p")))
                .isInstanceOf(AggregateStreamCreationException.class);

        assertThat(sequences(engine, "x")).isEmpty();
        assertThat(sequences(engine, "y")).containsExactly(0L);
        AtomicReference<TrackingToken> token = new AtomicReference<>();
        assertThat(payloads(readAfter(engine, token))).containsExactly("y#0");

        engine.appendEvents(event("x", 0), event("x", 1));
        assertThat(sequences(engine, "x")).containsExactly(0L, 1L);
        assertThat(payloads(readAfter(engine, token))).containsExactly("x#0", "x#1");
    }

    @Test
    void a_unit_of_work_over_several_aggregates_and_plain_events_is_stored_whole() {
        engine.appendEvents(event("a", 0), event("b", 0), plainEvent("p"), event("a", 1), event("b", 1));

        assertThat(sequences(engine, "a")).containsExactly(0L, 1L);
        assertThat(sequences(engine, "b")).containsExactly(0L, 1L);
        List<TrackedEventMessage<?>> tracked = readAfter(engine, new AtomicReference<>());
        assertThat(payloads(tracked)).containsExactly("a#0", "b#0", "p", "a#1", "b#1");
        assertThat(tracked.get(2)).isNotInstanceOf(org.axonframework.eventhandling.DomainEventMessage.class);
        assertThat(engine.lastSequenceNumberFor("b")).contains(1L);
    }

    @Test
    void a_conflict_on_a_second_aggregate_leaves_the_first_untouched() {
        engine.appendEvents(event("b", 0), event("b", 1));

        assertThatThrownBy(() -> engine.appendEvents(event("a", 0), event("b", 1)))
                .isInstanceOf(org.axonframework.modelling.command.ConcurrencyException.class);

        assertThat(sequences(engine, "a")).isEmpty();
        engine.appendEvents(event("a", 0), event("b", 2));
        assertThat(sequences(engine, "a")).containsExactly(0L);
        assertThat(sequences(engine, "b")).containsExactly(0L, 1L, 2L);
    }

    @Test
    void events_keep_identifier_metadata_and_timestamp() {
        EventMessage<?> original = event("m", 0).andMetaData(java.util.Map.of("user", "u1"));
        engine.appendEvents(original);

        var read = engine.readEvents("m").asStream().toList().get(0);
        assertThat(read.getIdentifier()).isEqualTo(original.getIdentifier());
        assertThat(read.getMetaData()).containsEntry("user", "u1");
        assertThat(read.getTimestamp()).isEqualTo(original.getTimestamp());
        assertThat(read.getPayload()).isEqualTo(original.getPayload());
    }

    static List<String> payloads(List<? extends EventMessage<?>> events) {
        return events.stream().map(e -> ((TestStore.Noted) e.getPayload()).text()).toList();
    }
}

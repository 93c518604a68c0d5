package io.jixiao.query.history;

import io.jixiao.query.history.FigureChangeStore.SearchPlan;
import io.jixiao.query.support.InMemoryMongo;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit projection as Axon calls it: sequence number and timestamp resolved from the stored event message. */
class FigureChangeAxonTest {
    @Test
    void theProjectionHasItsOwnProcessingGroupAndReadsSequenceAndTimeFromTheMessage() throws Exception {
        assertThat(FigureChangeProjection.class.getAnnotation(ProcessingGroup.class).value())
                .isEqualTo("figure-changes");
        try (InMemoryMongo mongo = new InMemoryMongo()) {
            FigureChangeStore store = new FigureChangeStore(mongo.freshDatabase(), SearchPlan.SCAN);
            AnnotationEventHandlerAdapter handler = new AnnotationEventHandlerAdapter(new FigureChangeProjection(store));
            for (RecordedEvent recorded : AntingHistory.recorded().subList(0, 3)) {
                handler.handle(new GenericDomainEventMessage<>(StoredEvents.AGGREGATE_TYPE, AntingHistory.ID,
                        recorded.sequence(), recorded.event(), MetaData.emptyInstance(), UUID.randomUUID().toString(),
                        recorded.time()));
            }
            AuditQuery all = new AuditQuery(AntingHistory.ORGANIZATION.subtree("JD-FIN"), null, null, null, null,
                    null, null, 0, 50);
            FigureChangeStore.Page page = store.search(all);
            assertThat(page.changes()).extracting(c -> c.getString("time"))
                    .containsExactly("2025-03-01T04:00:00Z", "2025-03-01T03:00:00Z", "2025-03-01T03:00:00Z");
            assertThat(store.state(AntingHistory.ID).orElseThrow().version()).isEqualTo(3);

            handler.prepareReset();
            assertThat(store.search(all).total()).isZero();
            assertThat(store.state(AntingHistory.ID)).isEmpty();
        }
    }
}

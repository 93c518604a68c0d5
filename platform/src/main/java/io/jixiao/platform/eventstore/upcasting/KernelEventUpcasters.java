package io.jixiao.platform.eventstore.upcasting;

import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;

/**
 * Every shape the kernel's events were ever stored in, brought up to the shape the code reads now. The event store
 * applies this chain on every read (aggregate loading, snapshots, tracking processors, history), so old events are
 * never rewritten: a system of record keeps what it recorded and learns to read it.
 * <p>
 * How to change an event (README "Changing an event"): bump its {@code @Revision}, add an upcaster here from the
 * previous revision to the new one, and leave stored events alone. Upcasters run in this order, each taking one
 * revision to the next; {@link FirstRecordedRevision} comes after the upcasters from the absent revision.
 */
public final class KernelEventUpcasters {

    private KernelEventUpcasters() {
    }

    public static EventUpcaster chain() {
        return new EventUpcasterChain(
                new DraftedBeforeScoringPolicies(),
                new FirstRecordedRevision());
    }
}

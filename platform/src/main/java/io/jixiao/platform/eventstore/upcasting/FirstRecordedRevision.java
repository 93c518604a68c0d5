package io.jixiao.platform.eventstore.upcasting;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Events stored before events carried a revision have none; their shape is revision "1" of their type unless an
 * earlier upcaster of the chain said otherwise. Naming the revision lets every later upcaster (from "1" to "2", ...)
 * apply to them too.
 */
final class FirstRecordedRevision extends SingleEventUpcaster {
    static final String KERNEL_EVENTS = "io.jixiao.kernel.";
    static final String FIRST = "1";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return event.getType().getRevision() == null && event.getType().getName().startsWith(KERNEL_EVENTS);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return relabel(event, event.getData().getContentType());
    }

    /** The payload as it is, in whatever representation it has, under the new revision. */
    private static <T> IntermediateEventRepresentation relabel(IntermediateEventRepresentation event,
                                                               Class<T> representation) {
        return event.upcastPayload(new SimpleSerializedType(event.getType().getName(), FIRST), representation,
                payload -> payload);
    }
}

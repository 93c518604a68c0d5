package io.jixiao.platform.eventstore;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

/** Converts an event to the sub-document stored in a commit's {@code events} array and back to Axon's event data. */
final class EventDocuments {

    static final String EVENT_IDENTIFIER = "eventIdentifier";
    static final String AGGREGATE_IDENTIFIER = "aggregateIdentifier";
    static final String TYPE = "type";
    static final String SEQUENCE_NUMBER = "sequenceNumber";
    static final String GLOBAL_INDEX = "globalIndex";
    static final String TIMESTAMP = "timestamp";
    static final String PAYLOAD_TYPE = "payloadType";
    static final String PAYLOAD_REVISION = "payloadRevision";
    static final String PAYLOAD = "payload";
    static final String META_DATA = "metaData";

    private EventDocuments() {
    }

    /** Serializes payload and metadata as strings (JSON with Axon's Jackson serializer). No global index yet. */
    static Document toDocument(EventMessage<?> event, Serializer serializer) {
        SerializedObject<String> payload = event.serializePayload(serializer, String.class);
        SerializedObject<String> metaData = event.serializeMetaData(serializer, String.class);
        Document document = new Document(EVENT_IDENTIFIER, event.getIdentifier());
        if (event instanceof DomainEventMessage<?> domainEvent) {
            document.append(AGGREGATE_IDENTIFIER, domainEvent.getAggregateIdentifier())
                    .append(TYPE, domainEvent.getType())
                    .append(SEQUENCE_NUMBER, domainEvent.getSequenceNumber());
        }
        return document.append(TIMESTAMP, event.getTimestamp().toString())
                       .append(PAYLOAD_TYPE, payload.getType().getName())
                       .append(PAYLOAD_REVISION, payload.getType().getRevision())
                       .append(PAYLOAD, payload.getData())
                       .append(META_DATA, metaData.getData());
    }

    static boolean belongsTo(Document event, String aggregateIdentifier) {
        return aggregateIdentifier.equals(event.getString(AGGREGATE_IDENTIFIER));
    }

    static long sequenceNumber(Document event) {
        return ((Number) event.get(SEQUENCE_NUMBER)).longValue();
    }

    static long globalIndex(Document event) {
        return ((Number) event.get(GLOBAL_INDEX)).longValue();
    }

    static DomainEventData<String> domainData(Document event) {
        return new GenericDomainEventEntry<>(event.getString(TYPE),
                                             event.getString(AGGREGATE_IDENTIFIER),
                                             sequenceNumber(event),
                                             event.getString(EVENT_IDENTIFIER),
                                             event.getString(TIMESTAMP),
                                             event.getString(PAYLOAD_TYPE),
                                             event.getString(PAYLOAD_REVISION),
                                             event.getString(PAYLOAD),
                                             event.getString(META_DATA));
    }

    static TrackedEventData<String> trackedData(Document event, TrackingToken token) {
        if (event.getString(AGGREGATE_IDENTIFIER) != null) {
            return new TrackedDomainEventData<>(token, domainData(event));
        }
        return new TrackedPlainEventData(token,
                                         event.getString(EVENT_IDENTIFIER),
                                         event.getString(TIMESTAMP),
                                         event.getString(PAYLOAD_TYPE),
                                         event.getString(PAYLOAD_REVISION),
                                         event.getString(PAYLOAD),
                                         event.getString(META_DATA));
    }
}

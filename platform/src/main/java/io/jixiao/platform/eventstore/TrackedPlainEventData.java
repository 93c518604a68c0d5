package io.jixiao.platform.eventstore;

import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;

import java.time.Instant;

/** A stored event that belongs to no aggregate, so that it reads back as a plain event message, not a domain one. */
record TrackedPlainEventData(TrackingToken trackingToken,
                             String eventIdentifier,
                             String timestamp,
                             String payloadType,
                             String payloadRevision,
                             String payload,
                             String metaData) implements TrackedEventData<String> {

    @Override
    public String getEventIdentifier() {
        return eventIdentifier;
    }

    @Override
    public Instant getTimestamp() {
        return Instant.parse(timestamp);
    }

    @Override
    public SerializedObject<String> getMetaData() {
        return new SerializedMetaData<>(metaData, String.class);
    }

    @Override
    public SerializedObject<String> getPayload() {
        return new SimpleSerializedObject<>(payload, String.class, payloadType, payloadRevision);
    }
}

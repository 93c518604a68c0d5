package io.jixiao.platform.eventstore.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * A form drafted before forms named their scoring policy (absent revision, no {@code scoringPolicy} or a null one)
 * was scored by the national template, the only policy there was. Writing that into the event keeps the form on
 * it for good, whatever the default policy becomes later; without it the form would silently follow the default
 * of the day. Revision "1" always names its policy.
 */
final class DraftedBeforeScoringPolicies extends SingleEventUpcaster {
    /** The name as stored: it stays even if the class is ever renamed. */
    static final String TYPE = "io.jixiao.kernel.evaluation.EvaluationDraftedEvent";
    static final String SCORING_POLICY = "scoringPolicy";
    /** {@code ScoringPolicy.NATIONAL}'s name, fixed here: what an old form meant must not move with the code. */
    static final String NATIONAL = "NATIONAL";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return TYPE.equals(event.getType().getName()) && event.getType().getRevision() == null;
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(new SimpleSerializedType(TYPE, FirstRecordedRevision.FIRST), JsonNode.class,
                DraftedBeforeScoringPolicies::withPolicy);
    }

    private static JsonNode withPolicy(JsonNode payload) {
        if (!(payload instanceof ObjectNode draft) || payload.hasNonNull(SCORING_POLICY)) {
            return payload;
        }
        return draft.deepCopy().put(SCORING_POLICY, NATIONAL);
    }
}

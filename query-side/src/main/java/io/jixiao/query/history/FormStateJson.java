package io.jixiao.query.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.jixiao.kernel.evaluation.EvaluationState;

/**
 * The fold's state as the audit projection keeps it between events. Numbers are read back as BigDecimal with their
 * own digits and scale, so the next event is folded onto exactly the state the previous one produced.
 */
final class FormStateJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private FormStateJson() {
    }

    static String write(EvaluationState state) {
        try {
            return MAPPER.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the state of " + state.evaluationId(), e);
        }
    }

    static EvaluationState read(String json) {
        try {
            return MAPPER.readValue(json, EvaluationState.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a stored evaluation state", e);
        }
    }
}

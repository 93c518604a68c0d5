package io.jixiao.query.evaluation;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.jixiao.kernel.evaluation.EvaluationState;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The fold's input kept in the read model. BigDecimal is written with its own digits and scale and read back
 * as BigDecimal, so a stored state is exactly the state the fold produced. Sets are written sorted so that a
 * rebuild in another JVM writes the same text.
 */
public final class EvaluationStateJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .addModule(new SimpleModule("sorted-sets").addSerializer(new SortedSetSerializer()))
            .build();

    private EvaluationStateJson() {
    }

    public static String write(EvaluationState state) {
        try {
            return MAPPER.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the state of " + state.evaluationId(), e);
        }
    }

    public static EvaluationState read(String json) {
        try {
            return MAPPER.readValue(json, EvaluationState.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a stored evaluation state", e);
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final class SortedSetSerializer extends StdSerializer<Set> {
        SortedSetSerializer() {
            super(Set.class);
        }

        @Override
        public void serialize(Set set, JsonGenerator gen, SerializerProvider provider) throws IOException {
            List sorted = new ArrayList(set);
            sorted.sort(null);
            gen.writeStartArray(set, sorted.size());
            for (Object element : sorted) {
                provider.defaultSerializeValue(element, gen);
            }
            gen.writeEndArray();
        }
    }
}

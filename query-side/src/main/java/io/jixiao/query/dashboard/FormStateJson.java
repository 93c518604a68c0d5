package io.jixiao.query.dashboard;

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
 * The fold's state as this projection keeps it between events. BigDecimal keeps its digits and scale, so the
 * state read back is the state the fold made; sets are written sorted, so a rebuild writes the same text in any
 * JVM. (The form projection has the same codec, package-private to it.)
 */
final class FormStateJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .addModule(new SimpleModule("sorted-sets").addSerializer(new SortedSetSerializer()))
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

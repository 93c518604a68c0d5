package io.jixiao.platform.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.reactivestreams.Publisher;
import org.springframework.boot.web.codec.CodecCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.codec.json.Jackson2JsonDecoder;
import org.springframework.util.MimeType;
import reactor.core.publisher.Mono;

import java.util.Map;

/**
 * A request body is exactly one JSON value of the expected shape. WebFlux's default decoder reads a body that
 * should hold one object as a stream of array elements, so {@code [{...}]} passed as the object; and Jackson
 * ignores whatever follows the first value. Both are refused here as malformed (400).
 */
@Configuration
public class StrictJsonBodies {

    @Bean
    CodecCustomizer strictJsonDecoder(ObjectMapper objectMapper) {
        return configurer -> configurer.defaultCodecs().jackson2JsonDecoder(new StrictDecoder(objectMapper));
    }

    static final class StrictDecoder extends Jackson2JsonDecoder {
        StrictDecoder(ObjectMapper objectMapper) {
            super(objectMapper.copy()
                    .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
        }

        @Override
        public Mono<Object> decodeToMono(Publisher<DataBuffer> input, ResolvableType elementType, MimeType mimeType,
                                         Map<String, Object> hints) {
            return DataBufferUtils.join(input, getMaxInMemorySize())
                    .flatMap(body -> Mono.justOrEmpty(decode(body, elementType, mimeType, hints)));
        }
    }
}

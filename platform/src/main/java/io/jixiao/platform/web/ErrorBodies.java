package io.jixiao.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.Map;

/**
 * Writes an {@link ApiError} straight to a response, for filters that run before any controller, and logs the
 * refusal in one line ({@link RefusalLog}).
 */
public final class ErrorBodies {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorBodies() {
    }

    public static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String code, String message,
                                   String messageZh) {
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(new ApiError(code, message, messageZh, Map.of()));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
        return RefusalLog.refused(exchange, status, code, message).then(Mono.defer(() -> {
            var response = exchange.getResponse();
            response.setStatusCode(status);
            response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
            DataBuffer buffer = response.bufferFactory().wrap(body);
            return response.writeWith(Mono.just(buffer));
        }));
    }
}

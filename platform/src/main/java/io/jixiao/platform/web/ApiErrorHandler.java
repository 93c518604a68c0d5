package io.jixiao.platform.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.evaluation.FormVisibility;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every failure of every controller becomes the error body ({@link ApiError}) with the right status; nothing
 * internal (stack traces, class names, storage errors) reaches the caller. A refusal (4xx) is logged in one line
 * ({@link RefusalLog}); a failure on our side (5xx) with its stack trace.
 */
@RestControllerAdvice
public class ApiErrorHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);
    private static final MediaType EXPECTED = MediaType.APPLICATION_JSON;

    @ExceptionHandler(Refusal.class)
    Mono<ResponseEntity<ApiError>> refused(Refusal refusal, ServerWebExchange exchange) {
        HttpStatus status = switch (refusal.kind()) {
            case INVALID_INPUT -> HttpStatus.BAD_REQUEST;
            case NOT_AUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case RULE_BROKEN -> HttpStatus.UNPROCESSABLE_ENTITY;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
        return logged(exchange, ResponseEntity.status(status)
                .body(new ApiError(refusal.code(), refusal.getMessage(), refusal.messageZh(), refusal.details())));
    }

    @ExceptionHandler(TooManyRequests.class)
    Mono<ResponseEntity<ApiError>> tooMany(TooManyRequests e, ServerWebExchange exchange) {
        return logged(exchange, ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(TooManyRequests.seconds(e.retryAfter())))
                .body(new ApiError(e.code(), e.getMessage(), e.messageZh(), Map.of())));
    }

    @ExceptionHandler(ServerWebInputException.class)
    Mono<ResponseEntity<ApiError>> unreadable(ServerWebInputException e, ServerWebExchange exchange) {
        if (causedBy(e, DataBufferLimitException.class)) {
            return logged(exchange, payloadTooLarge());
        }
        String field = fieldOf(e);
        Map<String, Object> details = field == null ? Map.of() : Map.of("field", field);
        String message = field == null
                ? "The request body is not valid JSON of the expected shape."
                : "The field " + field + " has the wrong type or format.";
        String messageZh = field == null ? "请求内容不是格式正确的 JSON。" : "字段 " + field + " 的类型或格式不正确。";
        return logged(exchange, ResponseEntity.badRequest()
                .body(new ApiError("MALFORMED_REQUEST", message, messageZh, details)));
    }

    @ExceptionHandler(UnsupportedMediaTypeStatusException.class)
    Mono<ResponseEntity<ApiError>> mediaType(UnsupportedMediaTypeStatusException e, ServerWebExchange exchange) {
        return logged(exchange, unsupportedMediaType(exchange, e.getSupportedMediaTypes()));
    }

    @ExceptionHandler(MethodNotAllowedException.class)
    Mono<ResponseEntity<ApiError>> method(MethodNotAllowedException e, ServerWebExchange exchange) {
        return logged(exchange, ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).body(new ApiError(
                "METHOD_NOT_ALLOWED", "This path does not accept " + e.getHttpMethod() + ".", "该地址不支持此请求方法。",
                Map.of())));
    }

    @ExceptionHandler(DataBufferLimitException.class)
    Mono<ResponseEntity<ApiError>> tooLarge(DataBufferLimitException e, ServerWebExchange exchange) {
        return logged(exchange, payloadTooLarge());
    }

    private static ResponseEntity<ApiError> payloadTooLarge() {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(new ApiError("PAYLOAD_TOO_LARGE",
                "The request body is too large.", "请求内容过大。", Map.of()));
    }

    /**
     * 415 naming the type this endpoint reads: JSON for every body but an import's file. A form body (what curl
     * sends with {@code -d} and no {@code -H 'Content-Type: application/json'}) or none at all is told so.
     */
    private static ResponseEntity<ApiError> unsupportedMediaType(ServerWebExchange exchange,
                                                                 List<MediaType> supported) {
        String expected = supported.isEmpty() || supported.stream().anyMatch(EXPECTED::equalsTypeAndSubtype)
                ? EXPECTED.toString()
                : supported.stream().filter(type -> !type.isWildcardSubtype()).map(MediaType::toString)
                .distinct().collect(Collectors.joining(", "));
        String sent = exchange.getRequest().getHeaders().getFirst(HttpHeaders.CONTENT_TYPE);
        String received = sent == null || sent.isBlank() ? "none" : shorten(sent);
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(new ApiError("UNSUPPORTED_MEDIA_TYPE",
                "Send the body as " + expected + " with the header Content-Type: " + expected
                        + " (this request's Content-Type: " + received + ").",
                "请以 " + expected + " 格式发送请求内容，并带请求头 Content-Type: " + expected + "（本次请求的 Content-Type："
                        + received + "）。",
                Map.of("expected", expected, "received", received)));
    }

    /** Spring's own refusals (no such path, method not supported, ...) keep their status with our body. */
    @ExceptionHandler(ResponseStatusException.class)
    Mono<ResponseEntity<ApiError>> status(ResponseStatusException e, ServerWebExchange exchange) {
        HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
        if (status == HttpStatus.NOT_FOUND) {
            return logged(exchange, ResponseEntity.status(status).body(new ApiError("NOT_FOUND",
                    "There is nothing at this address.", "该地址不存在。", Map.of())));
        }
        if (status == HttpStatus.UNSUPPORTED_MEDIA_TYPE) {
            // a form body on a JSON endpoint: WebFlux refuses it without saying which type it reads
            return logged(exchange, unsupportedMediaType(exchange, List.of()));
        }
        return logged(exchange, ResponseEntity.status(e.getStatusCode()).body(new ApiError(
                status == null ? "HTTP_" + e.getStatusCode().value() : status.name(),
                e.getReason() == null ? "The request cannot be served." : e.getReason(), "请求无法处理。", Map.of())));
    }

    @ExceptionHandler(ConcurrencyException.class)
    Mono<ResponseEntity<ApiError>> concurrent(ConcurrencyException e, ServerWebExchange exchange) {
        return logged(exchange, ResponseEntity.status(HttpStatus.CONFLICT).body(new ApiError("CONCURRENT_CHANGE",
                "Someone else changed the form at the same moment. Reload it and try again.",
                "他人同时修改了该表单，请刷新后重试。", Map.of())));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    Mono<ResponseEntity<ApiError>> notFound(AggregateNotFoundException e, ServerWebExchange exchange) {
        // the same body as a form the caller may not see (FormVisibility)
        return refused(FormVisibility.notFound(String.valueOf(e.getAggregateIdentifier())), exchange);
    }

    @ExceptionHandler(EventStoreException.class)
    ResponseEntity<ApiError> storage(EventStoreException e) {
        log.error("Event store failure", e);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(new ApiError("STORAGE_UNAVAILABLE",
                "The change could not be stored; nothing was saved. Try again.", "修改未能保存，请重试。", Map.of()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(new ApiError("INTERNAL_ERROR",
                "Something went wrong on our side; nothing was changed.", "系统内部错误，未做任何修改。", Map.of()));
    }

    /** The answer, once the refusal is logged in one line with whoever asked. */
    private static Mono<ResponseEntity<ApiError>> logged(ServerWebExchange exchange, ResponseEntity<ApiError> answer) {
        ApiError body = answer.getBody();
        return RefusalLog.refused(exchange, answer.getStatusCode(), body.code(), body.message()).thenReturn(answer);
    }

    private static String shorten(String value) {
        return value.length() > 100 ? value.substring(0, 100) + "…" : value;
    }

    private static String fieldOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                return mapping.getPath().stream()
                        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                        .collect(Collectors.joining(".")).replace(".[", "[");
            }
        }
        return null;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}

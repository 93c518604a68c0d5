package io.jixiao.command.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.jixiao.kernel.Refusal;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every failure of every controller becomes the error body ({@link ApiError}) with the right status; nothing
 * internal (stack traces, class names, storage errors) reaches the caller.
 */
@RestControllerAdvice
public class ApiErrorHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ApiError> refused(Refusal refusal) {
        HttpStatus status = switch (refusal.kind()) {
            case INVALID_INPUT -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case RULE_BROKEN -> HttpStatus.UNPROCESSABLE_ENTITY;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
        return ResponseEntity.status(status)
                .body(new ApiError(refusal.code(), refusal.getMessage(), refusal.messageZh(), refusal.details()));
    }

    @ExceptionHandler(TooManyRequests.class)
    ResponseEntity<ApiError> tooMany(TooManyRequests e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(TooManyRequests.seconds(e.retryAfter())))
                .body(new ApiError(e.code(), e.getMessage(), e.messageZh(), Map.of()));
    }

    @ExceptionHandler(ServerWebInputException.class)
    ResponseEntity<ApiError> unreadable(ServerWebInputException e) {
        if (causedBy(e, DataBufferLimitException.class)) {
            return payloadTooLarge();
        }
        String field = fieldOf(e);
        Map<String, Object> details = field == null ? Map.of() : Map.of("field", field);
        String message = field == null
                ? "The request body is not valid JSON of the expected shape."
                : "The field " + field + " has the wrong type or format.";
        String messageZh = field == null ? "请求内容不是格式正确的 JSON。" : "字段 " + field + " 的类型或格式不正确。";
        return ResponseEntity.badRequest().body(new ApiError("MALFORMED_REQUEST", message, messageZh, details));
    }

    @ExceptionHandler(UnsupportedMediaTypeStatusException.class)
    ResponseEntity<ApiError> mediaType(UnsupportedMediaTypeStatusException e) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(new ApiError("UNSUPPORTED_MEDIA_TYPE",
                "Send the body as application/json.", "请以 application/json 格式发送请求内容。", Map.of()));
    }

    @ExceptionHandler(MethodNotAllowedException.class)
    ResponseEntity<ApiError> method(MethodNotAllowedException e) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).body(new ApiError("METHOD_NOT_ALLOWED",
                "This path does not accept " + e.getHttpMethod() + ".", "该地址不支持此请求方法。", Map.of()));
    }

    @ExceptionHandler(DataBufferLimitException.class)
    ResponseEntity<ApiError> tooLarge(DataBufferLimitException e) {
        return payloadTooLarge();
    }

    private static ResponseEntity<ApiError> payloadTooLarge() {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(new ApiError("PAYLOAD_TOO_LARGE",
                "The request body is too large.", "请求内容过大。", Map.of()));
    }

    /** Spring's own refusals (no such path, method not supported, ...) keep their status with our body. */
    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ApiError> status(ResponseStatusException e) {
        HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
        if (status == HttpStatus.NOT_FOUND) {
            return ResponseEntity.status(status).body(new ApiError("NOT_FOUND", "There is nothing at this address.",
                    "该地址不存在。", Map.of()));
        }
        return ResponseEntity.status(e.getStatusCode()).body(new ApiError(
                status == null ? "HTTP_" + e.getStatusCode().value() : status.name(),
                e.getReason() == null ? "The request cannot be served." : e.getReason(), "请求无法处理。", Map.of()));
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ApiError> concurrent(ConcurrencyException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new ApiError("CONCURRENT_CHANGE",
                "Someone else changed the form at the same moment. Reload it and try again.",
                "他人同时修改了该表单，请刷新后重试。", Map.of()));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ApiError> notFound(AggregateNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiError("EVALUATION_NOT_FOUND",
                "There is no such form.", "该自评表不存在。", Map.of()));
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

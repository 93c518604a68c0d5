package io.jixiao.query.support;

import io.jixiao.kernel.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The mapping of refusals to statuses that the command side's global advice owns, for controller tests only:
 * {@code {"code","message","messageZh","details"}} with the status of the refusal's kind.
 */
@RestControllerAdvice
public class RefusalTestAdvice {
    @ExceptionHandler(Refusal.class)
    public ResponseEntity<Map<String, Object>> refused(Refusal refusal) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", refusal.code());
        body.put("message", refusal.getMessage());
        body.put("messageZh", refusal.messageZh());
        body.put("details", refusal.details());
        return ResponseEntity.status(status(refusal.kind())).body(body);
    }

    private static HttpStatus status(Refusal.Kind kind) {
        return switch (kind) {
            case INVALID_INPUT -> HttpStatus.BAD_REQUEST;
            case NOT_AUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case RULE_BROKEN -> HttpStatus.UNPROCESSABLE_ENTITY;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }
}

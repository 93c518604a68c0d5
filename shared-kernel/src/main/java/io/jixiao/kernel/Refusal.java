package io.jixiao.kernel;

import java.util.Locale;
import java.util.Map;

/**
 * A command or query that the domain refuses, said in English and Chinese for the person who asked. The web
 * layer of each side maps {@link Kind} to an HTTP status; the kernel knows nothing of HTTP.
 */
public class Refusal extends RuntimeException {
    public enum Kind {
        /** malformed or missing input: 400 */
        INVALID_INPUT,
        /** the caller did not prove who they are (unknown user name or wrong password): 401 */
        NOT_AUTHENTICATED,
        /** the caller lacks a role or a place in the hierarchy: 403 */
        FORBIDDEN,
        /** no such thing (or not visible to the caller): 404 */
        NOT_FOUND,
        /** stale version or a state that does not allow it: 409 */
        CONFLICT,
        /** well-formed but breaks a rule, e.g. an incomplete form submitted: 422 */
        RULE_BROKEN,
        /** the installation lacks something it needs for this (a font to print with): 503 */
        UNAVAILABLE
    }

    private final Kind kind;
    private final String code;
    private final String messageZh;
    private final Map<String, Object> details;

    public Refusal(Kind kind, String code, String message, String messageZh, Map<String, Object> details) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.messageZh = messageZh;
        this.details = details == null ? Map.of() : Map.copyOf(details);
    }

    public Refusal(Kind kind, String code, String message, String messageZh) {
        this(kind, code, message, messageZh, Map.of());
    }

    /**
     * The code of a refusal of one named field's value: {@code INVALID_} and the name in capitals, its words split
     * ({@code parentId}: {@code INVALID_PARENT_ID}). Only a plain name makes a code: where a field is (an index, a
     * row, a path) belongs in the details, so that a code stays one stable word a program can match.
     */
    public static String invalidCode(String fieldName) {
        if (fieldName == null || !fieldName.matches("[a-z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("Not a plain field name: " + fieldName);
        }
        return "INVALID_" + fieldName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String messageZh() {
        return messageZh;
    }

    public Map<String, Object> details() {
        return details;
    }
}

package io.jixiao.kernel.evaluation;

import io.jixiao.kernel.Refusal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A field of a form where a value was given: the field (its code), the path a person sent it under (the request's
 * own names, e.g. {@code indicators[0].score}, {@code funds.total.executed} or {@code score}) and where in the
 * form it is ({@code index} in a list of indicators, {@code indicatorId}, funds {@code row}), all in the details of
 * a refusal.
 */
public record FieldAt(FormField field, String path, Map<String, Object> place) {
    public FieldAt {
        place = Map.copyOf(place);
    }

    public static FieldAt of(FormField field, String path) {
        return new FieldAt(field, path, Map.of());
    }

    /** The {@code index}-th entry of a list of indicators sent whole (a draft, an import). */
    public static FieldAt indicatorInList(FormField field, int index, String name) {
        return new FieldAt(field, "indicators[" + index + "]." + name, Map.of("index", index));
    }

    /** A figure of one row of the funds table sent as {@code funds.<row>.<name>}. */
    public static FieldAt fundsRow(FormField field, FundSource row, String name) {
        return new FieldAt(field, "funds." + row.apiName() + "." + name, Map.of("row", row.apiName()));
    }

    public FieldAt with(String key, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(place);
        more.put(key, value);
        return new FieldAt(field, path, more);
    }

    /** The refusal of a value of this field: 400 with the field's code, the path and the place in its details. */
    public Refusal invalid(String message, String messageZh) {
        Map<String, Object> details = new LinkedHashMap<>(place);
        details.put("field", path);
        return new Refusal(Refusal.Kind.INVALID_INPUT, field.code(), message, messageZh, details);
    }
}

package io.jixiao.query.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import io.jixiao.kernel.Refusal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The unsaved figures of an editor, in the names of the amendment commands' bodies: amounts in the
 * form's own unit and scores as decimal strings. A row, goal text or indicator left out stays as stored; within a
 * row, an amount left out (null) stays as stored, as the command leaves it.
 */
public record FormPreviewRequest(Map<String, FundFigures> funds, GoalTexts goals,
                                 Map<String, IndicatorFigures> indicators) {
    private static final Set<String> PARTS = Set.of("funds", "goals", "indicators");
    private static final Set<String> AMOUNTS = Set.of("initialBudget", "adjustedBudget", "executed");
    private static final Set<String> GOALS = Set.of("expected", "actual");
    private static final Set<String> INDICATOR_FIGURES = Set.of("actual", "score", "deviation");

    public FormPreviewRequest {
        funds = funds == null ? Map.of() : funds;
        indicators = indicators == null ? Map.of() : indicators;
    }

    public record FundFigures(String initialBudget, String adjustedBudget, String executed) {
    }

    public record GoalTexts(String expected, String actual) {
    }

    /** {@code deviation} is the 偏差原因分析及改进措施 that the score command carries with the score. */
    public record IndicatorFigures(String actual, String score, String deviation) {
    }

    /**
     * Reads a body strictly: a field that is not one of the figures is refused rather than ignored, since nothing
     * of it would count and the person would be told a result that is not what they meant.
     */
    public static FormPreviewRequest read(JsonNode body) {
        JsonNode figures = object(body, "body");
        names(figures, "", PARTS);
        Map<String, FundFigures> funds = entries(figures.get("funds"), "funds", (row, field) -> {
            names(row, field + ".", AMOUNTS);
            return new FundFigures(text(row, field, "initialBudget"), text(row, field, "adjustedBudget"),
                    text(row, field, "executed"));
        });
        GoalTexts goals = null;
        if (present(figures.get("goals"))) {
            JsonNode texts = object(figures.get("goals"), "goals");
            names(texts, "goals.", GOALS);
            goals = new GoalTexts(text(texts, "goals", "expected"), text(texts, "goals", "actual"));
        }
        Map<String, IndicatorFigures> indicators = entries(figures.get("indicators"), "indicators", (row, field) -> {
            names(row, field + ".", INDICATOR_FIGURES);
            return new IndicatorFigures(text(row, field, "actual"), text(row, field, "score"),
                    text(row, field, "deviation"));
        });
        return new FormPreviewRequest(funds, goals, indicators);
    }

    private interface EntryReader<T> {
        T read(JsonNode row, String field);
    }

    private static <T> Map<String, T> entries(JsonNode node, String field, EntryReader<T> reader) {
        Map<String, T> entries = new LinkedHashMap<>();
        if (!present(node)) {
            return entries;
        }
        object(node, field).properties().forEach(entry -> {
            String name = field + "." + entry.getKey();
            entries.put(entry.getKey(), present(entry.getValue()) ? reader.read(object(entry.getValue(), name), name)
                    : null);
        });
        return entries;
    }

    private static boolean present(JsonNode node) {
        return node != null && !node.isNull();
    }

    private static JsonNode object(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            throw malformed(field, "must be a JSON object", "须为 JSON 对象");
        }
        return node;
    }

    private static void names(JsonNode node, String prefix, Set<String> allowed) {
        node.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                String field = prefix + name;
                throw new Refusal(Refusal.Kind.INVALID_INPUT, "UNKNOWN_FIELD",
                        field + " is not one of the figures a preview reads " + allowed + ".",
                        field + " 不是预览所读取的数据项 " + allowed + "。", Map.of("field", field));
            }
        });
    }

    /**
     * A figure as typed: text, or any other single JSON value as its text, as the commands take it (a number or
     * true/false); null when absent. A number is read as its own text ("1E+400" and the like are then refused as
     * not decimal by the input rules), never expanded digit by digit. An object or a list is no figure.
     */
    private static String text(JsonNode row, String prefix, String name) {
        JsonNode value = row.get(name);
        if (!present(value)) {
            return null;
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isValueNode()) {
            return value.asText();
        }
        throw malformed(prefix + "." + name, "must be a string", "须为字符串");
    }

    /** A body of the wrong shape: the same code the commands answer when their body cannot be read. */
    private static Refusal malformed(String field, String rule, String ruleZh) {
        return new Refusal(Refusal.Kind.INVALID_INPUT, "MALFORMED_REQUEST", field + " " + rule + ".",
                field + " " + ruleZh + "。", Map.of("field", field));
    }
}

package io.jixiao.kernel.seeds;

import com.fasterxml.jackson.databind.JsonNode;
import io.jixiao.kernel.evaluation.EvaluationState;

import java.math.BigDecimal;

/** One form of a fixture file: the JSON as transcribed, and the state a drafted event with its figures gives. */
public record SeedForm(String file, int index, JsonNode json, EvaluationState state) {

    public String projectName() {
        return json.path("projectName").asText();
    }

    /** A published figure by JSON path ("budgetExecution", "publishedRate"); null where blank or absent. */
    public BigDecimal published(String... path) {
        JsonNode node = json;
        for (String step : path) {
            node = node.path(step);
        }
        return node.isMissingNode() || node.isNull() ? null : SeedForms.amount(node.asText().replace("%", ""));
    }

    public String publishedGrade() {
        JsonNode grade = json.path("publishedGrade");
        return grade.isNull() || grade.isMissingNode() ? null : grade.asText();
    }

    @Override
    public String toString() {
        return file + " #" + index + " " + projectName();
    }
}

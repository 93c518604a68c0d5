package io.jixiao.command.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What every command answers: the form and its version (the number of events so far); adding an indicator also its id. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommandOutcome(String evaluationId, long version, String indicatorId) {
    public static CommandOutcome of(String evaluationId, long version) {
        return new CommandOutcome(evaluationId, version, null);
    }
}

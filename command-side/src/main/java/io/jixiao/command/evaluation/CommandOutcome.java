package io.jixiao.command.evaluation;

/** What every command answers: the form and its version (the number of events so far). */
public record CommandOutcome(String evaluationId, long version, String indicatorId) {
    public static CommandOutcome of(String evaluationId, long version) {
        return new CommandOutcome(evaluationId, version, null);
    }
}

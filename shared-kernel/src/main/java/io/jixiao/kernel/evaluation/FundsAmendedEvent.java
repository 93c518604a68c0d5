package io.jixiao.kernel.evaluation;

import io.jixiao.kernel.organization.Actor;
import org.axonframework.serialization.Revision;

/** A row of the funds table now reads {@code line} (in 元). */
@Revision("1")
public record FundsAmendedEvent(String evaluationId, FundSource source, FundLine line, String reason, Actor actor) implements EvaluationEvent {
}

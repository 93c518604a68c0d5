package io.jixiao.command.evaluation;

import io.jixiao.kernel.evaluation.EvaluationDraftedEvent;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * A unit has one self-evaluation form per project and fiscal year. Registered on the event store, it sees every
 * {@link EvaluationDraftedEvent} whatever command drafted it (a draft over HTTP, an import, the demo data), after the
 * aggregate accepted the command (so the caller may draft in that unit and the input is valid) and immediately
 * before the unit of work appends its events: Axon runs the event bus's dispatch interceptors in the prepare-commit
 * phase. It claims the form's {@link ProjectYearKey}s; a key held by another form refuses the draft with 409
 * {@code DUPLICATE_PROJECT_YEAR} naming that form, and nothing is appended. Claims written for a draft that is then
 * refused or fails to append are released when the unit of work rolls back.
 */
public final class OneFormPerProjectYear implements MessageDispatchInterceptor<EventMessage<?>> {
    private static final Logger log = LoggerFactory.getLogger(OneFormPerProjectYear.class);
    private final ProjectYearKeys keys;
    private final Predicate<String> stored;

    /** {@code stored}: whether the event store holds a form (any event of that aggregate). */
    public OneFormPerProjectYear(ProjectYearKeys keys, Predicate<String> stored) {
        this.keys = keys;
        this.stored = stored;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        for (EventMessage<?> message : messages) {
            if (EvaluationDraftedEvent.class.equals(message.getPayloadType())) {
                claimKeysOf((EvaluationDraftedEvent) message.getPayload());
            }
        }
        return (index, message) -> message;
    }

    private void claimKeysOf(EvaluationDraftedEvent drafted) {
        String evaluationId = drafted.evaluationId();
        List<ProjectYearKey> written = new ArrayList<>();
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get() : null;
        if (unitOfWork != null) {
            unitOfWork.onRollback(u -> release(written, evaluationId));
        }
        try {
            for (ProjectYearKey key : ProjectYearKey.of(drafted)) {
                ProjectYearKeys.Claim claim = keys.claim(key, evaluationId, stored);
                if (claim.written()) {
                    written.add(key);
                }
                if (!claim.holder().equals(evaluationId)) {
                    throw Refusals.duplicateProjectYear(key, drafted, claim.holder());
                }
            }
        } catch (RuntimeException refusedOrFailed) {
            if (unitOfWork == null) {
                release(written, evaluationId);
            }
            throw refusedOrFailed;
        }
    }

    /** A claim that cannot be released now is taken over once it is older than the claim timeout. */
    private void release(List<ProjectYearKey> written, String evaluationId) {
        for (ProjectYearKey key : written) {
            try {
                keys.release(key, evaluationId);
            } catch (RuntimeException e) {
                log.warn("Could not release project key {} of refused draft {}: {}", key.id(), evaluationId,
                        e.toString());
            }
        }
    }
}

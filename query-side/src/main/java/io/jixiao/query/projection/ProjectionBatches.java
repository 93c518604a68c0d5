package io.jixiao.query.projection;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.List;
import java.util.function.Supplier;

/**
 * Where a projection gathers the changes of the batch of events its processor hands it in one unit of work, and
 * when it writes them. The processor stores its token only after the last event's handlers returned, so a
 * projection that writes while handling the last event has its documents in the database before the token says
 * they are; a failure anywhere in the batch rolls the unit of work back, the gathered changes with it, and the
 * processor hands the batch over again.
 * <p>
 * Outside a unit of work (a projection called directly), or in a unit of work of one event, every event is a
 * batch of its own.
 */
public final class ProjectionBatches {
    private ProjectionBatches() {
    }

    /** The batch under {@code key} of the current unit of work, made by {@code fresh} at its first event. */
    public static <B> B current(String key, Supplier<B> fresh) {
        if (!CurrentUnitOfWork.isStarted()) {
            return fresh.get();
        }
        return CurrentUnitOfWork.get().root().getOrComputeResource(key, k -> fresh.get());
    }

    /** Runs {@code undo} if the current unit of work rolls back (at once never, outside a unit of work). */
    public static void onRollback(Runnable undo) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().onRollback(unitOfWork -> undo.run());
        }
    }

    /**
     * True while the handlers handle the last event of the batch, or an event on its own: the moment to write.
     * Every event of a batch reaches the projections of these processors (they handle every evaluation event), so
     * the last one does too.
     */
    public static boolean atLastEvent() {
        if (!CurrentUnitOfWork.isStarted()) {
            return true;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return !(root instanceof BatchingUnitOfWork<?> batching) || batching.isLastMessage();
    }

    /**
     * Hands the batch to the handlers in one unit of work, as a processor does (each projection writes at the last
     * event), for a rebuild or a benchmark that reads the events itself: the failure, if any, in the result.
     */
    public static ResultMessage<?> handle(List<? extends EventMessage<?>> batch,
                                          List<AnnotationEventHandlerAdapter> handlers) {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(List.copyOf(batch));
        return unitOfWork.executeWithResult(() -> {
            for (AnnotationEventHandlerAdapter handler : handlers) {
                handler.handle(unitOfWork.getMessage());
            }
            return null;
        });
    }
}

package io.jixiao.query.admin;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * {@code /actuator/processors} (and {@code /actuator/processors/{name}}): every event processor's position, the
 * head of the event store and the lag between them, for monitoring that reads Actuator rather than the API.
 * Read-only; resets go through {@code /api/admin/processors}. Actuator runs blocking operations off the event loop.
 */
@Component
@Endpoint(id = "processors")
public class ProcessorsEndpoint {
    private final ProcessorStatuses statuses;

    public ProcessorsEndpoint(ProcessorStatuses statuses) {
        this.statuses = statuses;
    }

    @ReadOperation
    public List<ProcessorStatus> processors() {
        return statuses.all();
    }

    /** Null answers 404. */
    @ReadOperation
    public ProcessorStatus processor(@Selector String name) {
        return statuses.one(name).orElse(null);
    }
}

package io.jixiao.query.admin;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Part of {@code /actuator/health}: at start, the system is ready only once every read model has caught up with
 * the event store (after the start-up work, such as demo data, is done), so the first screen a person opens is
 * complete. From then on it stays UP: a rebuild later is visible in the processor status, not as an outage.
 */
@Component("readModels")
public class ReadModelsReady implements HealthIndicator {
    private final ProcessorStatuses statuses;
    private volatile boolean started;
    private volatile boolean caughtUpOnce;

    public ReadModelsReady(ProcessorStatuses statuses) {
        this.statuses = statuses;
    }

    @EventListener(ApplicationReadyEvent.class)
    void applicationStarted() {
        started = true;
    }

    @Override
    public Health health() {
        if (!caughtUpOnce && started && statuses.all().stream().allMatch(ProcessorStatus::caughtUp)) {
            caughtUpOnce = true;
        }
        if (caughtUpOnce) {
            return Health.up().build();
        }
        return Health.outOfService().withDetail("readModels", "catching up with the event store").build();
    }
}

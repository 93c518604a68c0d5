package io.jixiao.platform.health;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/** Part of {@code /actuator/health}: DOWN for good once a fatal error was reported ({@link FatalErrors}). */
public class FatalErrorHealthIndicator implements HealthIndicator {
    private final FatalErrors fatalErrors;

    public FatalErrorHealthIndicator(FatalErrors fatalErrors) {
        this.fatalErrors = fatalErrors;
    }

    @Override
    public Health health() {
        return fatalErrors.failure()
                .map(failure -> Health.down().withDetail("where", failure.where())
                        .withDetail("error", failure.error()).withDetail("at", failure.at().toString()).build())
                .orElseGet(() -> Health.up().build());
    }
}

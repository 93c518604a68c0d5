package io.jixiao.query.dashboard;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * The deadlines of the fiscal years, from configuration: {@code jixiao.deadlines.2024=2025-03-31} (one property
 * per year, ISO dates), in the zone {@code jixiao.deadline-zone} (default Asia/Shanghai). A year without one is due
 * on 31 March of the next year. A malformed property stops the start, naming it.
 */
@Component
public class Deadlines {
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private final Map<Integer, LocalDate> configured;
    private final ZoneId zone;
    private final Clock clock;

    @Autowired
    public Deadlines(Environment environment, ObjectProvider<Clock> clock) {
        this(read(environment), ZoneId.of(environment.getProperty("jixiao.deadline-zone", DEFAULT_ZONE.getId())),
                clock.getIfAvailable(Clock::systemUTC));
    }

    public Deadlines(Map<Integer, LocalDate> configured, ZoneId zone, Clock clock) {
        this.configured = Map.copyOf(configured);
        this.zone = zone;
        this.clock = clock;
    }

    public Deadline of(int fiscalYear) {
        LocalDate date = configured.get(fiscalYear);
        return date == null ? new Deadline(fiscalYear, LocalDate.of(fiscalYear + 1, 3, 31), zone, false)
                : new Deadline(fiscalYear, date, zone, true);
    }

    public Instant now() {
        return clock.instant();
    }

    private static Map<Integer, LocalDate> read(Environment environment) {
        Map<String, String> properties = Binder.get(environment)
                .bind("jixiao.deadlines", Bindable.mapOf(String.class, String.class)).orElse(Map.of());
        Map<Integer, LocalDate> deadlines = new HashMap<>();
        properties.forEach((year, date) -> {
            try {
                deadlines.put(Integer.valueOf(year.trim()), LocalDate.parse(date.trim()));
            } catch (NumberFormatException | DateTimeException e) {
                throw new IllegalStateException("jixiao.deadlines." + year + "=" + date
                        + ": expected a fiscal year and an ISO date, e.g. jixiao.deadlines.2024=2025-03-31", e);
            }
        });
        return deadlines;
    }
}

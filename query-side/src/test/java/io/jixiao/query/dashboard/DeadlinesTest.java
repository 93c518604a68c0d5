package io.jixiao.query.dashboard;

import io.jixiao.kernel.evaluation.EvaluationStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeadlinesTest {
    private static final StaticListableBeanFactory NO_CLOCK = new StaticListableBeanFactory();

    @Test
    void aYearWithoutAConfiguredDeadlineIsDueOnTheLastDayOfMarchOfTheNextYear() {
        Deadlines deadlines = new Deadlines(new MockEnvironment(), NO_CLOCK.getBeanProvider(Clock.class));

        assertThat(deadlines.of(2024)).isEqualTo(new Deadline(2024, LocalDate.of(2025, 3, 31),
                ZoneId.of("Asia/Shanghai"), false));
    }

    @Test
    void deadlinesAndTheirZoneComeFromProperties() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("jixiao.deadlines.2024", "2025-04-15")
                .withProperty("jixiao.deadlines.2023", "2024-03-20")
                .withProperty("jixiao.deadline-zone", "Asia/Urumqi");
        Deadlines deadlines = new Deadlines(environment, NO_CLOCK.getBeanProvider(Clock.class));

        assertThat(deadlines.of(2024)).isEqualTo(new Deadline(2024, LocalDate.of(2025, 4, 15),
                ZoneId.of("Asia/Urumqi"), true));
        assertThat(deadlines.of(2023).date()).isEqualTo(LocalDate.of(2024, 3, 20));
        assertThat(deadlines.of(2022).configured()).isFalse();
    }

    @Test
    void aMalformedDeadlineStopsTheStartNamingTheProperty() {
        MockEnvironment environment = new MockEnvironment().withProperty("jixiao.deadlines.2024", "31.3.2025");

        assertThatThrownBy(() -> new Deadlines(environment, NO_CLOCK.getBeanProvider(Clock.class)))
                .hasMessageContaining("jixiao.deadlines.2024=31.3.2025");
    }

    @Test
    void theDeadlinePassesAtTheEndOfItsDayInItsZone() {
        Deadline deadline = new Deadline(2024, LocalDate.of(2025, 3, 31), ZoneId.of("Asia/Shanghai"), false);

        assertThat(deadline.end()).isEqualTo(Instant.parse("2025-03-31T16:00:00Z"));
        assertThat(deadline.passedAt(Instant.parse("2025-03-31T15:59:59Z"))).isFalse();
        assertThat(deadline.passedAt(Instant.parse("2025-03-31T16:00:00Z"))).isTrue();
    }

    @Test
    void onlyFormsWithTheirUnitAreOverdueAndOnlyAFirstSubmissionAfterTheEndIsLate() {
        Deadline deadline = new Deadline(2024, LocalDate.of(2025, 3, 31), ZoneId.of("Asia/Shanghai"), false);
        Instant after = Instant.parse("2025-04-01T00:00:00Z");

        assertThat(deadline.overdue(EvaluationStatus.DRAFT, after)).isTrue();
        assertThat(deadline.overdue(EvaluationStatus.RETURNED, after)).isTrue();
        assertThat(deadline.overdue(EvaluationStatus.REOPENED, after)).isTrue();
        assertThat(deadline.overdue(EvaluationStatus.UNDER_REVIEW, after)).isFalse();
        assertThat(deadline.overdue(EvaluationStatus.APPROVED, after)).isFalse();
        assertThat(deadline.overdue(EvaluationStatus.DRAFT, Instant.parse("2025-03-31T15:00:00Z"))).isFalse();
        assertThat(deadline.late(null)).isFalse();
        assertThat(deadline.late(Instant.parse("2025-03-31T15:59:59Z"))).isFalse();
        assertThat(deadline.late(Instant.parse("2025-03-31T16:00:00Z"))).isTrue();
    }

    @Test
    void theClockIsTheApplicationsWhenItHasOne() {
        Instant fixed = Instant.parse("2030-01-01T00:00:00Z");
        StaticListableBeanFactory withClock = new StaticListableBeanFactory();
        withClock.addBean("clock", Clock.fixed(fixed, ZoneOffset.UTC));

        assertThat(new Deadlines(new MockEnvironment(), withClock.getBeanProvider(Clock.class)).now()).isEqualTo(fixed);
    }
}

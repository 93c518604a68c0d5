package io.jixiao.command.access;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

class LoginAttemptsTest {
    private final MovableClock clock = new MovableClock();
    private final LoginAttempts attempts = new LoginAttempts(5, 8, Duration.ofMinutes(5), clock);

    @Test
    void theFifthFailureLocksTheUserNameUntilTheOldestLeavesTheWindow() {
        for (int i = 0; i < 4; i++) {
            failed("at-center-filler", "10.0.0.1");
            clock.advance(Duration.ofSeconds(10));
        }
        failed("AT-Center-Filler ", "10.0.0.2");

        assertThat(attempts.admit("at-center-filler", "10.0.0.3"))
                .isEqualTo(new LoginAttempts.Locked(Duration.ofSeconds(260)));
        assertThat(attempts.admit("at-gov-approver", "10.0.0.3")).isInstanceOf(LoginAttempts.Attempt.class);
        clock.advance(Duration.ofSeconds(260));
        assertThat(attempts.admit("at-center-filler", "10.0.0.3")).isInstanceOf(LoginAttempts.Attempt.class);
    }

    @Test
    void anAddressGuessingManyUserNamesIsLockedForAll() {
        for (int i = 0; i < 8; i++) {
            failed("guess-" + i, "10.0.0.9");
        }
        assertThat(attempts.admit("at-center-filler", "10.0.0.9"))
                .isEqualTo(new LoginAttempts.Locked(Duration.ofMinutes(5)));
        assertThat(attempts.admit("at-center-filler", "10.0.0.1")).isInstanceOf(LoginAttempts.Attempt.class);
    }

    /** Issue 11 item 5: the lock was read before the slow check and the failure recorded after it. */
    @Test
    void attemptsAtOnceAreCountedBeforeAnyIsCheckedSoNoMoreThanTheLimitGetThrough() throws Exception {
        int callers = 40;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<LoginAttempts.Admission>> answers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return attempts.admit("jd-finance", "10.0.0." + ThreadLocalRandom.current().nextInt(256));
                }));
            }
            start.countDown();
            int admitted = 0;
            for (Future<LoginAttempts.Admission> answer : answers) {
                admitted += answer.get() instanceof LoginAttempts.Attempt ? 1 : 0;
            }
            assertThat(admitted).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSuccessClearsTheAccountButNotTheAddresssOtherFailures() {
        for (int i = 0; i < 4; i++) {
            failed("jd-finance", "10.0.0.1");
        }
        for (int i = 0; i < 3; i++) {
            failed("sprayed-" + i, "10.0.0.1");
        }
        attempts.succeeded((LoginAttempts.Attempt) attempts.admit("jd-finance", "10.0.0.1"));

        // 7 failures of the address remain: the eighth locks it, for every user name
        assertThat(attempts.admit("jd-finance", "10.0.0.1")).isInstanceOf(LoginAttempts.Attempt.class);
        assertThat(attempts.admit("sprayed-9", "10.0.0.1")).isInstanceOf(LoginAttempts.Locked.class);
        assertThat(attempts.admit("jd-finance", "10.0.0.1")).isInstanceOf(LoginAttempts.Locked.class);
    }

    @Test
    void aLockedAccountsOwnerStillSignsInFromAUsualAddressWithinItsOwnLimit() {
        attempts.succeeded((LoginAttempts.Attempt) attempts.admit("jd-finance", "10.0.0.1"));
        for (int i = 0; i < 5; i++) {
            failed("jd-finance", "198.51.100." + i);
        }
        assertThat(attempts.admit("jd-finance", "198.51.100.77")).isInstanceOf(LoginAttempts.Locked.class);

        LoginAttempts.Admission owner = attempts.admit("JD-Finance", "10.0.0.1");
        assertThat(owner).isInstanceOf(LoginAttempts.Attempt.class);
        attempts.succeeded((LoginAttempts.Attempt) owner);
        assertThat(attempts.admit("jd-finance", "198.51.100.77"))
                .as("the owner's success does not give the guesser elsewhere another round")
                .isInstanceOf(LoginAttempts.Locked.class);

        for (int i = 0; i < 5; i++) {
            failed("jd-finance", "10.0.0.1");
        }
        assertThat(attempts.admit("jd-finance", "10.0.0.1")).as("the usual address has a limit of its own")
                .isInstanceOf(LoginAttempts.Locked.class);
    }

    @Test
    void madeUpUserNamesDoNotAccumulateOnceExpired() {
        for (int i = 0; i < 10_001; i++) {
            // five to an address, under its limit of eight
            failed("nobody-" + i, "10.1." + (i % 2000) / 250 + "." + (i % 250));
        }
        clock.advance(Duration.ofMinutes(6));
        failed("one-more", "10.0.2.1");
        assertThat(attempts.admit("nobody-1", "10.1.0.1")).isInstanceOf(LoginAttempts.Attempt.class);
        assertThat(attempts.remembered()).isEqualTo(4);
    }

    /** An attempt whose password turned out wrong: it was counted when admitted. */
    private void failed(String username, String address) {
        assertThat(attempts.admit(username, address)).isInstanceOf(LoginAttempts.Attempt.class);
    }

    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-22T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

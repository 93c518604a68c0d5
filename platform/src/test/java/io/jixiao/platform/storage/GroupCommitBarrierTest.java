package io.jixiao.platform.storage;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupCommitBarrierTest {

    /** A stand-in store: a write bumps the version; a commit makes durable what was written before it started. */
    private static final class FakeStore {
        final AtomicLong written = new AtomicLong();
        final AtomicLong durable = new AtomicLong();

        void commit() {
            long upTo = written.get();
            sleep(2);
            durable.accumulateAndGet(upTo, Math::max);
        }
    }

    @Test
    void every_caller_returns_only_after_a_commit_that_started_after_its_write() throws Exception {
        FakeStore store = new FakeStore();
        try (GroupCommitBarrier barrier = new GroupCommitBarrier(store::commit, "test-committer")) {
            int callers = 8;
            int writesPerCaller = 100;
            ExecutorService threads = Executors.newFixedThreadPool(callers);
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < callers; c++) {
                running.add(threads.submit(() -> {
                    for (int w = 0; w < writesPerCaller; w++) {
                        long myWrite = store.written.incrementAndGet();
                        barrier.awaitDurable();
                        assertThat(store.durable.get()).isGreaterThanOrEqualTo(myWrite);
                    }
                    return null;
                }));
            }
            for (Future<?> caller : running) {
                caller.get(60, TimeUnit.SECONDS);
            }
            threads.shutdownNow();

            assertThat(barrier.commitCount()).as("callers share commits").isLessThan(callers * writesPerCaller);
        }
    }

    @Test
    void a_failed_commit_fails_its_callers_and_every_later_one() {
        try (GroupCommitBarrier barrier = new GroupCommitBarrier(() -> {
            throw new IllegalStateException("disk full");
        }, "test-committer")) {
            assertThatThrownBy(barrier::awaitDurable).hasRootCauseMessage("disk full");
            assertThatThrownBy(barrier::awaitDurable).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void closing_commits_what_is_pending_and_refuses_what_comes_after() {
        FakeStore store = new FakeStore();
        GroupCommitBarrier barrier = new GroupCommitBarrier(store::commit, "test-committer");
        store.written.incrementAndGet();
        barrier.awaitDurable();
        barrier.close();

        assertThat(store.durable.get()).isEqualTo(1);
        assertThatThrownBy(barrier::awaitDurable).hasMessageContaining("closed");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

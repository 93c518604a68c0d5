package io.jixiao.command.imports;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 11 item 2: imports are served person by person, so nobody's queue holds another person's job. */
class FairImportQueueTest {

    @Test
    void anotherPersonsJobRunsBeforeTheFirstPersonsQueuedOnes() throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch allDone = new CountDownLatch(4);
        try (FairImportQueue queue = new FairImportQueue(1, "test-imports", e -> { })) {
            queue.submit("A", () -> {
                ran.add("A1");
                firstRunning.countDown();
                await(release);
                allDone.countDown();
            });
            assertThat(firstRunning.await(5, TimeUnit.SECONDS)).isTrue();
            queue.submit("A", record(ran, "A2", allDone));
            queue.submit("A", record(ran, "A3", allDone));
            queue.submit("B", record(ran, "B1", allDone));
            assertThat(queue.othersWaiting("A")).isTrue();
            assertThat(queue.othersWaiting("C")).isTrue();
            release.countDown();
            assertThat(allDone.await(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(ran).containsExactly("A1", "B1", "A2", "A3");
    }

    @Test
    void aJobThatLetsOthersGoFirstContinuesBeforeItsPersonsNextJob() throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();
        CountDownLatch queued = new CountDownLatch(1);
        CountDownLatch allDone = new CountDownLatch(4);
        try (FairImportQueue queue = new FairImportQueue(1, "test-imports", e -> { })) {
            queue.submit("A", () -> {
                ran.add("A1 first half");
                await(queued);
                // what ImportJobs does between forms when someone else waits
                if (queue.othersWaiting("A")) {
                    queue.resubmit("A", record(ran, "A1 second half", allDone));
                }
                allDone.countDown();
            });
            queue.submit("A", record(ran, "A2", allDone));
            queue.submit("B", record(ran, "B1", allDone));
            queued.countDown();
            assertThat(allDone.await(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(ran).containsExactly("A1 first half", "B1", "A1 second half", "A2");
    }

    @Test
    void twoWorkersServeTwoPeopleAtOnceWhileOneOfThemHasALongJob() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch aStarted = new CountDownLatch(2);
        CountDownLatch bRan = new CountDownLatch(1);
        try (FairImportQueue queue = new FairImportQueue(2, "test-imports", e -> { })) {
            queue.submit("A", () -> {
                aStarted.countDown();
                await(release);
            });
            queue.submit("A", () -> {
                aStarted.countDown();
                await(release);
            });
            // however long B comes after A's jobs, one worker is left for it
            assertThat(aStarted.await(300, TimeUnit.MILLISECONDS)).as("A's second job waits for A's first")
                    .isFalse();
            queue.submit("B", bRan::countDown);
            assertThat(bRan.await(5, TimeUnit.SECONDS)).as("B's job starts while A's long job runs").isTrue();
            release.countDown();
            assertThat(aStarted.await(5, TimeUnit.SECONDS)).as("A's second job runs after the first").isTrue();
        }
    }

    @Test
    void whatATaskLetsEscapeIsHandedOnAndTheWorkerGoesOn() throws Exception {
        List<Throwable> escaped = new CopyOnWriteArrayList<>();
        CountDownLatch next = new CountDownLatch(1);
        try (FairImportQueue queue = new FairImportQueue(1, "test-imports", escaped::add)) {
            queue.submit("A", () -> {
                throw new StackOverflowError("deep");
            });
            queue.submit("A", next::countDown);
            assertThat(next.await(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(escaped).singleElement().isInstanceOf(StackOverflowError.class);
    }

    private static Runnable record(List<String> ran, String name, CountDownLatch done) {
        return () -> {
            ran.add(name);
            done.countDown();
        };
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

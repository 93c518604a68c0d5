package io.jixiao.platform.health;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 11 item 1: an error in a background thread makes health DOWN; a VirtualMachineError ends the process. */
class FatalErrorsTest {

    @Test
    void anErrorMakesHealthDownAndOnlyAVirtualMachineErrorExitsOnce() {
        List<Integer> exits = new CopyOnWriteArrayList<>();
        FatalErrors fatalErrors = new FatalErrors(true, exits::add);
        FatalErrorHealthIndicator health = new FatalErrorHealthIndicator(fatalErrors);
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);

        fatalErrors.report("an import worker", new NoClassDefFoundError("gone"));
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.health().getDetails()).containsEntry("where", "an import worker");
        assertThat(exits).as("not every error leaves the process untrustworthy").isEmpty();

        fatalErrors.report("the embedded store", new OutOfMemoryError("Java heap space"));
        fatalErrors.report("an event processor", new StackOverflowError());
        assertThat(exits).containsExactly(FatalErrors.EXIT_STATUS);
        assertThat(health.health().getDetails()).as("the first failure is the one told")
                .containsEntry("where", "an import worker");
    }

    @Test
    void withoutExitOnFatalErrorTheProcessStaysUpAndSaysDown() {
        List<Integer> exits = new CopyOnWriteArrayList<>();
        FatalErrors fatalErrors = new FatalErrors(false, exits::add);
        fatalErrors.report("an import worker", new OutOfMemoryError("Java heap space"));
        assertThat(exits).isEmpty();
        assertThat(new FatalErrorHealthIndicator(fatalErrors).health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void theDefaultHandlerHearsOfAnErrorInAnyThread() throws Exception {
        List<Integer> exits = new CopyOnWriteArrayList<>();
        FatalErrors fatalErrors = new FatalErrors(true, exits::add);
        fatalErrors.install();
        try {
            Thread thread = new Thread(() -> {
                throw new OutOfMemoryError("simulated in a scheduler");
            }, "some-scheduler");
            thread.start();
            thread.join();
        } finally {
            fatalErrors.uninstall();
        }
        assertThat(fatalErrors.failure()).hasValueSatisfying(failure ->
                assertThat(failure.where()).isEqualTo("thread some-scheduler"));
        assertThat(exits).containsExactly(FatalErrors.EXIT_STATUS);
    }
}

package io.jixiao.platform.health;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Errors that leave the process unable to do its work: an {@link Error} in a background thread (an import worker,
 * an event processor, the embedded store's writer, a scheduler) or a store that stopped. The first one makes
 * {@code /actuator/health} DOWN ({@link FatalErrorHealthIndicator}) instead of a half-dead process that says UP.
 * A {@link VirtualMachineError} (out of memory, stack overflow, internal error) leaves no part of the process to
 * be trusted, so with {@code jixiao.exit-on-fatal-error} the process logs it and exits with status
 * {@value #EXIT_STATUS}, for its supervisor (systemd, Kubernetes, Docker's restart policy) to start it again: the
 * embedded store is closed on the way out, and anything durable before the error is there at the restart.
 * <p>
 * It is the process-wide default uncaught-exception handler while it is installed; code that catches
 * {@link Throwable} itself reports here.
 */
public class FatalErrors implements Thread.UncaughtExceptionHandler {
    public static final int EXIT_STATUS = 70;
    private static final Logger log = LoggerFactory.getLogger(FatalErrors.class);
    /** How long a clean shutdown (closing the store) may take before the process is halted anyway. */
    private static final Duration EXIT_GRACE = Duration.ofSeconds(20);

    private final boolean exitOnFatalError;
    private final IntConsumer exit;
    private final AtomicReference<Failure> first = new AtomicReference<>();
    private final AtomicBoolean exiting = new AtomicBoolean();
    /** Made beforehand: when the heap is exhausted, nothing more may be. */
    private final Failure undescribed = new Failure("a background thread", "an error that could not be described",
            Instant.now());
    private Thread.UncaughtExceptionHandler previous;

    public record Failure(String where, String error, Instant at) {
    }

    public FatalErrors(boolean exitOnFatalError) {
        this(exitOnFatalError, FatalErrors::exitProcess);
    }

    FatalErrors(boolean exitOnFatalError, IntConsumer exit) {
        this.exitOnFatalError = exitOnFatalError;
        this.exit = exit;
    }

    /** Becomes the default handler of uncaught exceptions, handing them on to the one before. */
    public synchronized void install() {
        previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(this);
    }

    public synchronized void uninstall() {
        if (Thread.getDefaultUncaughtExceptionHandler() == this) {
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        if (error instanceof Error) {
            String where;
            try {
                where = "thread " + thread.getName();
            } catch (Throwable outOfMemory) {
                where = "a background thread";
            }
            report(where, error);
            return;
        }
        Thread.UncaughtExceptionHandler next = previous;
        if (next != null) {
            next.uncaughtException(thread, error);
        } else {
            log.error("Uncaught exception in thread {}", thread.getName(), error);
        }
    }

    /**
     * {@code where} stopped because of {@code error}: logged with its stack trace, health DOWN from now on, and
     * for a {@link VirtualMachineError} the process exits when configured to. Never throws.
     */
    public void report(String where, Throwable error) {
        boolean exitNow = error instanceof VirtualMachineError && exitOnFatalError;
        try {
            first.compareAndSet(null, new Failure(where, describe(error), Instant.now()));
            log.error("Fatal error in {}; health is DOWN{}", where,
                    exitNow ? " and the process exits with status " + EXIT_STATUS : "", error);
        } catch (Throwable whileReporting) {
            // out of memory, even the report may fail: health still goes DOWN and the process still exits
            first.compareAndSet(null, undescribed);
        } finally {
            if (exitNow && exiting.compareAndSet(false, true)) {
                exit.accept(EXIT_STATUS);
            }
        }
    }

    /** A store or processor that stopped without an error of ours to report (polled by the watch). */
    public void reportStopped(String where, String why) {
        if (first.compareAndSet(null, new Failure(where, why, Instant.now()))) {
            log.error("{} stopped: {}; health is DOWN", where, why);
        }
    }

    public Optional<Failure> failure() {
        return Optional.ofNullable(first.get());
    }

    private static String describe(Throwable error) {
        String message = error.getMessage();
        return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /**
     * From a thread of its own: {@code System.exit} waits for the shutdown hooks (Spring closing the store), and a
     * hook waiting for the thread that called it would never end; a halt follows if the hooks take too long.
     */
    private static void exitProcess(int status) {
        try {
            Thread exiting = new Thread(() -> System.exit(status), "fatal-error-exit");
            Thread halting = new Thread(() -> {
                try {
                    Thread.sleep(EXIT_GRACE.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                Runtime.getRuntime().halt(status);
            }, "fatal-error-halt");
            halting.setDaemon(true);
            halting.start();
            exiting.start();
        } catch (Throwable noThreadPossible) {
            Runtime.getRuntime().halt(status);
        }
    }
}

package io.jixiao.platform.storage;

import java.util.Optional;

import io.jixiao.platform.storage.DurabilityBarrier;

/**
 * Group commit: a caller blocks until a store commit that started after its write has finished. One committer
 * thread runs the commits; everyone who arrived while one was running shares the next one.
 * <p>
 * A failed commit breaks the barrier for good: the store is then in an unknown state and no further append may be
 * acknowledged.
 */
public final class GroupCommitBarrier implements DurabilityBarrier, AutoCloseable {

    private final Runnable commit;
    private final Object lock = new Object();
    private final Thread committer;
    private long requested;
    private long completed;
    private long commits;
    private boolean closed;
    private boolean stopped;
    private RuntimeException failure;

    public GroupCommitBarrier(Runnable commit, String threadName) {
        this.commit = commit;
        this.committer = new Thread(this::commitLoop, threadName);
        this.committer.setDaemon(true);
        this.committer.start();
    }

    @Override
    public void awaitDurable() {
        synchronized (lock) {
            long ticket = ++requested;
            lock.notifyAll();
            boolean interrupted = false;
            try {
                while (completed < ticket && failure == null && !stopped) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        interrupted = true; // keep waiting: the caller must learn whether its write is durable
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            if (completed >= ticket) {
                return;
            }
            if (failure != null) {
                throw new IllegalStateException("The store could not be committed", failure);
            }
            throw new IllegalStateException("The store was closed; this write was not committed");
        }
    }

    /** What stopped the committer, if anything did (an error as itself): every later change is refused. */
    public Optional<Throwable> failure() {
        synchronized (lock) {
            if (failure == null) {
                return Optional.empty();
            }
            return Optional.of(failure.getCause() instanceof Error error ? error : failure);
        }
    }

    /** How many commits ran, for tests and figures: fewer than the callers when they were grouped. */
    public long commitCount() {
        synchronized (lock) {
            return commits;
        }
    }

    private void commitLoop() {
        while (true) {
            long target;
            synchronized (lock) {
                while (requested == completed && !closed) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        closed = true;
                    }
                }
                if (requested == completed || failure != null) {
                    stopped = true;
                    lock.notifyAll();
                    return;
                }
                target = requested;
            }
            RuntimeException commitFailure = null;
            try {
                commit.run();
            } catch (RuntimeException e) {
                commitFailure = e;
            } catch (Error e) {
                commitFailure = new IllegalStateException(e); // waiters must be released, not left hanging
            }
            synchronized (lock) {
                if (commitFailure != null) {
                    failure = commitFailure;
                } else {
                    completed = target;
                    commits++;
                }
                lock.notifyAll();
            }
        }
    }

    /** Commits what is pending, then stops the committer. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        try {
            committer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

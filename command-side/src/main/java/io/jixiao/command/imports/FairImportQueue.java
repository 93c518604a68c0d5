package io.jixiao.command.imports;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The import workers and what waits for them, served person by person: the next task is that of the person with
 * the fewest tasks running, and among those the one served longest ago, so a second person's job starts before
 * the first person's queued ones. A task that yields (a long job letting others go first) goes back to the front
 * of its person's line. With more than one worker, one person runs at most all workers but one at a time, so a
 * worker is always left for somebody else's job however many jobs the first person queued.
 */
final class FairImportQueue implements AutoCloseable {
    private final Map<String, Deque<Runnable>> waiting = new LinkedHashMap<>();
    private final Map<String, Integer> running = new HashMap<>();
    private final Map<String, Long> lastServed = new HashMap<>();
    private final List<Thread> workers = new ArrayList<>();
    private final Consumer<Throwable> uncaught;
    private final int maxRunningPerPerson;
    private long turns;
    private boolean closed;

    /** {@code uncaught}: what a task let escape (the task is done; the worker goes on). */
    FairImportQueue(int workerCount, String threadName, Consumer<Throwable> uncaught) {
        if (workerCount < 1) {
            throw new IllegalArgumentException("jixiao.imports.workers must be at least 1, not " + workerCount);
        }
        this.uncaught = uncaught;
        this.maxRunningPerPerson = Math.max(1, workerCount - 1);
        for (int i = 0; i < workerCount; i++) {
            Thread worker = new Thread(this::work, threadName + "-" + (i + 1));
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
    }

    synchronized void submit(String person, Runnable task) {
        waiting.computeIfAbsent(person, p -> new ArrayDeque<>()).addLast(task);
        notifyAll();
    }

    /** A task already begun, handed back to wait: it goes first among its person's tasks. */
    synchronized void resubmit(String person, Runnable task) {
        waiting.computeIfAbsent(person, p -> new ArrayDeque<>()).addFirst(task);
        notifyAll();
    }

    /** Whether someone else's task waits for a worker. */
    synchronized boolean othersWaiting(String person) {
        return waiting.keySet().stream().anyMatch(other -> !other.equals(person));
    }

    private void work() {
        while (true) {
            String person;
            Runnable task;
            synchronized (this) {
                while (next() == null && !closed) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) {
                    return;
                }
                person = next();
                Deque<Runnable> line = waiting.get(person);
                task = line.removeFirst();
                if (line.isEmpty()) {
                    waiting.remove(person);
                }
                running.merge(person, 1, Integer::sum);
                lastServed.put(person, ++turns);
            }
            try {
                task.run();
            } catch (Throwable e) {
                uncaught.accept(e);
            } finally {
                synchronized (this) {
                    running.merge(person, -1, (count, minus) -> count + minus == 0 ? null : count + minus);
                    notifyAll(); // a person at their limit may have a task waiting
                }
            }
        }
    }

    /** The person whose task goes next, null when nobody waits who is under their limit. */
    private String next() {
        String best = null;
        for (String person : waiting.keySet()) {
            if (running.getOrDefault(person, 0) >= maxRunningPerPerson) {
                continue;
            }
            if (best == null || running.getOrDefault(person, 0) < running.getOrDefault(best, 0)
                    || (running.getOrDefault(person, 0).equals(running.getOrDefault(best, 0))
                    && lastServed.getOrDefault(person, 0L) < lastServed.getOrDefault(best, 0L))) {
                best = person;
            }
        }
        return best;
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            waiting.clear();
            notifyAll();
        }
        workers.forEach(Thread::interrupt);
    }
}

package io.jixiao.command.imports;

import com.mongodb.client.model.Updates;
import io.jixiao.platform.organization.OrganizationDirectory;
import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.Refusal.Kind;
import io.jixiao.kernel.organization.Actor;
import io.jixiao.kernel.organization.Person;
import io.jixiao.kernel.organization.Role;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Import jobs: a file is stored with its job, then read and imported form by form on a worker thread, the job
 * document telling progress after every form. A job whose runner stopped (the process was killed or restarted)
 * is taken over by whichever instance sees its heartbeat go stale, and continues where it stopped; forms imported
 * before the stop are found again by their ids and skipped, so nothing is created twice.
 */
public class ImportJobs implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final int MAX_ATTEMPTS = 3;

    private final ImportJobStore store;
    private final FormImporter importer;
    private final OrganizationDirectory directory;
    private final WorkbookLimits workbookLimits;
    private final Duration resumeAfter;
    private final Clock clock;
    private final String runner = UUID.randomUUID().toString();
    private final ExecutorService workers = Executors.newSingleThreadExecutor(daemon("import-jobs"));
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(daemon("import-resume"));

    public ImportJobs(ImportJobStore store, FormImporter importer, OrganizationDirectory directory,
                      WorkbookLimits workbookLimits, Duration resumeAfter, Clock clock) {
        this.store = store;
        this.importer = importer;
        this.directory = directory;
        this.workbookLimits = workbookLimits;
        this.resumeAfter = resumeAfter;
        this.clock = clock;
    }

    /**
     * Starts looking for jobs to take over; called once the application is ready, since a job resumed before the
     * command handlers are subscribed would fail on its next form.
     */
    public void watch() {
        long every = Math.max(200, resumeAfter.toMillis() / 3);
        watcher.scheduleWithFixedDelay(this::resumeStale, 0, every, TimeUnit.MILLISECONDS);
    }

    /** Stores the file and queues its job; the answer comes before any form is read. */
    public String start(Actor owner, String fileName, byte[] content) {
        requireImporter(owner);
        String jobId = UUID.randomUUID().toString();
        Instant now = clock.instant();
        store.create(new Document("_id", jobId).append("jobId", jobId).append("status", "QUEUED")
                .append("fileName", fileName).append("format", ImportReaders.format(fileName, content).name())
                .append("ownerId", owner.userId()).append("ownerUnitId", owner.unitId())
                .append("createdAt", now).append("runner", runner).append("heartbeatAt", now)
                .append("done", 0).append("total", null).append("created", List.of()).append("skipped", List.of())
                .append("refused", List.of()), content);
        workers.submit(() -> run(jobId));
        return jobId;
    }

    public Optional<Document> find(String jobId) {
        return store.find(jobId);
    }

    /** Anyone who may start an import: a filler (their unit) or an administrator (the units below the bureau). */
    public static void requireImporter(Actor actor) {
        if (!(actor.has(Role.FILLER) || actor.has(Role.ADMINISTRATOR))) {
            throw new Refusal(Kind.FORBIDDEN, "NOT_IMPORTER",
                    "Importing forms is for fillers (their own unit) and finance-bureau administrators.",
                    "只有填报人（本单位）和财政局管理员可以导入自评表。", Map.of());
        }
    }

    void resumeStale() {
        try {
            Instant staleBefore = clock.instant().minus(resumeAfter);
            for (Document job : store.unfinished()) {
                Instant heartbeat = job.getDate("heartbeatAt").toInstant();
                if (heartbeat.isBefore(staleBefore) && store.claim(job, runner, clock.instant())) {
                    log.info("Resuming import job {} ({} of {} forms done)", job.getString("_id"),
                            job.getInteger("done", 0), job.get("total"));
                    workers.submit(() -> run(job.getString("_id")));
                }
            }
        } catch (RuntimeException e) {
            log.warn("Could not look for import jobs to resume: {}", e.toString());
        }
    }

    private void run(String jobId) {
        try {
            Document job = store.find(jobId).orElseThrow();
            byte[] file = store.file(job);
            List<FormReading> readings = ImportReaders.read(job.getString("fileName"), file, workbookLimits);
            Instant started = Optional.ofNullable(job.getDate("startedAt")).map(java.util.Date::toInstant)
                    .orElse(clock.instant());
            if (!store.update(jobId, runner, Updates.combine(Updates.set("status", "RUNNING"),
                    Updates.set("total", readings.size()), Updates.set("startedAt", started),
                    Updates.set("heartbeatAt", clock.instant())))) {
                return;
            }
            for (int i = job.getInteger("done", 0); i < readings.size(); i++) {
                Actor owner = owner(job);
                FormImporter.Outcome outcome = importer.importForm(readings.get(i), job.getString("fileName"), jobId,
                        owner);
                long seconds = Math.max(1, Duration.between(started, clock.instant()).toMillis());
                if (!store.update(jobId, runner, Updates.combine(outcome.update(), Updates.set("done", i + 1),
                        Updates.set("heartbeatAt", clock.instant()),
                        Updates.set("rate", Math.round((i + 1 - job.getInteger("done", 0)) * 10_000.0 / seconds)
                                / 10.0)))) {
                    return;
                }
            }
            store.update(jobId, runner, Updates.combine(Updates.set("status", "DONE"),
                    Updates.set("finishedAt", clock.instant())));
            store.deleteFile(store.find(jobId).orElseThrow());
        } catch (Refusal refusal) {
            // the owner may no longer import: nothing later will change that
            fail(jobId, refusal.getMessage(), refusal.messageZh());
        } catch (RuntimeException e) {
            int attempts = store.find(jobId).map(job -> job.getInteger("attempts", 0)).orElse(0) + 1;
            if (attempts >= MAX_ATTEMPTS) {
                log.warn("Import job {} failed {} times; giving up", jobId, attempts, e);
                fail(jobId, "The import stopped " + attempts + " times on the same form; it was given up.",
                        "导入在同一张表上中断了 " + attempts + " 次，已停止。");
            } else {
                // left RUNNING with its heartbeat stale, so it is taken up again after resume-after
                log.warn("Import job {} stopped (attempt {}); it will be taken up again", jobId, attempts, e);
                store.update(jobId, runner, Updates.set("attempts", attempts));
            }
        }
    }

    private void fail(String jobId, String message, String messageZh) {
        store.update(jobId, runner, Updates.combine(Updates.set("status", "FAILED"), Updates.set("failure", message),
                Updates.set("failureZh", messageZh), Updates.set("finishedAt", clock.instant())));
    }

    /** The job's owner as the organization knows them now: a person deactivated meanwhile imports nothing more. */
    private Actor owner(Document job) {
        Person person = directory.current().person(job.getString("ownerId")).filter(Person::active)
                .orElseThrow(() -> new Refusal(Kind.FORBIDDEN, "PERSON_INACTIVE",
                        "The person who started this import is no longer active.", "发起导入的人员账号已停用。"));
        return new Actor(person.id(), person.name(), person.unitId(), person.roles());
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        watcher.shutdownNow();
        workers.shutdownNow();
    }
}

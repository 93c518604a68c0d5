package io.jixiao.command.imports;

import com.mongodb.client.model.Updates;
import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.Refusal.Kind;
import io.jixiao.kernel.organization.Actor;
import io.jixiao.kernel.organization.Person;
import io.jixiao.kernel.organization.Role;
import io.jixiao.platform.health.FatalErrors;
import io.jixiao.platform.organization.OrganizationDirectory;
import io.jixiao.platform.web.TooManyRequests;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Import jobs: a file is stored with its job, then read and imported form by form by one of the workers of a
 * {@link FairImportQueue}, the job document telling progress after every form. A job whose runner stopped (the
 * process was killed or restarted) is taken over by whichever instance sees its heartbeat go stale, and continues
 * where it stopped; forms imported before the stop are found again by their ids and skipped, so nothing is
 * created twice. Every start of a job counts an attempt before anything is read, so a job that kills its process
 * is counted too, and after {@value #MAX_ATTEMPTS} it is FAILED and never started again.
 */
public class ImportJobs implements AutoCloseable {
    static final int MAX_ATTEMPTS = 3;
    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    /** A job that ran this long lets another person's waiting job have its worker, and queues again. */
    private static final Duration SLICE = Duration.ofSeconds(2);
    private static final Duration RETRY_FULL_QUEUE = Duration.ofSeconds(30);

    private final ImportJobStore store;
    private final FormImporter importer;
    private final OrganizationDirectory directory;
    private final WorkbookLimits workbookLimits;
    private final Duration resumeAfter;
    private final int maxQueuedPerPerson;
    private final FatalErrors fatalErrors;
    private final Clock clock;
    private final String runner = UUID.randomUUID().toString();
    /** Jobs of this instance, waiting for a worker or running: their heartbeat is kept fresh. */
    private final Set<String> held = ConcurrentHashMap.newKeySet();
    private final Map<String, Object> startLocks = new ConcurrentHashMap<>();
    private final FairImportQueue queue;
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "import-resume");
        thread.setDaemon(true);
        return thread;
    });

    public ImportJobs(ImportJobStore store, FormImporter importer, OrganizationDirectory directory,
                      WorkbookLimits workbookLimits, Duration resumeAfter, int workers, int maxQueuedPerPerson,
                      FatalErrors fatalErrors, Clock clock) {
        this.store = store;
        this.importer = importer;
        this.directory = directory;
        this.workbookLimits = workbookLimits;
        this.resumeAfter = resumeAfter;
        this.maxQueuedPerPerson = maxQueuedPerPerson;
        this.fatalErrors = fatalErrors;
        this.clock = clock;
        this.queue = new FairImportQueue(workers, "import-jobs", e -> fatalErrors.report("an import worker", e));
    }

    /**
     * Starts looking for jobs to take over; called once the application is ready, since a job resumed before the
     * command handlers are subscribed would fail on its next form.
     */
    public void watch() {
        long every = Math.max(200, resumeAfter.toMillis() / 3);
        watcher.scheduleWithFixedDelay(this::resumeStale, 0, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Stores the file and queues its job; the answer comes before any form is read. A person with
     * {@code max-queued-per-person} jobs queued or running is told to wait (429) and nothing is stored.
     */
    public String start(Actor owner, String fileName, byte[] content) {
        requireImporter(owner);
        String jobId = UUID.randomUUID().toString();
        synchronized (startLocks.computeIfAbsent(owner.userId(), id -> new Object())) {
            long unfinished = store.unfinishedOf(owner.userId());
            if (unfinished >= maxQueuedPerPerson) {
                throw new TooManyRequests("IMPORT_QUEUE_FULL", "You already have " + unfinished
                        + " imports queued or running (at most " + maxQueuedPerPerson
                        + "). Wait until one of them is done, then send this file again; it was not stored.",
                        "您已有 " + unfinished + " 个导入任务在排队或进行中（最多 " + maxQueuedPerPerson
                                + " 个）。请等其中一个完成后再上传此文件；本文件未保存。", RETRY_FULL_QUEUE);
            }
            Instant now = clock.instant();
            store.create(new Document("_id", jobId).append("jobId", jobId).append("status", "QUEUED")
                    .append("fileName", fileName).append("format", ImportReaders.format(fileName, content).name())
                    .append("ownerId", owner.userId()).append("ownerUnitId", owner.unitId())
                    .append("createdAt", now).append("runner", runner).append("heartbeatAt", now)
                    .append("attempts", 0).append("done", 0).append("total", null).append("created", List.of())
                    .append("skipped", List.of()).append("refused", List.of()), content);
            held.add(jobId);
        }
        queue.submit(owner.userId(), () -> run(jobId));
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
            Instant now = clock.instant();
            store.beat(Set.copyOf(held), runner, now);
            Instant staleBefore = now.minus(resumeAfter);
            for (Document job : store.unfinished()) {
                String jobId = job.getString("_id");
                Instant heartbeat = job.getDate("heartbeatAt").toInstant();
                if (!held.contains(jobId) && heartbeat.isBefore(staleBefore) && store.claim(job, runner, now)) {
                    log.info("Resuming import job {} ({} of {} forms done, attempt {})", jobId,
                            job.getInteger("done", 0), job.get("total"), job.getInteger("attempts", 0) + 1);
                    held.add(jobId);
                    queue.submit(job.getString("ownerId"), () -> run(jobId));
                }
            }
        } catch (Error e) {
            fatalErrors.report("the import resume watch", e);
        } catch (RuntimeException e) {
            log.warn("Could not look for import jobs to resume: {}", e.toString());
        }
    }

    /** One start of a job: counted first, then the file is read and the forms imported from where it stopped. */
    private void run(String jobId) {
        try {
            Document job = store.find(jobId).orElseThrow();
            int attempts = job.getInteger("attempts", 0);
            if (attempts >= MAX_ATTEMPTS) {
                log.warn("Import job {} was started {} times without finishing; giving up", jobId, attempts);
                fail(jobId, "The import was started " + attempts + " times and stopped each time before it was done"
                                + " (the system stopped while reading it); it was given up and will not be started again.",
                        "该导入已开始 " + attempts + " 次，每次都在完成前中断（读取时系统停止），已放弃，不会再次开始。");
                return;
            }
            if (!store.update(jobId, runner, Updates.set("attempts", attempts + 1))) {
                held.remove(jobId);
                return;
            }
            List<FormReading> readings = ImportReaders.read(job.getString("fileName"), store.file(job),
                    workbookLimits);
            Instant started = Optional.ofNullable(job.getDate("startedAt")).map(java.util.Date::toInstant)
                    .orElse(clock.instant());
            if (!store.update(jobId, runner, Updates.combine(Updates.set("status", "RUNNING"),
                    Updates.set("total", readings.size()), Updates.set("startedAt", started),
                    Updates.set("heartbeatAt", clock.instant())))) {
                held.remove(jobId);
                return;
            }
            int done = job.getInteger("done", 0);
            importForms(new Progress(jobId, job.getString("ownerId"), job.getString("fileName"), readings, started,
                    done, done));
        } catch (Throwable e) {
            stopped(jobId, e);
        }
    }

    /** What a running job needs to go on after it let others go first. */
    private record Progress(String jobId, String ownerId, String fileName, List<FormReading> readings,
                            Instant started, int doneAtStart, int next) {
    }

    private void importForms(Progress progress) {
        String jobId = progress.jobId();
        try {
            long sliceStarted = System.nanoTime();
            for (int i = progress.next(); i < progress.readings().size(); i++) {
                FormImporter.Outcome outcome = importer.importForm(progress.readings().get(i), progress.fileName(),
                        jobId, owner(progress.ownerId()));
                long millis = Math.max(1, Duration.between(progress.started(), clock.instant()).toMillis());
                if (!store.update(jobId, runner, Updates.combine(outcome.update(), Updates.set("done", i + 1),
                        Updates.set("heartbeatAt", clock.instant()), Updates.set("rate",
                                Math.round((i + 1 - progress.doneAtStart()) * 10_000.0 / millis) / 10.0)))) {
                    held.remove(jobId);
                    return;
                }
                if (i + 1 < progress.readings().size() && System.nanoTime() - sliceStarted > SLICE.toNanos()
                        && queue.othersWaiting(progress.ownerId())) {
                    Progress rest = new Progress(jobId, progress.ownerId(), progress.fileName(),
                            progress.readings(), progress.started(), progress.doneAtStart(), i + 1);
                    queue.resubmit(progress.ownerId(), () -> importForms(rest));
                    return;
                }
            }
            Optional<ImportProblem> unreadable = FormReading.wholeFileProblem(progress.readings(),
                    progress.fileName());
            if (unreadable.isPresent()) {
                fail(jobId, unreadable.get().message(), unreadable.get().messageZh());
                return;
            }
            store.update(jobId, runner, Updates.combine(Updates.set("status", "DONE"),
                    Updates.set("finishedAt", clock.instant())));
            store.deleteFile(store.find(jobId).orElseThrow());
            held.remove(jobId);
        } catch (Throwable e) {
            stopped(jobId, e);
        }
    }

    /**
     * A start that ended in {@code error}, whatever it was: its attempt was counted before it ran. A refusal (the
     * owner may no longer import) will not change by trying again; anything else is tried again after
     * resume-after, up to the limit. An {@link Error} is reported last, since it may end the process.
     */
    private void stopped(String jobId, Throwable error) {
        try {
            if (error instanceof Refusal refusal) {
                fail(jobId, refusal.getMessage(), refusal.messageZh());
                return;
            }
            int attempts = store.find(jobId).map(job -> job.getInteger("attempts", 0)).orElse(MAX_ATTEMPTS);
            if (attempts >= MAX_ATTEMPTS) {
                log.warn("Import job {} failed {} times; giving up", jobId, attempts, logged(error));
                fail(jobId, "The import stopped " + attempts + " times (the last time: " + describe(error)
                                + "); it was given up and will not be started again.",
                        "导入已中断 " + attempts + " 次（最后一次：" + describeZh(error) + "），已放弃，不会再次开始。");
            } else {
                // its heartbeat goes stale once it is no longer held, so it is taken up again after resume-after
                log.warn("Import job {} stopped (attempt {} of {}); it will be taken up again", jobId, attempts,
                        MAX_ATTEMPTS, logged(error));
                held.remove(jobId);
            }
        } catch (Throwable recording) {
            error.addSuppressed(recording);
            held.remove(jobId);
        } finally {
            if (error instanceof Error) {
                fatalErrors.report("import job " + jobId, error);
            }
        }
    }

    private void fail(String jobId, String message, String messageZh) {
        held.remove(jobId);
        if (store.update(jobId, runner, Updates.combine(Updates.set("status", "FAILED"),
                Updates.set("failure", message), Updates.set("failureZh", messageZh),
                Updates.set("finishedAt", clock.instant())))) {
            store.find(jobId).ifPresent(store::deleteFile); // never read again
        }
    }

    /** An error is logged with its stack trace once, by {@link FatalErrors}. */
    private static Object logged(Throwable error) {
        return error instanceof Error ? error.toString() : error;
    }

    private static String describe(Throwable error) {
        if (error instanceof OutOfMemoryError) {
            return "out of memory";
        }
        return error instanceof Error ? error.getClass().getSimpleName() : "an unexpected failure";
    }

    private static String describeZh(Throwable error) {
        if (error instanceof OutOfMemoryError) {
            return "内存不足";
        }
        return error instanceof Error ? error.getClass().getSimpleName() : "意外故障";
    }

    /** The job's owner as the organization knows them now: a person deactivated meanwhile imports nothing more. */
    private Actor owner(String ownerId) {
        Person person = directory.current().person(ownerId).filter(Person::active)
                .orElseThrow(() -> new Refusal(Kind.FORBIDDEN, "PERSON_INACTIVE",
                        "The person who started this import is no longer active.", "发起导入的人员账号已停用。"));
        return Actor.of(person);
    }

    @Override
    public void close() {
        watcher.shutdownNow();
        queue.close();
    }
}

package io.jixiao.command.imports;

import io.jixiao.command.access.CurrentActor;
import io.jixiao.platform.organization.OrganizationDirectory;
import io.jixiao.platform.web.AccessChanged;
import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.Refusal.Kind;
import io.jixiao.kernel.evaluation.InputRules;
import io.jixiao.kernel.organization.Actor;
import io.jixiao.kernel.organization.Person;
import io.jixiao.kernel.organization.Role;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Import a file of forms (README "Forms in and out"): a job to follow, once or live. */
@RestController
public class ImportController {
    private static final Set<String> FINISHED = Set.of("DONE", "FAILED");
    private static final Logger refusals = LoggerFactory.getLogger("io.jixiao.refusals");

    private final ImportJobs jobs;
    private final CurrentActor currentActor;
    private final OrganizationDirectory directory;
    private final long maxBytes;

    public ImportController(ImportJobs jobs, CurrentActor currentActor, OrganizationDirectory directory,
                            @Value("${jixiao.limits.import-file-mb:50}") long maxMegabytes) {
        this.jobs = jobs;
        this.currentActor = currentActor;
        this.directory = directory;
        this.maxBytes = maxMegabytes * 1024 * 1024;
    }

    /**
     * The body is read here part by part rather than bound by Spring, so that a malformed body, wherever it breaks,
     * is refused with 400 naming the problem (and no error is left unheard once the file part was found).
     */
    @PostMapping(value = "/api/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    public Mono<Map<String, String>> start(@RequestBody Flux<Part> parts) {
        return currentActor.get().doOnNext(ImportJobs::requireImporter).flatMap(actor -> parts
                .onErrorMap(e -> MalformedMultipart.refusal(e).<Throwable>map(refusal -> refusal).orElse(e))
                .concatMap(part -> part instanceof FilePart file
                        && "file".equals(part.headers().getContentDisposition().getName())
                        ? read(file).map(bytes -> new Upload(requireCleanFileName(file.filename()), bytes))
                        : part.content().doOnNext(DataBufferUtils::release).then(Mono.<Upload>empty()))
                .collectList()
                .map(ImportController::theOneFile)
                .publishOn(Schedulers.boundedElastic())
                .map(upload -> Map.of("jobId", jobs.start(actor, upload.fileName(), upload.content()))));
    }

    private record Upload(String fileName, byte[] content) {
    }

    private Mono<byte[]> read(FilePart file) {
        return DataBufferUtils.join(file.content(), (int) Math.min(Integer.MAX_VALUE, maxBytes))
                .onErrorMap(org.springframework.core.io.buffer.DataBufferLimitException.class, e -> tooLarge())
                .onErrorMap(e -> MalformedMultipart.refusal(e).<Throwable>map(refusal -> refusal).orElse(e))
                .map(buffer -> {
                    byte[] bytes = new byte[buffer.readableByteCount()];
                    buffer.read(bytes);
                    DataBufferUtils.release(buffer);
                    return bytes;
                })
                .defaultIfEmpty(new byte[0]);
    }

    private static Upload theOneFile(List<Upload> files) {
        if (files.isEmpty()) {
            throw missingFile(); // none, or sent as a plain field without a file name
        }
        if (files.size() > 1) {
            throw new Refusal(Kind.INVALID_INPUT, "ONE_FILE_PER_IMPORT",
                    "Send one file per import; this request has " + files.size() + " parts named \"file\".",
                    "每次导入只能上传一个文件；本次请求有 " + files.size() + " 个名为 file 的部分。",
                    Map.of("field", "file"));
        }
        if (files.get(0).content().length == 0) {
            throw emptyFile();
        }
        return files.get(0);
    }

    @GetMapping("/api/imports/{jobId}")
    public Mono<Document> job(@PathVariable String jobId) {
        return currentActor.get().publishOn(Schedulers.boundedElastic()).map(actor -> visibleJob(actor, jobId));
    }

    /** The job, then the job again whenever it moved on, until it is done (or failed). */
    @GetMapping(value = "/api/imports/{jobId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public Flux<ServerSentEvent<?>> events(@PathVariable String jobId) {
        return currentActor.get().publishOn(Schedulers.boundedElastic())
                .doOnNext(actor -> visibleJob(actor, jobId))
                .flatMapMany(actor -> Flux.interval(Duration.ZERO, Duration.ofMillis(250))
                        .publishOn(Schedulers.boundedElastic())
                        .map(tick -> progressAsSeenNow(actor, jobId))
                        .distinctUntilChanged(event -> event.data() instanceof Document job
                                ? Objects.toString(job.get("done")) + job.get("status") : event.event())
                        .takeUntil(event -> !(event.data() instanceof Document job)
                                || FINISHED.contains(job.getString("status"))));
    }

    /**
     * The job's progress for the person as the organization knows them now: deactivated, or no longer allowed to
     * see the job (a role taken, a unit moved), they get one last event {@link AccessChanged} saying why instead.
     */
    private ServerSentEvent<?> progressAsSeenNow(Actor opened, String jobId) {
        Optional<Actor> now = directory.current().person(opened.userId()).filter(Person::active)
                .map(Actor::of);
        try {
            Actor actor = now.orElseThrow(() -> new Refusal(Kind.FORBIDDEN, "PERSON_INACTIVE",
                    "your account is no longer active", "您的账号已停用"));
            return ServerSentEvent.builder(visibleJob(actor, jobId)).event("progress").build();
        } catch (Refusal refusal) {
            refusals.info("Ended import progress stream of job {} for {}: ACCESS_CHANGED {}", jobId,
                    opened.userId(), refusal.code());
            return AccessChanged.event(refusal.getMessage(), refusal.messageZh(), refusal.code());
        }
    }

    /** The one who started it, and administrators and auditors at or above their unit. */
    private Document visibleJob(Actor actor, String jobId) {
        Document job = jobs.find(jobId).orElseThrow(() -> notFound(jobId));
        boolean owner = actor.userId().equals(job.getString("ownerId"));
        boolean supervisor = (actor.has(Role.ADMINISTRATOR) || actor.has(Role.AUDITOR))
                && directory.current().isWithin(job.getString("ownerUnitId"), actor.unitId());
        if (!(owner || supervisor)) {
            throw notFound(jobId);
        }
        Document answer = new Document(job);
        for (String internal : new String[]{"_id", "runner", "heartbeatAt", "chunks"}) {
            answer.remove(internal);
        }
        return answer;
    }

    private static Refusal notFound(String jobId) {
        return new Refusal(Kind.NOT_FOUND, "IMPORT_NOT_FOUND", "No import job " + jobId + " of yours.",
                "没有您的导入任务 " + jobId + "。", Map.of("jobId", jobId));
    }

    /** The file name is kept in every imported form's history: the kernel's text rule holds for it too. */
    private static String requireCleanFileName(String fileName) {
        InputRules.forbiddenCharacter(fileName, false).ifPresent(found -> {
            throw new Refusal(Kind.INVALID_INPUT, "INVALID_FILE_NAME", "The file name" + found.message(),
                    "文件名" + found.messageZh(), Map.of("field", "file", "codePoint", found.label()));
        });
        return fileName;
    }

    private static Refusal missingFile() {
        return new Refusal(Kind.INVALID_INPUT, "FILE_REQUIRED", "Send the file as the multipart part \"file\", with a file name"
                        + " (Content-Disposition: form-data; name=\"file\"; filename=\"...\").",
                "请以 multipart 中名为 file 且带文件名的部分上传文件。", Map.of("field", "file"));
    }

    private static Refusal emptyFile() {
        return new Refusal(Kind.INVALID_INPUT, "FILE_EMPTY", "The file is empty.", "文件为空。",
                Map.of("field", "file"));
    }

    private Refusal tooLarge() {
        return new Refusal(Kind.INVALID_INPUT, "FILE_TOO_LARGE",
                "The file is larger than " + maxBytes / 1024 / 1024 + " MB.",
                "文件超过 " + maxBytes / 1024 / 1024 + " MB。", Map.of("field", "file"));
    }
}

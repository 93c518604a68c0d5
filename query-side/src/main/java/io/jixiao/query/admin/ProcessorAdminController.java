package io.jixiao.query.admin;

import io.jixiao.query.access.Callers;
import io.jixiao.query.access.ReadPolicy;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.List;
import java.util.concurrent.Callable;

/** The event processors over HTTP, for administrators and finance reviewers: their status, and rebuilds. */
@RestController
@RequestMapping("/api/admin/processors")
public class ProcessorAdminController {
    private final ProcessorStatuses statuses;
    private final ProcessorReset reset;
    private final Rebuilds rebuilds;
    private final ReadPolicy policy;

    public ProcessorAdminController(ProcessorStatuses statuses, ProcessorReset reset, Rebuilds rebuilds,
                                    ReadPolicy policy) {
        this.statuses = statuses;
        this.reset = reset;
        this.rebuilds = rebuilds;
        this.policy = policy;
    }

    @GetMapping
    public Mono<List<ProcessorStatus>> list() {
        return allowed(statuses::all);
    }

    @GetMapping("/{name}")
    public Mono<ProcessorStatus> one(@PathVariable("name") String name) {
        return allowed(() -> statuses.one(name).orElseThrow(() -> ProcessorReset.unknown(name)));
    }

    /**
     * 202: a rebuild has begun. A read model with generations is built anew beside the one that keeps answering
     * and switched to once caught up (409 {@code REBUILD_RUNNING} while one runs); GET tells how far it got.
     */
    @PostMapping("/{name}/reset")
    public Mono<ResponseEntity<ProcessorStatus>> reset(@PathVariable("name") String name) {
        return allowed(() -> reset.reset(name)).map(status -> ResponseEntity.status(HttpStatus.ACCEPTED).body(status));
    }

    /**
     * 202: the running rebuild stops at its next batch and its generation is dropped; the active one keeps answering.
     * 409 {@code NO_REBUILD_RUNNING} without one, {@code REBUILD_SWITCHING} once it is switching over.
     */
    @DeleteMapping("/{name}/rebuild")
    public Mono<ResponseEntity<ProcessorStatus>> abortRebuild(@PathVariable("name") String name) {
        return allowed(() -> {
            rebuilds.abort(name);
            return statuses.one(name).orElseThrow(() -> ProcessorReset.unknown(name));
        }).map(status -> ResponseEntity.status(HttpStatus.ACCEPTED).body(status));
    }

    /** Reading the event store's head and stopping a processor block: both run off the event loop. */
    private <T> Mono<T> allowed(Callable<T> work) {
        return Callers.current().doOnNext(policy::requireProcessorAdmin)
                .flatMap(caller -> Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic()));
    }
}

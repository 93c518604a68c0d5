package io.jixiao.command.approval;

import io.jixiao.command.evaluation.CommandOutcome;
import io.jixiao.command.web.CommandSender;
import io.jixiao.kernel.approval.ApproveEvaluationCommand;
import io.jixiao.kernel.approval.ReopenEvaluationCommand;
import io.jixiao.kernel.approval.ReturnEvaluationCommand;
import io.jixiao.kernel.approval.SubmitEvaluationCommand;
import io.jixiao.kernel.approval.WithdrawEvaluationCommand;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import static io.jixiao.command.web.RequestValues.expectedVersion;

/** HTTP for the workflow: submit, approve, return, withdraw, reopen. */
@RestController
public class ApprovalCommandController {
    private final CommandSender commands;

    public ApprovalCommandController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping("/api/evaluations/{id}/submit")
    public Mono<CommandOutcome> submit(@PathVariable String id, @RequestBody Step body) {
        long version = expectedVersion(body.expectedVersion());
        return commands.send(actor -> new SubmitEvaluationCommand(id, body.comment(), version, actor));
    }

    @PostMapping("/api/evaluations/{id}/approve")
    public Mono<CommandOutcome> approve(@PathVariable String id, @RequestBody Step body) {
        long version = expectedVersion(body.expectedVersion());
        return commands.send(actor -> new ApproveEvaluationCommand(id, body.comment(), version, actor));
    }

    @PostMapping("/api/evaluations/{id}/return")
    public Mono<CommandOutcome> returnForm(@PathVariable String id, @RequestBody Step body) {
        long version = expectedVersion(body.expectedVersion());
        return commands.send(actor -> new ReturnEvaluationCommand(id, body.reason(), version, actor));
    }

    @PostMapping("/api/evaluations/{id}/withdraw")
    public Mono<CommandOutcome> withdraw(@PathVariable String id, @RequestBody Step body) {
        long version = expectedVersion(body.expectedVersion());
        return commands.send(actor -> new WithdrawEvaluationCommand(id, body.reason(), version, actor));
    }

    @PostMapping("/api/evaluations/{id}/reopen")
    public Mono<CommandOutcome> reopen(@PathVariable String id, @RequestBody Step body) {
        long version = expectedVersion(body.expectedVersion());
        return commands.send(actor -> new ReopenEvaluationCommand(id, body.reason(), version, actor));
    }

    /** One body for every workflow step: what a person writes with it, and the version they saw. */
    record Step(String comment, String reason, Long expectedVersion) {
    }
}

package io.jixiao.deploy.demo;

import io.jixiao.command.evaluation.CommandOutcome;
import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.approval.ApprovalPolicy;
import io.jixiao.kernel.approval.ApproveEvaluationCommand;
import io.jixiao.kernel.approval.ReopenEvaluationCommand;
import io.jixiao.kernel.approval.ReturnEvaluationCommand;
import io.jixiao.kernel.approval.ReviewStep;
import io.jixiao.kernel.approval.SubmitEvaluationCommand;
import io.jixiao.kernel.approval.WithdrawEvaluationCommand;
import io.jixiao.kernel.evaluation.AmendGoalsCommand;
import io.jixiao.kernel.evaluation.DraftEvaluationCommand;
import io.jixiao.kernel.organization.Actor;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.organization.Person;
import io.jixiao.kernel.organization.Role;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Tells one demo form's {@link Story} through commands, each by the person whose job it is: the unit's filler
 * drafts, amends and submits, the reviewers of the form's chain approve or return, the finance bureau reopens.
 */
public final class StoryRunner {
    private static final Logger log = LoggerFactory.getLogger(StoryRunner.class);

    private final CommandGateway commands;
    private final Organization organization;

    public StoryRunner(CommandGateway commands, Organization organization) {
        this.commands = commands;
        this.organization = organization;
    }

    /** @return the number of events the form has afterwards */
    public long tell(DemoForm form) {
        return new Telling(form).run();
    }

    private final class Telling {
        private final DraftEvaluationCommand draft;
        private final Story story;
        private final Actor filler;
        private final List<ReviewStep> chain;
        private long version;

        Telling(DemoForm form) {
            this.draft = form.draft();
            this.story = form.story();
            this.filler = draft.actor();
            this.chain = ApprovalPolicy.reviewChain(organization, draft.implementingUnitId(),
                    draft.competentDepartmentId());
        }

        long run() {
            commands.sendAndWait(draft);
            version = 1;
            if (story == Story.DRAFT || !submit("自评完成，请审核。")) {
                return version;
            }
            switch (story) {
                case UNDER_REVIEW -> { }
                case AWAITING_FINANCE -> approve(chain.size() - 1);
                case RETURNED -> returnByDepartment();
                case APPROVED -> approve(chain.size());
                case RETURNED_THEN_APPROVED -> {
                    returnByDepartment();
                    send(Corrections.goalsAnsweringReturn(draft, version));
                    resubmitAndApprove("已按审核意见修改，请重新审核。");
                }
                case WITHDRAWN, WITHDRAWN_THEN_APPROVED -> {
                    send(new WithdrawEvaluationCommand(id(), "发现全年执行数填报有误，撤回更正。", version, filler));
                    correctExecuted("更正全年执行数，与单位决算报表一致。");
                    if (story == Story.WITHDRAWN_THEN_APPROVED) {
                        resubmitAndApprove("执行数已更正，请审核。");
                    }
                }
                case REOPENED, REOPENED_THEN_APPROVED -> {
                    approve(chain.size());
                    send(new ReopenEvaluationCommand(id(), "决算复核发现全年执行数与部门决算不一致，请更正后重新报送。",
                            version, reviewer(chain.size() - 1)));
                    correctExecuted("按财政复核意见更正全年执行数。");
                    if (story == Story.REOPENED_THEN_APPROVED) {
                        resubmitAndApprove("已按财政复核意见更正，请重新审核。");
                    }
                }
                case DRAFT -> throw new IllegalStateException("A draft is never submitted");
            }
            return version;
        }

        private boolean submit(String comment) {
            try {
                send(new SubmitEvaluationCommand(id(), comment, version, filler));
                return true;
            } catch (Refusal refused) {
                if (!"FORM_INCOMPLETE".equals(refused.code())) {
                    throw refused;
                }
                // The seed forms are transcriptions with cells the OCR lost; such a form cannot leave its unit.
                log.info("Demo form {} stays a draft: {}", draft.source(), refused.getMessage());
                return false;
            }
        }

        private void resubmitAndApprove(String comment) {
            if (submit(comment)) {
                approve(chain.size());
            }
        }

        /** Approves level by level until {@code levels} levels have passed. */
        private void approve(int levels) {
            for (int level = 0; level < levels; level++) {
                send(new ApproveEvaluationCommand(id(), "同意。", version, reviewer(level)));
            }
        }

        /** Passes the unit's own review where there is one, then the competent department returns the form. */
        private void returnByDepartment() {
            int department = chain.size() - 2;
            approve(department);
            send(new ReturnEvaluationCommand(id(), "满意度指标请附调查问卷汇总，偏差原因请写明改进措施。", version,
                    reviewer(department)));
        }

        private Actor reviewer(int level) {
            ReviewStep step = chain.get(level);
            return actor(step.unitId(), ApprovalPolicy.roleAt(step.level()));
        }

        private void correctExecuted(String reason) {
            for (Corrections.FundsChange change : Corrections.executedCorrection(draft, reason)) {
                send(change.command(version));
            }
        }

        private String id() {
            return draft.evaluationId();
        }

        private void send(Object command) {
            CommandOutcome outcome = commands.sendAndWait(command);
            version = outcome.version();
        }
    }

    private Actor actor(String unitId, Role role) {
        Person person = organization.holders(unitId, role).stream().findFirst().orElseThrow(
                () -> new IllegalStateException("The demo organization has no " + role + " in " + unitId));
        return Actor.of(person);
    }
}

package io.jixiao.command.imports;

import com.mongodb.client.model.Updates;
import io.jixiao.command.evaluation.Refusals;
import io.jixiao.platform.organization.OrganizationDirectory;
import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.evaluation.EvaluationIds;
import io.jixiao.kernel.evaluation.ImportEvaluationCommand;
import io.jixiao.kernel.organization.Actor;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.organization.Unit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns one form read from a file into one command: all or nothing, since the whole form is one draft event.
 * Says what became of it: created, skipped (the form exists already) or refused (with every reason, located).
 */
public class FormImporter {
    private final CommandGateway commands;
    private final EventStore eventStore;
    private final OrganizationDirectory directory;

    public FormImporter(CommandGateway commands, EventStore eventStore, OrganizationDirectory directory) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.directory = directory;
    }

    /** What to add to the job document for this form. */
    public record Outcome(Bson update) {
        static Outcome created(String evaluationId) {
            return new Outcome(Updates.push("created", evaluationId));
        }

        static Outcome skipped(String form, String evaluationId, String reason, String reasonZh) {
            return new Outcome(Updates.push("skipped", new Document("form", form).append("evaluationId", evaluationId)
                    .append("reason", reason).append("reasonZh", reasonZh)));
        }

        static Outcome refused(List<ImportProblem> problems) {
            return refused(problems, "UNREADABLE");
        }

        /** {@code code} says why: UNREADABLE (the file), or the refusal code of the command (who, or a rule). */
        static Outcome refused(List<ImportProblem> problems, String code) {
            List<Document> documents = problems.stream().map(p -> new Document("form", p.form()).append("code", code)
                    .append("row", p.row()).append("column", p.column()).append("message", p.message())
                    .append("messageZh", p.messageZh()))
                    .toList();
            return new Outcome(Updates.pushEach("refused", documents));
        }
    }

    public Outcome importForm(FormReading reading, String fileName, String jobId, Actor importer) {
        if (!reading.readable()) {
            return Outcome.refused(reading.problems().isEmpty()
                    ? List.of(new ImportProblem(reading.form(), null, null, "Nothing of this form could be read.",
                    "该表单无法读取。")) : reading.problems());
        }
        FormContent form = reading.content();
        Organization organization = directory.current();
        String reach = organization.financeBureauOf(importer.unitId()).map(Unit::id).orElse(importer.unitId());
        ReachableUnits.Found implementing = ReachableUnits.find(organization, reach, form.implementingUnitId(),
                form.implementingUnitName(), reading.form(), "implementingUnit", "实施单位");
        ReachableUnits.Found department = ReachableUnits.find(organization, reach, form.competentDepartmentId(),
                form.competentDepartmentName(), reading.form(), "competentDepartment", "主管部门");
        List<ImportProblem> problems = new ArrayList<>();
        Optional.ofNullable(implementing.problem()).ifPresent(problems::add);
        Optional.ofNullable(department.problem()).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            return Outcome.refused(problems, "UNKNOWN_UNIT");
        }
        String evaluationId = EvaluationIds.imported(form.fiscalYear(), implementing.unitId(), form.projectName());
        if (eventStore.readEvents(evaluationId, 0).hasNext()) {
            return Outcome.skipped(reading.form(), evaluationId, "Already imported.", "此前已导入。");
        }
        try {
            commands.sendAndWait(new ImportEvaluationCommand(evaluationId, form.fiscalYear(), form.projectName(),
                    form.projectCode(), department.unitId(), implementing.unitId(), form.amountUnit(), form.funds(),
                    form.goals(), form.indicators(), fileName + " · " + reading.form() + " · job " + jobId, importer));
            return Outcome.created(evaluationId);
        } catch (Refusal refusal) {
            if (Refusals.DUPLICATE_PROJECT_YEAR.equals(refusal.code())) {
                // drafted by hand, or imported under another name with the same project code
                return Outcome.skipped(reading.form(), String.valueOf(refusal.details().get("evaluationId")),
                        "The unit already has a form of this project for " + form.fiscalYear() + ".",
                        "该单位已有本项目 " + form.fiscalYear() + " 年度的自评表。");
            }
            Object field = refusal.details().get("field");
            return Outcome.refused(List.of(new ImportProblem(reading.form(), null,
                    field == null ? null : field.toString(), refusal.getMessage(), refusal.messageZh())),
                    refusal.code());
        } catch (RuntimeException e) {
            if (eventStore.readEvents(evaluationId, 0).hasNext()) {
                // another runner imported it at the same moment
                return Outcome.skipped(reading.form(), evaluationId, "Already imported.", "此前已导入。");
            }
            throw e;
        }
    }
}

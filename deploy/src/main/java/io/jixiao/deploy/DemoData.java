package io.jixiao.deploy;

import io.jixiao.command.imports.FixtureForms;
import io.jixiao.command.imports.FixtureForms.FixtureForm;
import io.jixiao.command.organization.OrganizationDirectory;
import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.approval.ApproveEvaluationCommand;
import io.jixiao.kernel.approval.ReturnEvaluationCommand;
import io.jixiao.kernel.approval.SubmitEvaluationCommand;
import io.jixiao.kernel.organization.Actor;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.organization.Person;
import io.jixiao.kernel.organization.Role;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The demo data of the embedded default: every seed form, drafted through commands by its unit's filler, then
 * taken through the workflow so that first start shows forms in every state, each with a real history.
 * Runs once: the forms have fixed ids, and a form that exists already is left alone.
 */
@Component
public class DemoData implements ApplicationRunner, HealthIndicator {
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final List<String> FILES = List.of("songjiang-2023.json", "anting-2024.json");

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final OrganizationDirectory directory;
    private final boolean enabled;
    private volatile boolean loaded;

    public DemoData(CommandGateway commands, EventStore eventStore, OrganizationDirectory directory,
                    @Value("${jixiao.demo:true}") boolean enabled) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.directory = directory;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (enabled) {
            Organization organization = directory.current();
            int created = 0;
            for (String file : FILES) {
                for (FixtureForm form : read(file, organization)) {
                    if (!eventStore.readEvents(form.evaluationId()).hasNext()) {
                        commands.sendAndWait(form.draft());
                        walkWorkflow(form, organization);
                        created++;
                    }
                }
            }
            log.info("Demo data: {} seed forms created", created);
        }
        loaded = true;
    }

    @Override
    public Health health() {
        return loaded ? Health.up().build() : Health.outOfService().withDetail("demoData", "loading").build();
    }

    private List<FixtureForm> read(String file, Organization organization) throws IOException {
        try (InputStream in = new ClassPathResource("demo/fixtures/" + file).getInputStream()) {
            return FixtureForms.read(in, file, organization, unit -> actor(organization, unit, Role.FILLER));
        }
    }

    /**
     * Songjiang 2023 is a closed year: every form that can be submitted is approved. Anting 2024 is the year in
     * progress: forms end approved, returned by the department, waiting for review, or still in draft.
     */
    private void walkWorkflow(FixtureForm form, Organization organization) {
        String id = form.evaluationId();
        boolean closedYear = form.draft().fiscalYear() < 2024;
        int stage = closedYear ? 0 : form.index() % 4;
        if (stage == 3) {
            return;
        }
        long version = 1;
        try {
            version = send(new SubmitEvaluationCommand(id, "自评完成，请审核", version, form.draft().actor()));
        } catch (Refusal incomplete) {
            log.info("Demo form {} stays a draft: {}", form.source(), incomplete.getMessage());
            return;
        }
        var chain = organization.reviewChain(form.draft().implementingUnitId(),
                form.draft().competentDepartmentId());
        for (int level = 0; level < chain.size(); level++) {
            var step = chain.get(level);
            Actor reviewer = actor(organization, step.unitId(), Organization.roleFor(step.level()));
            if (stage == 2) {
                return;
            }
            if (stage == 1 && level == chain.size() - 2) {
                send(new ReturnEvaluationCommand(id, "满意度指标请附调查问卷汇总，偏差原因请写明改进措施。", version, reviewer));
                return;
            }
            version = send(new ApproveEvaluationCommand(id, "同意", version, reviewer));
        }
    }

    private long send(Object command) {
        io.jixiao.command.evaluation.CommandOutcome outcome = commands.sendAndWait(command);
        return outcome.version();
    }

    private static Actor actor(Organization organization, String unitId, Role role) {
        Person person = organization.holders(unitId, role).stream().findFirst().orElseThrow(
                () -> new IllegalStateException("The demo organization has no " + role + " in " + unitId));
        return new Actor(person.id(), person.name(), person.unitId(), person.roles());
    }
}

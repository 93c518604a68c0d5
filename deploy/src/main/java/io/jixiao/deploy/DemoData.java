package io.jixiao.deploy;

import io.jixiao.command.evaluation.Refusals;
import io.jixiao.command.imports.FixtureForms;
import io.jixiao.command.imports.FixtureForms.FixtureForm;
import io.jixiao.platform.organization.OrganizationDirectory;
import io.jixiao.deploy.demo.DemoCatalog;
import io.jixiao.deploy.demo.DemoForm;
import io.jixiao.deploy.demo.StoryRunner;
import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.evaluation.DraftEvaluationCommand;
import io.jixiao.kernel.organization.Actor;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.organization.Person;
import io.jixiao.kernel.organization.Role;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo data of the embedded default: every seed form in its published year and the same projects in the two
 * years before, generated (see {@link DemoCatalog}), each drafted by its unit's filler and taken through its story
 * by the people of the demo organization, so that first start shows several years, every status and real
 * histories. Runs once: the forms have fixed ids, and a form that exists already is left alone.
 */
@Component
public class DemoData implements ApplicationRunner, HealthIndicator {
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
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
            long start = System.nanoTime();
            Organization organization = directory.current();
            List<DemoForm> missing = new ArrayList<>();
            for (DemoForm form : forms(organization)) {
                if (!eventStore.readEvents(form.evaluationId()).hasNext()) {
                    missing.add(form);
                }
            }
            Told told = tell(missing, new StoryRunner(commands, organization));
            log.info("Demo data: {} forms created ({} events) in {} ms", told.forms(), told.events(),
                    (System.nanoTime() - start) / 1_000_000);
        }
        loaded = true;
    }

    @Override
    public Health health() {
        return loaded ? Health.up().build() : Health.outOfService().withDetail("demoData", "loading").build();
    }

    /** Every demo form, in a fixed order: each region's seed forms, each followed by its generated earlier years. */
    static List<DemoForm> forms(Organization organization) throws IOException {
        List<DemoForm> forms = new ArrayList<>();
        for (DemoCatalog.Region region : DemoCatalog.REGIONS) {
            forms.addAll(region.forms(seeds(region.seedFile(), organization)));
        }
        return forms;
    }

    private static List<DraftEvaluationCommand> seeds(String file, Organization organization) throws IOException {
        try (InputStream in = new ClassPathResource("demo/fixtures/" + file).getInputStream()) {
            return FixtureForms.read(in, file, organization, unit -> filler(organization, unit)).stream()
                    .map(FixtureForm::draft).toList();
        }
    }

    record Told(int forms, long events) {
    }

    /**
     * One form after the other: on two cores, four forms at a time loaded no faster (6.0 to 8.9 s against 6.5 to
     * 9.1 s for the 72 forms), the projections catching up on the same cores. A demo form whose project and year its
     * unit already has (drafted by hand before the demo was turned on) is left out: one form per project and year.
     */
    static Told tell(List<DemoForm> forms, StoryRunner runner) {
        int told = 0;
        long events = 0;
        for (DemoForm form : forms) {
            try {
                events += runner.tell(form);
                told++;
            } catch (Refusal refusal) {
                if (!Refusals.DUPLICATE_PROJECT_YEAR.equals(refusal.code())) {
                    throw refusal;
                }
                log.info("Demo form {} left out: {}", form.source(), refusal.getMessage());
            }
        }
        return new Told(told, events);
    }

    private static Actor filler(Organization organization, String unitId) {
        Person person = organization.holders(unitId, Role.FILLER).stream().findFirst().orElseThrow(
                () -> new IllegalStateException("The demo organization has no filler in " + unitId));
        return Actor.of(person);
    }
}

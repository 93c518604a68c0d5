package io.jixiao.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.jixiao.platform.organization.OrganizationDirectory;
import io.jixiao.deploy.demo.DemoForm;
import io.jixiao.deploy.demo.Story;
import io.jixiao.deploy.demo.StoryRunner;
import io.jixiao.kernel.approval.EvaluationReopenedEvent;
import io.jixiao.kernel.approval.EvaluationReturnedEvent;
import io.jixiao.kernel.approval.EvaluationSubmittedEvent;
import io.jixiao.kernel.approval.EvaluationWithdrawnEvent;
import io.jixiao.kernel.evaluation.ActualValueAmendedEvent;
import io.jixiao.kernel.evaluation.DraftEvaluationCommand;
import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.evaluation.EvaluationFold;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.evaluation.EvaluationStatus;
import io.jixiao.kernel.evaluation.FundLine;
import io.jixiao.kernel.evaluation.FundSource;
import io.jixiao.kernel.evaluation.FundsAmendedEvent;
import io.jixiao.kernel.evaluation.GoalsAmendedEvent;
import io.jixiao.kernel.evaluation.IndicatorInput;
import io.jixiao.kernel.evaluation.IndicatorScoredEvent;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.organization.Role;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import static io.jixiao.deploy.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data of the embedded default as the whole system loads it at start: three fiscal years per region,
 * every status, and histories with returns, withdrawals, reopenings and amendments after submission, each with
 * its reason; generated years that differ plausibly from their seed year; and a second start that loads nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "jixiao.demo=true")
@ContextConfiguration(initializers = DemoDataTest.FreshDataDirectory.class)
class DemoDataTest {
    @Autowired
    WebTestClient client;
    @Autowired
    EventStore eventStore;
    @Autowired
    OrganizationDirectory directory;
    @Autowired
    DemoData demoData;
    @Autowired
    CommandGateway commands;

    /**
     * RebuildTest, LiveFormTest and this test run on the same demo data: with this one initializer and the same
     * properties, Spring builds their context once and loads the demo once.
     */
    static final class FreshDataDirectory implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            try {
                TestPropertyValues.of("jixiao.data-dir=" + Files.createTempDirectory("jixiao-demo")).applyTo(context);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void theDemoBringsItsPeopleAndNoFirstAdministrator() {
        assertThat(directory.current().person("at-center-filler")).isPresent();
        assertThat(directory.current().person("admin")).as("the first administrator of a production start").isEmpty();
        assertThat(new Api(client).login("at-center-filler")).isNotBlank();
    }

    @Test
    void eachRegionShowsThreeFiscalYearsOfAllItsProjectsAndEveryStatusShows() throws Exception {
        Api api = new Api(client);
        api.awaitProcessorsCaughtUp(api.login("sj-admin"));
        Set<String> demoIds = new TreeSet<>();
        DemoData.forms(directory.current()).forEach(form -> demoIds.add(form.evaluationId()));
        Map<String, Map<Integer, Integer>> formsByRegionAndYear = new TreeMap<>();
        Set<String> statuses = new TreeSet<>();
        for (String administrator : List.of("sj-admin", "jd-admin")) {
            for (JsonNode summary : json(api.get(api.login(administrator), "/api/evaluations"), 200)) {
                if (!demoIds.contains(summary.path("evaluationId").asText())) {
                    continue; // a form another test of this shared context drafted
                }
                String region = summary.path("implementingUnitId").asText().substring(0, 2);
                formsByRegionAndYear.computeIfAbsent(region, r -> new TreeMap<>())
                        .merge(summary.path("fiscalYear").asInt(), 1, Integer::sum);
                statuses.add(summary.path("status").asText());
            }
        }
        assertThat(formsByRegionAndYear.get("SJ")).isEqualTo(Map.of(2021, 14, 2022, 14, 2023, 14));
        assertThat(formsByRegionAndYear.get("AT")).isEqualTo(Map.of(2022, 10, 2023, 10, 2024, 10));
        assertThat(statuses).containsExactlyInAnyOrder(
                EnumSet.allOf(EvaluationStatus.class).stream().map(Enum::name).toArray(String[]::new));
    }

    /**
     * Issue 3's promise: on first start every query shows something real. Other tests of this shared context
     * add forms of their own, so the figures are lower bounds.
     */
    @Test
    void everyQueryShowsSomethingRealOnTheDemoData() throws Exception {
        Api api = new Api(client);
        String auditor = api.login("jd-auditor");
        api.awaitProcessorsCaughtUp(api.login("jd-admin"));

        JsonNode project = json(api.get(auditor, "/api/comparisons/projects?unitId=AT-CENTER&projectCode=AT-XM-010"),
                200);
        assertThat(project.path("years")).extracting(year -> year.path("fiscalYear").asInt())
                .contains(2022, 2023, 2024);
        assertThat(project.path("indicators").size()).isGreaterThan(5);

        JsonNode years = json(api.get(auditor, "/api/comparisons/units/AT-GOV?fromYear=2022&toYear=2024"), 200);
        assertThat(years.path("years")).hasSize(3)
                .allSatisfy(year -> assertThat(year.path("figures").path("forms").path("count").asInt())
                        .isGreaterThanOrEqualTo(10));

        JsonNode dashboard = json(api.get(auditor, "/api/dashboards/units/JD-FIN?fiscalYear=2023"), 200);
        JsonNode totals = dashboard.path("totals");
        assertThat(totals.path("forms").path("count").asInt()).isGreaterThanOrEqualTo(10);
        assertThat(totals.path("changesAfterSubmission").path("figures").asInt()).isPositive();
        assertThat(totals.path("overdue").path("count").asInt()).isPositive();

        JsonNode changes = json(api.get(auditor, "/api/audit/changes?unitId=JD-FIN&afterSubmission=true"), 200);
        assertThat(changes.path("total").asInt()).isPositive();
        String amended = changes.path("changes").get(0).path("evaluationId").asText();
        JsonNode history = json(api.get(auditor, "/api/evaluations/" + amended + "/history"), 200);
        assertThat(history.path("changes")).anySatisfy(entry -> assertThat(entry.path("action").asText())
                .isIn("RETURNED", "WITHDRAWN", "REOPENED"));
        assertThat(history.path("changes")).anySatisfy(entry -> {
            assertThat(entry.path("field").asText()).startsWith("funds.");
            assertThat(entry.path("oldValue").isNull()).isFalse();
            assertThat(entry.path("reason").asText()).isNotBlank();
        });
    }

    @Test
    void theStoriesAreOnTheRecordWithTheirReasonsAndTheRightPeople() throws IOException {
        Organization organization = directory.current();
        Map<String, Integer> seen = new HashMap<>();
        for (DemoForm form : DemoData.forms(organization)) {
            List<EvaluationEvent> events = events(form.evaluationId());
            EvaluationState state = EvaluationFold.replay(events);
            assertThat(state.version()).as(form.source()).isEqualTo(events.size());
            assertThat(state.source()).isEqualTo(form.source());
            boolean submitted = false;
            for (EvaluationEvent event : events) {
                if (event instanceof EvaluationSubmittedEvent) {
                    submitted = true;
                }
                if (submitted && isAmendment(event)) {
                    assertThat(reasonOf(event)).as(form.source() + " amended after submission").isNotBlank();
                }
                if (event instanceof EvaluationReturnedEvent returned) {
                    assertThat(returned.reason()).isNotBlank();
                    seen.merge("returned", 1, Integer::sum);
                }
                if (event instanceof EvaluationWithdrawnEvent withdrawn) {
                    assertThat(withdrawn.reason()).isNotBlank();
                    assertThat(withdrawn.actor().roles()).contains(Role.FILLER);
                    seen.merge("withdrawn", 1, Integer::sum);
                }
                if (event instanceof EvaluationReopenedEvent reopened) {
                    assertThat(reopened.reason()).isNotBlank();
                    assertThat(reopened.actor().roles()).contains(Role.FINANCE_REVIEWER);
                    seen.merge(state.status() == EvaluationStatus.APPROVED ? "reopenedAndApprovedAgain"
                            : "reopened", 1, Integer::sum);
                }
            }
            if (state.amendmentsAfterSubmission() > 0) {
                seen.merge("amendedAfterSubmission", 1, Integer::sum);
            }
            boolean pastYear = form.draft().fiscalYear() < 2024;
            if (pastYear && (state.status() == EvaluationStatus.DRAFT || state.status() == EvaluationStatus.RETURNED)) {
                seen.merge("overdue" + state.status(), 1, Integer::sum);
            }
        }
        assertThat(seen).containsKeys("returned", "withdrawn", "reopened", "reopenedAndApprovedAgain",
                "amendedAfterSubmission", "overdueDRAFT", "overdueRETURNED");
    }

    @Test
    void generatedYearsAreMarkedAndDifferPlausiblyAndTheSameOnEveryGeneration() throws IOException {
        Organization organization = directory.current();
        List<DemoForm> forms = DemoData.forms(organization);
        assertThat(DemoData.forms(organization)).isEqualTo(forms);
        Map<String, DraftEvaluationCommand> seeds = new HashMap<>();
        forms.stream().filter(f -> !f.source().startsWith("generated:"))
                .forEach(f -> seeds.put(f.source(), f.draft()));
        assertThat(seeds).hasSize(24);
        List<String> shortfalls = new ArrayList<>();
        List<String> renamed = new ArrayList<>();
        List<String> extended = new ArrayList<>();
        for (DemoForm form : forms) {
            if (!form.source().startsWith("generated:from ")) {
                continue;
            }
            String seedSource = form.source().substring("generated:from ".length(), form.source().indexOf(" for "));
            DraftEvaluationCommand seed = seeds.get(seedSource);
            DraftEvaluationCommand generated = form.draft();
            assertThat(form.source()).endsWith(" for " + generated.fiscalYear());
            assertThat(generated.fiscalYear()).isBetween(seed.fiscalYear() - 2, seed.fiscalYear() - 1);
            assertThat(generated.projectCode()).isEqualTo(seed.projectCode()).isNotBlank();
            assertPlausibleFunds(form.source(), seed.funds().total(), generated.funds().total());
            for (FundSource source : FundSource.values()) {
                FundLine line = generated.funds().line(source);
                if (line.executed() != null && line.adjustedBudget() != null) {
                    assertThat(line.executed()).isLessThanOrEqualTo(line.adjustedBudget());
                }
            }
            assertThat(weights(generated.indicators())).isEqualByComparingTo(weights(seed.indicators()));
            if (generated.indicators().stream().anyMatch(i -> i.deviation() != null && i.score() != null
                    && i.score().compareTo(i.weight()) < 0 && seed.indicators().stream()
                    .noneMatch(s -> s.name() != null && s.name().equals(i.name()) && s.deviation() != null))) {
                shortfalls.add(form.source());
            }
            if (generated.indicators().size() > seed.indicators().size()) {
                extended.add(form.source());
            }
            if (names(generated.indicators()).stream().anyMatch(n -> !names(seed.indicators()).contains(n))
                    && generated.indicators().size() == seed.indicators().size()) {
                renamed.add(form.source());
            }
        }
        assertThat(shortfalls).hasSizeGreaterThanOrEqualTo(5);
        assertThat(renamed).isNotEmpty();
        assertThat(extended).isNotEmpty();
    }

    @Test
    void aSecondStartFindsTheFormsAndLoadsNothing() throws Exception {
        long head = eventStore.createHeadToken().position().orElseThrow();
        demoData.run(null);
        assertThat(eventStore.createHeadToken().position().orElseThrow()).isEqualTo(head);
        assertThat(demoData.health().getStatus().getCode()).isEqualTo("UP");
    }

    @Test
    void aDemoFormWhoseProjectAndYearTheUnitAlreadyHasIsLeftOutWithoutFailingTheStart() throws Exception {
        Organization organization = directory.current();
        DraftEvaluationCommand stored = DemoData.forms(organization).get(0).draft();
        // the same project and year under another id, as when the unit drafted it by hand before the demo was on
        DraftEvaluationCommand byHand = new DraftEvaluationCommand("demo-clash-" + UUID.randomUUID(),
                stored.fiscalYear(), stored.projectName(), stored.projectCode(), stored.competentDepartmentId(),
                stored.implementingUnitId(), stored.amountUnit(), stored.scoringPolicy(), stored.funds(),
                stored.goals(), stored.indicators(), stored.source(), stored.actor());

        DemoData.Told told = DemoData.tell(List.of(new DemoForm(byHand, Story.APPROVED)),
                new StoryRunner(commands, organization));

        assertThat(told.forms()).isZero();
        assertThat(eventStore.lastSequenceNumberFor(byHand.evaluationId())).isEmpty();
    }

    /** Budgets and spending moved by 5 to 20 % (a cent of rounding allowed); a zero stays zero. */
    private static void assertPlausibleFunds(String source, FundLine seed, FundLine generated) {
        BigDecimal[][] pairs = {{seed.initialBudget(), generated.initialBudget()},
                {seed.adjustedBudget(), generated.adjustedBudget()}};
        for (BigDecimal[] pair : pairs) {
            if (pair[0] == null || pair[0].signum() == 0) {
                assertThat(pair[1] == null || pair[1].signum() == 0).as(source).isTrue();
                continue;
            }
            BigDecimal change = pair[1].subtract(pair[0]).abs().divide(pair[0], 4, RoundingMode.HALF_UP);
            assertThat(change).as(source).isBetween(new BigDecimal("0.0495"), new BigDecimal("0.2005"));
        }
    }

    private static BigDecimal weights(List<IndicatorInput> indicators) {
        return indicators.stream().map(IndicatorInput::weight).filter(w -> w != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<String> names(List<IndicatorInput> indicators) {
        return indicators.stream().map(IndicatorInput::name).filter(n -> n != null).toList();
    }

    private static boolean isAmendment(EvaluationEvent event) {
        return event instanceof FundsAmendedEvent || event instanceof GoalsAmendedEvent
                || event instanceof ActualValueAmendedEvent || event instanceof IndicatorScoredEvent;
    }

    private static String reasonOf(EvaluationEvent amendment) {
        if (amendment instanceof FundsAmendedEvent e) {
            return e.reason();
        }
        if (amendment instanceof GoalsAmendedEvent e) {
            return e.reason();
        }
        if (amendment instanceof ActualValueAmendedEvent e) {
            return e.reason();
        }
        return ((IndicatorScoredEvent) amendment).reason();
    }

    private List<EvaluationEvent> events(String evaluationId) {
        List<EvaluationEvent> events = new ArrayList<>();
        eventStore.readEvents(evaluationId, 0).asStream().map(DomainEventMessage::getPayload)
                .forEach(payload -> events.add((EvaluationEvent) payload));
        return events;
    }
}

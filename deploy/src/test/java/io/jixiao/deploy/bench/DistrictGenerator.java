package io.jixiao.deploy.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.jixiao.command.imports.FixtureForms;
import io.jixiao.command.organization.OrganizationBootstrap;
import io.jixiao.deploy.demo.EarlierYear;
import io.jixiao.kernel.evaluation.DraftEvaluationCommand;
import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.evaluation.EvaluationFold;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.organization.Actor;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.organization.Person;
import io.jixiao.kernel.organization.Role;
import io.jixiao.platform.eventstore.BulkFill;
import io.jixiao.platform.eventstore.MongoCommitStorageEngine;
import io.jixiao.platform.eventstore.upcasting.KernelEventUpcasters;
import io.jixiao.platform.organization.OrganizationFile;
import io.jixiao.platform.storage.EmbeddedMongo;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates a district deterministically from a seed and writes its forms' events straight into the embedded event
 * store of a data directory, before the launcher starts on it: each form's year is told by {@link FormLife}
 * through the real aggregate ({@link AggregateRunner}), the forms of a fiscal year are interleaved by the time of
 * each command, and their units of work are stored in that order with the event store's own document code
 * ({@link BulkFill}), one commit per command as the server stores them. The organization is written as an
 * organization file for the launcher's first start. Projects are the 24 seed forms (the demo fixtures), varied per
 * unit and year as the demo varies its earlier years ({@link EarlierYear}); each keeps its code across years.
 */
public final class DistrictGenerator {
    /** The latest fiscal year generated; its forms are told in the following year, all before today. */
    public static final int LATEST_YEAR = 2025;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int FILL_BATCH = 1_000;

    private final BenchScale scale;
    private final long seed;
    private final DistrictOrganization district;
    private final List<DraftEvaluationCommand> seeds;
    /** The folded state of every generated form as the aggregate left it, to check the store against. */
    private final Map<String, EvaluationState> expected = new LinkedHashMap<>();
    private final Map<FormLife.Ending, Integer> endings = new EnumMap<>(FormLife.Ending.class);
    private long events;
    private long tellingNanos;
    private long writingNanos;

    public DistrictGenerator(BenchScale scale, long seed) throws IOException {
        this.scale = scale;
        this.seed = seed;
        this.district = new DistrictOrganization(scale);
        this.seeds = seedForms();
    }

    public DistrictOrganization district() {
        return district;
    }

    public int firstYear() {
        return LATEST_YEAR - scale.years() + 1;
    }

    /** The serializer the launcher's Axon configuration builds: Jackson with Spring Boot's object mapper defaults. */
    public static Serializer serializer() {
        return JacksonSerializer.builder().objectMapper(Jackson2ObjectMapperBuilder.json().build()).build();
    }

    /** Writes every form's events into {@code dataDir}'s embedded store; returns the number of events written. */
    public long generate(Path dataDir) {
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dataDir);
             MongoClient client = MongoClients.create(mongo.connectionString());
             AggregateRunner runner = new AggregateRunner(district.organization())) {
            BulkFill fill = new BulkFill(client.getDatabase("jixiao"), serializer());
            for (int year = firstYear(); year <= LATEST_YEAR; year++) {
                long told = System.nanoTime();
                List<List<? extends EventMessage<?>>> commits = tellYear(runner, year);
                long written = System.nanoTime();
                tellingNanos += written - told;
                commits.sort(Comparator.comparing(commit -> commit.get(0).getTimestamp()));
                for (int from = 0; from < commits.size(); from += FILL_BATCH) {
                    fill.append(commits.subList(from, Math.min(commits.size(), from + FILL_BATCH)));
                }
                writingNanos += System.nanoTime() - written;
                events += commits.stream().mapToLong(List::size).sum();
            }
            mongo.durabilityBarrier().awaitDurable();
        }
        return events;
    }

    private List<List<? extends EventMessage<?>>> tellYear(AggregateRunner runner, int year) {
        List<String> units = district.implementingUnits();
        Instant opening = LocalDate.of(year + 1, 1, 5).atTime(8, 30).atZone(ZONE).toInstant();
        for (int f = 0; f < scale.formsPerYear(); f++) {
            int unitIndex = f % units.size();
            int project = f / units.size();
            Random random = new Random(seed * 1_000_003L + year * 100_003L + f);
            DraftEvaluationCommand plan = plan(units.get(unitIndex), unitIndex, project, year, random);
            Instant start = opening.plus(Duration.ofMinutes(random.nextInt(50 * 24 * 60)));
            FormLife.Ending ending = new FormLife(runner, district, plan, random, start, year == LATEST_YEAR).live();
            endings.merge(ending, 1, Integer::sum);
            List<DomainEventMessage<?>> stream = runner.forget(plan.evaluationId());
            expected.put(plan.evaluationId(), EvaluationFold.replay(
                    stream.stream().map(e -> (EvaluationEvent) e.getPayload()).toList()));
        }
        return runner.drain();
    }

    /**
     * A unit's project {@code project} in {@code year}: a seed form varied for that unit and year, under a name and
     * code of the unit that stay the same from year to year, drafted by one of the unit's fillers.
     */
    DraftEvaluationCommand plan(String unitId, int unitIndex, int project, int year, Random random) {
        DraftEvaluationCommand template = seeds.get((unitIndex * 7 + project) % seeds.size());
        String source = "bench:" + seed + ":" + unitId + ":" + project;
        DraftEvaluationCommand varied = EarlierYear.of(new DraftEvaluationCommand(null, template.fiscalYear(),
                template.projectName(), null, null, null, template.amountUnit(), template.scoringPolicy(),
                template.funds(), template.goals(), template.indicators(), source, null), year);
        String name = template.projectName() + (project >= seeds.size() ? "（第" + (project / seeds.size() + 1)
                + "批）" : "");
        String department = district.organization().unit(unitId).orElseThrow().kind()
                == io.jixiao.kernel.organization.UnitKind.COMPETENT_DEPARTMENT ? unitId : district.parentOf(unitId);
        List<Person> fillers = district.holders(unitId, Role.FILLER);
        return new DraftEvaluationCommand(varied.evaluationId(), year, name,
                unitId + "-XM-" + String.format("%03d", project + 1), department, unitId, varied.amountUnit(),
                varied.scoringPolicy(), varied.funds(), varied.goals(), varied.indicators(), varied.source(),
                Actor.of(fillers.get(random.nextInt(fillers.size()))));
    }

    /**
     * Reads every generated form back from the store as the server does (upcasters included) and folds it with the
     * kernel's fold; returns the forms whose state differs from the aggregate's (an empty list when all fold clean).
     */
    public List<String> verify(Path dataDir) {
        List<String> differing = new ArrayList<>();
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dataDir);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCommitStorageEngine engine = MongoCommitStorageEngine.builder()
                    .database(client.getDatabase("jixiao")).eventSerializer(serializer())
                    .snapshotSerializer(serializer()).durabilityBarrier(mongo.durabilityBarrier())
                    .upcasterChain(KernelEventUpcasters.chain()).build();
            for (Map.Entry<String, EvaluationState> form : expected.entrySet()) {
                EvaluationState state = EvaluationState.EMPTY;
                Iterator<? extends DomainEventMessage<?>> stream = engine.readEvents(form.getKey()).asStream()
                        .iterator();
                while (stream.hasNext()) {
                    state = EvaluationFold.evolve(state, (EvaluationEvent) stream.next().getPayload());
                }
                if (!state.equals(form.getValue())) {
                    differing.add(form.getKey());
                }
            }
        }
        return differing;
    }

    public Map<String, EvaluationState> forms() {
        return expected;
    }

    public long events() {
        return events;
    }

    public String summary() {
        return String.format("seed %d: %d units (%d implementing), %d people, %d forms over %d-%d, %d events "
                        + "(%.1f per form; told by the aggregate in %.1f s, written in %.1f s); endings %s", seed, district.organization().units().size(),
                district.implementingUnits().size(), district.organization().people().size(), expected.size(),
                firstYear(), LATEST_YEAR, events, events / (double) Math.max(1, expected.size()), tellingNanos / 1e9, writingNanos / 1e9, endings);
    }

    private static List<DraftEvaluationCommand> seedForms() throws IOException {
        Organization demo;
        try (InputStream in = new ClassPathResource(OrganizationBootstrap.DEMO_ORGANIZATION_FILE
                .substring("classpath:".length())).getInputStream()) {
            demo = OrganizationFile.read(in).current();
        }
        List<DraftEvaluationCommand> drafts = new ArrayList<>();
        for (String file : List.of("songjiang-2023.json", "anting-2024.json")) {
            try (InputStream in = new ClassPathResource("demo/fixtures/" + file).getInputStream()) {
                FixtureForms.read(in, file, demo, unit -> Actor.system("seed")).forEach(f -> drafts.add(f.draft()));
            }
        }
        return drafts;
    }
}

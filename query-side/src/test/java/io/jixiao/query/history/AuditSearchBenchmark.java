package io.jixiao.query.history;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.jixiao.platform.storage.EmbeddedMongo;
import io.jixiao.kernel.approval.ApprovalPolicy;
import io.jixiao.kernel.approval.EvaluationReturnedEvent;
import io.jixiao.kernel.approval.EvaluationSubmittedEvent;
import io.jixiao.kernel.approval.ReviewLevel;
import io.jixiao.kernel.evaluation.ActualValueAmendedEvent;
import io.jixiao.kernel.evaluation.EvaluationDraftedEvent;
import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.evaluation.FundSource;
import io.jixiao.kernel.evaluation.FundsAmendedEvent;
import io.jixiao.kernel.evaluation.Goals;
import io.jixiao.kernel.evaluation.GoalsAmendedEvent;
import io.jixiao.kernel.evaluation.IndicatorScoredEvent;
import io.jixiao.kernel.organization.Actor;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.query.support.AntingForm;
import org.bson.Document;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static io.jixiao.query.support.DemoOrganization.actor;

/**
 * Measures the audit search on the embedded server (mongo-java-server on an H2 file, as shipped) at several numbers
 * of stored figure changes. Not a test: run its main method (see BENCHMARKS.md) and read the figures it prints.
 * <p>
 * Per size, on a fresh store: synthetic forms of the demo organization's three implementing units (AT-CENTER,
 * SJ-BIGDATA, SJ-OFFICE) over two fiscal years, each amended about 20 figures' worth (actual values, scores with
 * deviation reasons, funds rows, goal texts), submitted and returned half-way so half the changes come after
 * submission. Their documents are built by the projection's own code and bulk-inserted. Then each search runs once
 * by each plan ({@link FigureChangeStore.SearchPlan}; both must answer the same) and {@code --repeats} times more
 * (default 7) by each; it prints the total matched, the page size and the median and slowest time in ms per plan.
 * The embedded server uses the SCAN plan; the INDEXED plan is what a real MongoDB runs, here without its indexes. Before the sizes it feeds {@value #PROJECTION_EVENTS} events through the real projection into a fresh
 * store and prints its rate. Arguments: sizes (default 10000 100000), {@code --repeats=N}, {@code --cache-mb=N}.
 */
public final class AuditSearchBenchmark {
    private static final int PROJECTION_EVENTS = 3_000;
    private static final Organization ORGANIZATION = AntingHistory.ORGANIZATION;
    /** Implementing unit, competent department, filler, department approver. */
    private static final String[][] UNITS = {{"AT-CENTER", "AT-GOV", "at-center-filler", "at-gov-approver"},
            {"SJ-BIGDATA", "SJ-OFFICE", "sj-bigdata-filler", "sj-office-approver"},
            {"SJ-OFFICE", "SJ-OFFICE", "sj-office-filler", "sj-office-approver"}};
    private static final Instant START = Instant.parse("2025-01-06T01:00:00Z");

    private record Search(String name, AuditQuery query) {
    }

    private AuditSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.ERROR);
        List<Integer> sizes = new ArrayList<>();
        int repeats = 7;
        int cacheMegabytes = EmbeddedMongo.defaultCacheMegabytes();
        for (String arg : args) {
            if (arg.startsWith("--repeats=")) {
                repeats = Integer.parseInt(arg.substring("--repeats=".length()));
            } else if (arg.startsWith("--cache-mb=")) {
                cacheMegabytes = Integer.parseInt(arg.substring("--cache-mb=".length()));
            } else {
                sizes.add(Integer.parseInt(arg.replace("_", "")));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(10_000, 100_000);
        }
        System.out.printf("H2 page cache %d MB, max heap %d MB, %d processors%n", cacheMegabytes,
                Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors());
        projectionRate(cacheMegabytes);
        for (int size : sizes) {
            Path dir = Files.createTempDirectory("jixiao-audit-bench-");
            try {
                run(dir, size, repeats, cacheMegabytes);
            } finally {
                deleteRecursively(dir);
            }
        }
    }

    private static void projectionRate(int cacheMegabytes) throws IOException {
        Path dir = Files.createTempDirectory("jixiao-audit-projection-");
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dir, cacheMegabytes);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoDatabase database = client.getDatabase("jixiao");
            FigureChangeProjection projection = new FigureChangeProjection(
                    new FigureChangeStore(database, FigureChangeStore.SearchPlan.SCAN));
            Random random = new Random(7);
            int events = 0;
            long started = System.nanoTime();
            for (int form = 0; events < PROJECTION_EVENTS; form++) {
                for (RecordedEvent recorded : form(form, random)) {
                    projection.on(recorded.event(), recorded.sequence(), recorded.time());
                    events++;
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long changes = database.getCollection(FigureChangeStore.CHANGES).countDocuments();
            System.out.printf("projection: %d events (%d figure changes) in %.1f s: %.0f events/s%n", events, changes,
                    seconds, events / seconds);
        } finally {
            deleteRecursively(dir);
        }
    }

    private static void run(Path dir, int size, int repeats, int cacheMegabytes) throws IOException {
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dir, cacheMegabytes);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoDatabase database = client.getDatabase("jixiao");
            FigureChangeStore scan = new FigureChangeStore(database, FigureChangeStore.SearchPlan.SCAN);
            FigureChangeStore indexed = new FigureChangeStore(database, FigureChangeStore.SearchPlan.INDEXED);
            long fillStarted = System.nanoTime();
            int stored = fill(database, size);
            mongo.durabilityBarrier().awaitDurable();
            double fillSeconds = (System.nanoTime() - fillStarted) / 1e9;
            System.out.printf("%n%,d figure changes: fill %.1f s, file %.1f MB%n", stored, fillSeconds,
                    Files.size(dir.resolve(EmbeddedMongo.FILE_NAME)) / 1e6);
            System.out.printf("%-44s %9s %9s %12s %12s%n", "search (ms: median / slowest)", "matched", "page",
                    "SCAN plan", "INDEXED plan");
            for (Search search : searches(scan)) {
                FigureChangeStore.Page expected = scan.search(search.query());
                if (!indexed.search(search.query()).equals(expected)) {
                    throw new IllegalStateException("The plans answer " + search.name() + " differently");
                }
                System.out.printf("%-44s %9d %9d %12s %12s%n", search.name(), expected.total(),
                        expected.changes().size(), time(scan, search, expected, repeats),
                        time(indexed, search, expected, repeats));
            }
        }
    }

    /** Median and slowest of {@code repeats} runs, after the run that gave {@code expected}. */
    private static String time(FigureChangeStore store, Search search, FigureChangeStore.Page expected,
                               int repeats) {
        long[] millis = new long[repeats];
        for (int i = 0; i < repeats; i++) {
            long started = System.nanoTime();
            FigureChangeStore.Page page = store.search(search.query());
            millis[i] = (System.nanoTime() - started) / 1_000_000;
            if (!page.equals(expected)) {
                throw new IllegalStateException("Inconsistent answers to " + search.name());
            }
        }
        Arrays.sort(millis);
        return millis[repeats / 2] + " / " + millis[repeats - 1];
    }

    private static List<Search> searches(FigureChangeStore store) {
        AuditQuery region = query("JD-FIN", null, null, null, null, 0, 50);
        int lastPage = (int) Math.max(0, (store.search(region).total() - 1) / 50);
        return List.of(
                new Search("district auditor, newest 50", region),
                new Search("district auditor, fiscal year 2024", query("JD-FIN", 2024, null, null, null, 0, 50)),
                new Search("district auditor, after submission", query("JD-FIN", null, null, true, null, 0, 50)),
                new Search("district auditor, one actor", query("JD-FIN", null, "at-center-filler", null, null, 0,
                        50)),
                new Search("district auditor, last page", query("JD-FIN", null, null, null, null, lastPage, 50)),
                new Search("unit, fiscal year, after submission, 200", query("AT-CENTER", 2024, null, true, null, 0,
                        200)),
                new Search("both districts' units, newest 50", new AuditQuery(
                        Stream.concat(ORGANIZATION.subtree("JD-FIN").stream(), ORGANIZATION.subtree("SJ-FIN").stream())
                                .collect(java.util.stream.Collectors.toSet()), null, null, null, null, null, null, 0,
                        50)));
    }

    private static AuditQuery query(String unitId, Integer year, String actorId, Boolean afterSubmission,
                                    Boolean afterApproval, int page, int size) {
        return new AuditQuery(ORGANIZATION.subtree(unitId), year, actorId, null, null, afterSubmission, afterApproval,
                page, size);
    }

    /** Forms until {@code size} changes are stored, built by the projection's code and inserted in batches. */
    private static int fill(MongoDatabase database, int size) {
        Random random = new Random(42);
        List<Document> changes = new ArrayList<>();
        List<Document> keys = new ArrayList<>();
        int stored = 0;
        for (int form = 0; stored < size; form++) {
            FormTimeline timeline = FormTimeline.replay(form(form, random));
            for (FormTimeline.Step step : timeline.steps()) {
                for (FigureChangeDocuments.Written written : FigureChangeDocuments.of(step)) {
                    if (stored++ >= size) {
                        break;
                    }
                    changes.add(written.change());
                    keys.add(written.key());
                }
            }
            if (changes.size() >= 1_000) {
                flush(database, changes, keys);
            }
        }
        flush(database, changes, keys);
        return Math.min(stored, size);
    }

    private static void flush(MongoDatabase database, List<Document> changes, List<Document> keys) {
        if (!changes.isEmpty()) {
            database.getCollection(FigureChangeStore.CHANGES).insertMany(changes);
            database.getCollection(FigureChangeStore.KEYS).insertMany(keys);
        }
        changes.clear();
        keys.clear();
    }

    /** One synthetic form: drafted, amended, submitted and returned, amended again; events a minute apart. */
    private static List<RecordedEvent> form(int number, Random random) {
        String[] unit = UNITS[number % UNITS.length];
        String id = "bench-" + number;
        Actor filler = actor(unit[2]);
        EvaluationDraftedEvent template = AntingForm.drafted(id, unit[0], unit[1]);
        List<EvaluationEvent> events = new ArrayList<>();
        events.add(new EvaluationDraftedEvent(id, 2023 + (number / UNITS.length) % 2, "项目" + number, "P" + number,
                unit[1], unit[0], template.amountUnit(), template.scoringPolicy(), template.funds(), template.goals(),
                template.indicators(), "benchmark", filler));
        for (int i = 0; i < 14; i++) {
            if (i == 7) {
                events.add(new EvaluationSubmittedEvent(id, null,
                        ApprovalPolicy.reviewChain(ORGANIZATION, unit[0], unit[1]), filler));
                events.add(new EvaluationReturnedEvent(id, ReviewLevel.DEPARTMENT, "请补充依据", actor(unit[3])));
            }
            events.add(amendment(id, filler, random, i >= 7 ? "按审核意见更正" : null));
        }
        Instant start = START.plusSeconds(600L * number);
        List<RecordedEvent> recorded = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            recorded.add(new RecordedEvent(i, start.plusSeconds(60L * i), events.get(i)));
        }
        return recorded;
    }

    private static EvaluationEvent amendment(String id, Actor filler, Random random, String reason) {
        String indicator = "I" + (1 + random.nextInt(9));
        return switch (random.nextInt(4)) {
            case 0 -> new ActualValueAmendedEvent(id, indicator, (80 + random.nextInt(20)) + ".00(%)", reason, filler);
            case 1 -> new IndicatorScoredEvent(id, indicator, BigDecimal.valueOf(600 + random.nextInt(400), 2),
                    "偏差原因：" + "实际完成情况未达年度指标值，将加强过程管理".repeat(1 + random.nextInt(2)), reason, filler);
            case 2 -> new FundsAmendedEvent(id, FundSource.TOTAL, AntingForm.line("28.10",
                    BigDecimal.valueOf(2500 + random.nextInt(300), 2).toPlainString(),
                    BigDecimal.valueOf(2300 + random.nextInt(300), 2).toPlainString()), reason, filler);
            default -> new GoalsAmendedEvent(id, new Goals("符合《信息系统安全等级保护基本要求》所规定第三级要求",
                    "项目于12月底前完成建设，" + "系统运行稳定，".repeat(1 + random.nextInt(8))), reason, filler);
        };
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}

package io.jixiao.deploy.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.jixiao.kernel.organization.Person;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark harness of issue 12 (BENCHMARKS.md, "The harness"): generates a district from a seed straight
 * into the event store of a fresh data directory, starts the all-in-one launcher on it in its own JVM with the heap
 * given, measures it from outside (HTTP, the administrators' endpoints, the plain MongoDB driver on its embedded
 * server, {@code /proc}) and prints one block of figures, each with what it measures, the store size during the
 * measurement and, where the issue sets one, its target with PASS or MISS.
 * <p>
 * Options: {@code --scale=tiny|district|province} (default tiny), {@code --seed=N} (default 12), {@code --heap=1g}
 * (or {@code default}: the JVM's own), {@code --jar=deploy/target/jixiao.jar} (default: the launcher's main class
 * on this class path), {@code --dir=PATH} (default a new temporary directory), {@code --forms-per-year=N},
 * {@code --years=N}, {@code --users=50,200}, {@code --load-seconds=N}, {@code --burst-seconds=N},
 * {@code --skip=imports,http,rebuilds,queries}.
 */
public final class BenchHarness {
    private final Map<String, String> options = new LinkedHashMap<>();
    final Figures figures = new Figures();
    List<String> differing = List.of();

    BenchHarness(String... args) {
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
    }

    public static void main(String[] args) throws Exception {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        BenchHarness harness = new BenchHarness(args);
        System.out.println(harness.run());
        System.exit(0);
    }

    private String option(String name, String otherwise) {
        return options.getOrDefault(name, otherwise);
    }

    private boolean skipped(String part) {
        return Arrays.asList(option("skip", "").split(",")).contains(part);
    }

    BenchScale scale() {
        BenchScale scale = BenchScale.named(option("scale", "tiny"));
        if (options.containsKey("years")) {
            scale = scale.withYears(Integer.parseInt(options.get("years")));
        }
        if (options.containsKey("forms-per-year")) {
            scale = scale.withFormsPerYear(Integer.parseInt(options.get("forms-per-year")));
        }
        if (options.containsKey("users")) {
            scale = scale.withUsers(Arrays.stream(options.get("users").split(",")).map(Integer::valueOf).toList());
        }
        if (options.containsKey("load-seconds")) {
            scale = scale.withLoadSeconds(Integer.parseInt(options.get("load-seconds")));
        }
        if (options.containsKey("burst-seconds")) {
            scale = scale.withBurstSeconds(Integer.parseInt(options.get("burst-seconds")));
        }
        return scale;
    }

    String run() throws Exception {
        BenchScale scale = scale();
        long seed = Long.parseLong(option("seed", "12"));
        String heap = option("heap", "1g");
        Path dir = options.containsKey("dir") ? Files.createDirectories(Path.of(options.get("dir")))
                : Files.createTempDirectory("jixiao-bench-");
        if (Files.exists(dir.resolve("jixiao.mv"))) {
            throw new IllegalArgumentException(dir + " holds a store already: give an empty --dir");
        }
        Path jar = options.containsKey("jar") ? Path.of(options.get("jar")) : null;
        String header = String.format("jixiao benchmark: scale %s, seed %d, launcher heap %s, %d processors, %s",
                scale.name(), seed, heap, Runtime.getRuntime().availableProcessors(), jar == null ? "class path" : jar);
        System.out.println(header + "\ndata directory " + dir + " (launcher log: launcher.log there)");

        DistrictGenerator generator = new DistrictGenerator(scale, seed);
        Path organizationFile = generator.district().write(dir.resolve("organization.yml"));
        long start = System.nanoTime();
        long events = generator.generate(dir);
        double generated = (System.nanoTime() - start) / 1e9;
        figures.add("generated district", "written straight into the event store before the launcher starts: each "
                + "command decided by the real aggregate in-process, stored with the event store's own document code; "
                + generator.summary(), String.format("%d events in %.1f s (%.0f events/s)", events, generated,
                events / generated));
        if (!skipped("verify")) {
            start = System.nanoTime();
            differing = generator.verify(dir);
            figures.add("fold check", "every generated form read back from the store (upcasters included) and "
                    + "folded with the kernel's EvaluationFold, compared with the aggregate's state",
                    String.format("%d of %d forms differ (%.1f s)", differing.size(), generator.forms().size(),
                            (System.nanoTime() - start) / 1e9), "0 differ", differing.isEmpty());
        }

        // the per-person limit (600/min) only needs raising for the freshness pollers, up to 100 requests/s each
        List<String> arguments = List.of("--jixiao.demo=false", "--jixiao.organization-file=" + organizationFile,
                "--jixiao.limits.requests-per-minute=6000", "--logging.level.root=WARN",
                "--logging.level.io.jixiao=INFO");
        try (LauncherProcess launcher = LauncherProcess.start(jar, dir, heap, arguments)) {
            measure(launcher, generator, scale, events, seed);
        }
        return figures.block(header);
    }

    private void measure(LauncherProcess launcher, DistrictGenerator generator, BenchScale scale, long events,
                         long seed) throws Exception {
        BenchHttp http = new BenchHttp(launcher.base());
        long started = System.nanoTime();
        Duration patience = Duration.ofMinutes(Math.max(10, events / 1000));
        double answering = -1;
        while (!http.healthy()) {
            if (!launcher.alive()) {
                throw new IllegalStateException("the launcher exited; see " + launcher.log);
            }
            if (answering < 0) {
                try {
                    http.send(null, "GET", "/actuator/health", null);
                    answering = (System.nanoTime() - started) / 1e9;
                } catch (java.io.IOException notYet) {
                    // not listening yet
                }
            }
            if (System.nanoTime() - started > patience.toNanos()) {
                throw new IllegalStateException("the launcher was not UP within " + patience);
            }
            Thread.sleep(200);
        }
        double up = (System.nanoTime() - started) / 1e9;
        String admin = DistrictOrganization.ADMIN;
        String auditor = generator.district().auditors().get(0).id();
        launcher.watchHeap(http, admin);
        Processors processors = new Processors(http, admin);
        List<String> names = processors.names();
        long head = processors.head();
        figures.add("first start", "launcher start on the generated store until /actuator/health is UP, which waits "
                + "for every read model to be built from an empty read store (all " + names.size() + " together, "
                + "cold) and the organization file loaded; HTTP answered after " + String.format("%.1f s", answering),
                String.format("UP after %.1f s; %d events stored; all read models built at about %.0f events/s",
                        up, head + 1, (head + 1) / Math.max(0.1, up - Math.max(0, answering))));

        RawDriver raw = new RawDriver(launcher.embeddedMongoPort());
        double rawRead = raw.readRate(head);
        figures.add("raw read", "the plain driver reading every commit document of the store in windows of 1,000 "
                + "global indexes ($in, as the tracking reader does), no payload deserialized; store " + (head + 1)
                + " events", String.format("%.0f events/s", rawRead));

        if (!skipped("rebuilds")) {
            Duration limit = Duration.ofMinutes(Math.max(10, events / 500));
            for (String name : names) {
                long size = processors.head() + 1;
                double seconds = processors.rebuild(List.of(name), limit);
                double rate = size / seconds;
                figures.add("rebuild " + name, "POST /api/admin/processors/" + name + "/reset, replayed from an "
                        + "empty read model over the whole store (" + size + " events) until caught up, the others "
                        + "idle", String.format("%.1f s = %.0f events/s (%.2f of the raw read)", seconds, rate,
                        rate / rawRead), ">= 5,000 events/s and >= half the raw read",
                        rate >= 5000 && rate >= rawRead / 2);
            }
            long size = processors.head() + 1;
            double seconds = processors.rebuild(names, limit);
            double rate = size / seconds;
            figures.add("rebuild all together", "every read model reset at once and replayed over the whole store ("
                    + size + " events) until all caught up", String.format("%.1f s = %.0f events/s (%.2f of the raw "
                    + "read)", seconds, rate, rate / rawRead), ">= 2,000 events/s and >= half the raw read",
                    rate >= 2000 && rate >= rawRead / 2);
        }

        if (!skipped("queries")) {
            long size = processors.head() + 1;
            Map<String, Percentiles> latencies = QueryLatencies.measure(http, auditor, generator,
                    scale.querySamples(), seed);
            for (Map.Entry<String, Percentiles> query : latencies.entrySet()) {
                boolean timeTravel = query.getKey().equals("time travel");
                double p99 = query.getValue().ms(99);
                figures.add("query " + query.getKey(), "HTTP GET one after another as a district auditor, store "
                        + size + " events, read models caught up", query.getValue().p50p99(),
                        timeTravel ? "p99 < 20 ms" : "p99 < 50 ms", p99 < (timeTravel ? 20 : 50));
            }
        }

        if (!skipped("http")) {
            List<Person> fillers = generator.district().fillers();
            CommandLoad load = new CommandLoad(http, processors, generator.district().auditors());
            double firstRate = 0;
            for (int users : scale.users()) {
                CommandLoad.Result result = load.run(fillers.subList(0, Math.min(users, fillers.size())),
                        scale.loadSeconds(), false, generator.district());
                double rawInsert = raw.insertRate(users, Math.max(2, scale.loadSeconds() / 3));
                if (firstRate == 0) {
                    firstRate = result.rate();
                }
                figures.add("HTTP commands, " + result.users() + " users", "PUT .../indicators/I1/actual by "
                        + result.users() + " different fillers on forms of their own for " + Math.round(result.seconds())
                        + " s: whole HTTP command through the aggregate, durable before the answer; store "
                        + (result.headBefore() + 1) + " -> " + (result.headAfter() + 1) + " events; answers "
                        + result.statuses(), String.format("%.1f amendments/s, latency %s; raw driver insertOne of "
                        + "commit-sized documents with %d clients: %.0f/s, ratio HTTP/raw %.3f", result.rate(),
                        result.latency().p50p99(), result.users(), rawInsert, result.rate() / rawInsert),
                        result.users() == 50 ? ">= 300/s and p99 < 50 ms at 50 users" : null,
                        result.users() == 50 ? result.rate() >= 300 && result.latency().ms(99) < 50 : null);
                figures.add("read-model lag, " + result.users() + " users", "largest processor lag (events behind "
                        + "the head) sampled each second during that run, at its end, and the time to catch up once "
                        + "idle", lagLine(result), null, null);
            }
            int burstUsers = scale.users().get(0);
            CommandLoad.Result burst = load.run(fillers.subList(0, Math.min(burstUsers, fillers.size())),
                    scale.burstSeconds(), true, generator.district());
            List<String> fresh = new ArrayList<>();
            boolean freshPass = burst.unseen() == 0;
            for (Map.Entry<String, Percentiles> read : burst.freshness().entrySet()) {
                fresh.add(read.getKey() + " " + read.getValue().p50p99());
                freshPass &= read.getValue().count() > 0 && read.getValue().ms(99) < 250;
            }
            figures.add("freshness, " + burst.users() + " users", "during a " + scale.burstSeconds() + " s burst ("
                    + String.format("%.1f", burst.rate()) + " amendments/s, store " + (burst.headBefore() + 1)
                    + " -> " + (burst.headAfter() + 1) + " events): about 4 commands a second followed from their "
                    + "answer until each read shows the change (polled every 10-200 ms); " + burst.unseen()
                    + " reads never showed it within 120 s", String.join("; ", fresh), "p99 < 250 ms", freshPass);
            double eventsPerSecond = burst.rate();
            long maxLag = burst.lagSamples().stream().mapToLong(Long::longValue).max().orElse(0);
            maxLag = Math.max(maxLag, Processors.max(burst.lagAtEnd()));
            figures.add("read-model lag, burst", "as above, during the " + scale.burstSeconds() + " s burst",
                    lagLine(burst), "never more than one second of events (" + Math.round(eventsPerSecond) + ")",
                    maxLag <= Math.max(1, eventsPerSecond));
        }

        if (!skipped("imports")) {
            DistrictOrganization district = generator.district();
            String unit = district.implementingUnits().get(0);
            int unitForms = Math.max(1, scale.formsPerYear() / district.implementingUnits().size());
            byte[] unitBook = ImportRate.workbook(generator, district.unitName(unit),
                    DistrictGenerator.LATEST_YEAR + 1, List.of(unit), unitForms, seed);
            long size = processors.head() + 1;
            ImportRate.Result one = ImportRate.run(http, ImportRate.fillerOf(district, unit).id(), "unit", unitBook,
                    unitForms);
            figures.add("Excel import, a unit's year", "POST /api/imports of one workbook in the official layout ("
                    + one.forms() + " forms, " + one.bytes() / 1024 + " KB) by the unit's filler until the job is "
                    + "DONE; store " + size + " events", String.format("%d created in %.1f s = %.0f forms/minute",
                    one.created(), one.seconds(), one.formsPerMinute()), ">= 10,000 forms/minute",
                    one.formsPerMinute() >= 10_000);
            byte[] districtBook = ImportRate.workbook(generator, district.unitName(DistrictOrganization.BUREAU),
                    DistrictGenerator.LATEST_YEAR + 2, district.implementingUnits(), scale.formsPerYear(), seed + 1);
            size = processors.head() + 1;
            ImportRate.Result all = ImportRate.run(http, DistrictOrganization.ADMIN, "district", districtBook,
                    scale.formsPerYear());
            figures.add("Excel import, the district's year", "the same for the whole district's year ("
                    + all.forms() + " forms, " + all.bytes() / 1024 + " KB) by the bureau's administrator; store "
                    + size + " events", String.format("%d created in %.1f s = %.0f forms/minute", all.created(),
                    all.seconds(), all.formsPerMinute()), ">= 10,000 forms/minute", all.formsPerMinute() >= 10_000);
        }
        raw.close();
        figures.add("memory", "peak heap used (jvm.memory.used, area heap, sampled each second) and peak resident "
                + "set (VmHWM of /proc/<pid>/status) of the launcher over the whole run; store at the end "
                + (processors.head() + 1) + " events", String.format("heap given %s: peak heap %d MB, peak resident "
                + "%d MB", launcher.heap, launcher.peakHeapMegabytes(), launcher.peakRssMegabytes()),
                "serves a district with -Xmx1g", "1g".equals(launcher.heap) ? launcher.alive() : null);
    }

    private static String lagLine(CommandLoad.Result result) {
        List<Long> sorted = new ArrayList<>(result.lagSamples());
        java.util.Collections.sort(sorted);
        return String.format("sampled p50 %d, max %d events; at the end %d %s; caught up %.1f s after",
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2), sorted.isEmpty() ? 0 : sorted.get(sorted.size()
                        - 1), Processors.max(result.lagAtEnd()), result.lagAtEnd(), result.caughtUpSeconds());
    }
}

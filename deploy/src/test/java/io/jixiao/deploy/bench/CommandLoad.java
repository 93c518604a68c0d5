package io.jixiao.deploy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jixiao.kernel.evaluation.EvaluationFold;
import io.jixiao.kernel.organization.Person;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * HTTP commands as many people send them: each user is a different filler, who drafts one form of their own unit
 * (in a fiscal year of its own, {@link #LOAD_YEAR}) and then amends its first indicator's actual value again and
 * again, each time with the version the previous answer gave. Each latency is a whole HTTP command: request to
 * answer, the command decided by the aggregate and its event stored durably. Meanwhile the read models' lag is
 * sampled each second, and optionally a few commands a second are followed until the change shows in the form, the
 * dashboard, the history and the audit search (freshness), each read polled by an auditor of the bureau.
 */
final class CommandLoad {
    static final int LOAD_YEAR = DistrictGenerator.LATEST_YEAR + 3;
    private static final String[] READS = {"form", "dashboard", "history", "audit"};

    record Result(int users, double seconds, int commands, Map<Integer, Integer> statuses, Percentiles latency,
                  List<Long> lagSamples, Map<String, Long> lagAtEnd, double caughtUpSeconds,
                  Map<String, Percentiles> freshness, int unseen, long headBefore, long headAfter) {
        double rate() {
            return commands / seconds;
        }
    }

    private final BenchHttp http;
    private final Processors processors;
    private final List<Person> auditors;
    private final ObjectNode template;
    private final AtomicInteger round = new AtomicInteger();

    CommandLoad(BenchHttp http, Processors processors, List<Person> auditors) throws Exception {
        this.http = http;
        this.processors = processors;
        this.auditors = auditors;
        try (InputStream in = CommandLoad.class.getResourceAsStream("/demo/fixtures/anting-2024.json")) {
            JsonNode root = BenchHttp.JSON.readTree(in);
            template = root.path("evaluations").get(0).deepCopy();
            template.put("amountUnit", root.path("amountUnit").asText());
            template.put("fiscalYear", LOAD_YEAR);
        }
    }

    private static final class Form {
        final Person owner;
        final String id;
        long version;

        Form(Person owner, String id, long version) {
            this.owner = owner;
            this.id = id;
            this.version = version;
        }
    }

    Result run(List<Person> users, int seconds, boolean followFreshness, DistrictOrganization district)
            throws Exception {
        int run = round.incrementAndGet();
        List<Form> forms = Collections.synchronizedList(new ArrayList<>());
        ExecutorService drafting = Executors.newFixedThreadPool(8);
        for (Person user : users) {
            drafting.submit(() -> {
                forms.add(draft(user, run, district));
                return null;
            });
        }
        drafting.shutdown();
        if (!drafting.awaitTermination(30, TimeUnit.MINUTES) || forms.size() < users.size()) {
            throw new IllegalStateException("only " + forms.size() + " of " + users.size() + " users drafted a form");
        }
        long headBefore = processors.head();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        AtomicBoolean sampleNext = new AtomicBoolean();
        Map<String, List<Long>> freshness = new ConcurrentHashMap<>();
        AtomicInteger unseen = new AtomicInteger();
        ExecutorService probes = Executors.newFixedThreadPool(16);
        long startAt = System.nanoTime();
        long end = startAt + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (Form form : forms) {
            Thread thread = new Thread(() -> {
                for (long n = 0; System.nanoTime() < end; n++) {
                    try {
                        long start = System.nanoTime();
                        HttpResponse<String> answer = http.as(form.owner.id(), "PUT", "/api/evaluations/" + form.id
                                + "/indicators/" + EvaluationFold.indicatorId(1) + "/actual", Map.of("actual",
                                n % 100 + "." + run + "(%)", "expectedVersion", form.version));
                        long answered = System.nanoTime();
                        latencies.add(answered - start);
                        statuses.merge(answer.statusCode(), 1, Integer::sum);
                        if (answer.statusCode() == 200) {
                            form.version = BenchHttp.JSON.readTree(answer.body()).path("version").asLong();
                            if (followFreshness && sampleNext.compareAndSet(true, false)) {
                                follow(probes, form, form.version, answered, freshness, unseen);
                            }
                        }
                    } catch (Exception e) {
                        statuses.merge(-1, 1, Integer::sum);
                    }
                }
            }, "user-" + form.owner.id());
            thread.start();
            threads.add(thread);
        }
        List<Long> lagSamples = new ArrayList<>();
        while (System.nanoTime() < end) {
            lagSamples.add(Processors.max(processors.lags()));
            for (int tick = 0; tick < 4 && System.nanoTime() < end; tick++) {
                sampleNext.set(true);
                Thread.sleep(250);
            }
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - startAt) / 1e9;
        Map<String, Long> atEnd = processors.lags();
        long idle = System.nanoTime();
        processors.awaitCaughtUp(processors.names(), java.time.Duration.ofHours(2));
        double caughtUp = (System.nanoTime() - idle) / 1e9;
        probes.shutdown();
        probes.awaitTermination(5, TimeUnit.MINUTES);
        Map<String, Percentiles> fresh = new java.util.LinkedHashMap<>();
        for (String read : READS) {
            fresh.put(read, new Percentiles(freshness.getOrDefault(read, List.of())));
        }
        return new Result(users.size(), elapsed, latencies.size(), statuses, new Percentiles(latencies), lagSamples,
                atEnd, caughtUp, fresh, unseen.get(), headBefore, processors.head());
    }

    private Form draft(Person user, int run, DistrictOrganization district) throws Exception {
        String unit = user.unitId();
        String department = district.organization().unit(unit).orElseThrow().kind()
                == io.jixiao.kernel.organization.UnitKind.COMPETENT_DEPARTMENT ? unit : district.parentOf(unit);
        ObjectNode body = template.deepCopy();
        body.put("projectName", "压测项目 " + user.id() + " 第" + run + "轮");
        body.put("competentDepartmentId", department);
        body.put("implementingUnitId", unit);
        HttpResponse<String> answer = http.as(user.id(), "POST", "/api/evaluations", body);
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("draft by " + user.id() + " answered " + answer.statusCode() + " "
                    + answer.body());
        }
        JsonNode outcome = BenchHttp.JSON.readTree(answer.body());
        return new Form(user, outcome.path("evaluationId").asText(), outcome.path("version").asLong());
    }

    /** Polls each read until it shows {@code version} of the form; records the time from the answer. */
    private void follow(ExecutorService probes, Form form, long version, long answered,
                        Map<String, List<Long>> freshness, AtomicInteger unseen) {
        String unit = form.owner.unitId();
        Map<String, String> paths = Map.of(
                "form", "/api/evaluations/" + form.id,
                "dashboard", "/api/dashboards/units/" + unit + "?fiscalYear=" + LOAD_YEAR,
                "history", "/api/evaluations/" + form.id + "/history",
                "audit", "/api/audit/changes?unitId=" + unit + "&fiscalYear=" + LOAD_YEAR + "&size=20");
        for (String read : READS) {
            Person auditor = auditors.get(Math.floorMod((form.id + read + version).hashCode(), auditors.size()));
            probes.submit(() -> {
                long deadline = answered + 120_000_000_000L;
                int polls = 0;
                while (System.nanoTime() < deadline) {
                    try {
                        JsonNode answer = http.json(auditor.id(), paths.get(read));
                        if (shows(answer, form.id, version, "form".equals(read) || "history".equals(read))) {
                            freshness.computeIfAbsent(read, r -> Collections.synchronizedList(new ArrayList<>()))
                                    .add(System.nanoTime() - answered);
                            return null;
                        }
                    } catch (Exception e) {
                        // counted as not yet visible
                    }
                    polls++;
                    Thread.sleep(polls < 20 ? 10 : polls < 60 ? 50 : 200);
                }
                unseen.incrementAndGet();
                return null;
            });
        }
    }

    /** Whether some object in the answer is this form (or, for one form's own reads, any object) at the version. */
    static boolean shows(JsonNode node, String evaluationId, long version, boolean ownForm) {
        if (node.isObject()) {
            boolean thisForm = ownForm || evaluationId.equals(node.path("evaluationId").asText());
            if (thisForm && node.path("version").asLong(-1) >= version) {
                return true;
            }
        }
        for (JsonNode child : node) {
            if (child.isContainerNode() && shows(child, evaluationId, version, ownForm)) {
                return true;
            }
        }
        return false;
    }
}

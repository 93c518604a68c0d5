package io.jixiao.deploy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Amendments of actual values over HTTP, as people send them: signed in as the demo filler of 安亭镇城市运行管理中心,
 * each of {@code clients} threads drafts {@code forms} forms of its own, then for {@code seconds} amends one
 * indicator's actual value after another, each with the version the previous answer gave (so no answer is a
 * conflict). Prints amendments per second and the latency of each, from the request to its answer (the command
 * checked, its events stored durably; the read models are not waited for), and how far the read models fall
 * behind: their lag sampled each second, at the end of the burst, and how long they take to catch up once the
 * clients stop (as the administrators' {@code /api/admin/processors} reports it). Not a test: run against a running
 * system started with the demo data and the per-person request limit raised, as BENCHMARKS.md says.
 * <p>
 * Arguments: base URL (default http://localhost:8080), clients (8), seconds (30), forms per client (5).
 */
public final class HttpAmendBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private HttpAmendBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int forms = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        ObjectNode template = template();
        String run = UUID.randomUUID().toString().substring(0, 6);
        // one sign-in shared by every client: sign-ins of one account are limited (5 attempts at once)
        String token = signIn(base, "at-center-filler");
        String admin = signIn(base, "jd-admin");

        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<Thread> threads = new ArrayList<>();
        long[] window = new long[2];
        Object ready = new Object();
        AtomicInteger prepared = new AtomicInteger();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                try {
                    List<Form> own = new ArrayList<>();
                    try {
                        for (int f = 0; f < forms; f++) {
                            own.add(draft(base, token, template, "压测 " + run + "-" + client + "-" + f));
                        }
                    } finally {
                        synchronized (ready) {
                            prepared.incrementAndGet();
                            ready.notifyAll();
                            while (window[0] == 0) {
                                ready.wait();
                            }
                        }
                    }
                    for (long n = 0; System.nanoTime() < window[1]; n++) {
                        Form form = own.get((int) (n % own.size()));
                        long start = System.nanoTime();
                        HttpResponse<String> answer = send(base, token, "PUT", "/api/evaluations/" + form.id
                                + "/indicators/" + form.indicatorId + "/actual", Map.of("actual",
                                "0." + (n % 100) + "(%)", "reason", "核对后更正", "expectedVersion", form.version));
                        latencies.add(System.nanoTime() - start);
                        statuses.computeIfAbsent(answer.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                        if (answer.statusCode() == 200) {
                            form.version = JSON.readTree(answer.body()).path("version").asLong();
                        }
                    }
                } catch (Exception e) {
                    System.out.println("client " + client + " stopped: " + e);
                }
            }, "client-" + c);
            thread.start();
            threads.add(thread);
        }
        synchronized (ready) {
            while (prepared.get() < clients) {
                ready.wait();
            }
            window[0] = System.nanoTime();
            window[1] = window[0] + Duration.ofSeconds(seconds).toNanos();
            ready.notifyAll();
        }
        List<Long> lagSamples = Collections.synchronizedList(new ArrayList<>());
        Thread sampler = new Thread(() -> {
            while (System.nanoTime() < window[1]) {
                try {
                    lagSamples.add(maxLag(lags(base, admin)));
                    Thread.sleep(1000);
                } catch (Exception e) {
                    return;
                }
            }
        }, "lag-sampler");
        sampler.start();
        for (Thread thread : threads) {
            thread.join();
        }
        sampler.join();
        Map<String, Long> atEnd = lags(base, admin);
        long idleFrom = System.nanoTime();
        Map<String, Long> now = atEnd;
        while (maxLag(now) > 0 && System.nanoTime() - idleFrom < Duration.ofMinutes(10).toNanos()) {
            Thread.sleep(250);
            now = lags(base, admin);
        }
        double caughtUpAfter = (System.nanoTime() - idleFrom) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%d clients, %d s: %d amendments over HTTP, %.1f/s; latency ms p50 %.1f p95 %.1f p99 %.1f"
                        + " max %.1f; answers %s%n", clients, seconds, sorted.size(), sorted.size() / (double) seconds,
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), percentile(sorted, 100),
                statuses);
        List<Long> sampled = new ArrayList<>(lagSamples);
        Collections.sort(sampled);
        System.out.printf("read-model lag (events behind the store's head, largest of the processors): sampled each"
                        + " second during the burst p50 %d max %d; right after the burst %d %s; %s%n",
                sampled.isEmpty() ? 0 : sampled.get(sampled.size() / 2),
                sampled.isEmpty() ? 0 : sampled.get(sampled.size() - 1), maxLag(atEnd), atEnd,
                maxLag(now) == 0 ? String.format("caught up %.1f s later, once idle", caughtUpAfter)
                        : "not caught up within 10 minutes");
    }

    /** Each event processor's lag as {@code GET /api/admin/processors} reports it. */
    private static Map<String, Long> lags(String base, String admin) throws Exception {
        Map<String, Long> lags = new java.util.TreeMap<>();
        for (JsonNode processor : JSON.readTree(send(base, admin, "GET", "/api/admin/processors", null).body())) {
            lags.put(processor.path("name").asText(), processor.path("lag").asLong());
        }
        return lags;
    }

    private static long maxLag(Map<String, Long> lags) {
        return lags.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    private static final class Form {
        final String id;
        final String indicatorId;
        long version;

        Form(String id, String indicatorId, long version) {
            this.id = id;
            this.indicatorId = indicatorId;
            this.version = version;
        }
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private static ObjectNode template() throws Exception {
        try (InputStream in = HttpAmendBenchmark.class.getResourceAsStream("/demo/fixtures/anting-2024.json")) {
            JsonNode root = JSON.readTree(in);
            ObjectNode body = root.path("evaluations").get(0).deepCopy();
            body.put("amountUnit", root.path("amountUnit").asText());
            body.put("competentDepartmentId", "AT-GOV");
            body.put("implementingUnitId", "AT-CENTER");
            return body;
        }
    }

    private static String signIn(String base, String username) throws Exception {
        HttpResponse<String> answer = send(base, null, "POST", "/api/auth/token",
                Map.of("username", username, "password", "jixiao-demo"));
        return JSON.readTree(answer.body()).path("token").asText();
    }

    private static Form draft(String base, String token, ObjectNode template, String projectName) throws Exception {
        ObjectNode body = template.deepCopy().put("projectName", projectName);
        HttpResponse<String> answer = send(base, token, "POST", "/api/evaluations", body);
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("draft answered " + answer.statusCode() + " " + answer.body());
        }
        String id = JSON.readTree(answer.body()).path("evaluationId").asText();
        long version = JSON.readTree(answer.body()).path("version").asLong();
        for (int attempt = 0; attempt < 600; attempt++) {
            HttpResponse<String> form = send(base, token, "GET", "/api/evaluations/" + id, null);
            if (form.statusCode() == 200) {
                return new Form(id, JSON.readTree(form.body()).path("indicators").get(0).path("indicatorId").asText(),
                        version);
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("form " + id + " never appeared on the read side");
    }

    private static HttpResponse<String> send(String base, String token, String method, String path, Object body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

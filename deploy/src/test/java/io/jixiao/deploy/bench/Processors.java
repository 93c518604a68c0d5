package io.jixiao.deploy.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The read models as {@code /api/admin/processors} reports them, and their rebuilds through its reset. */
final class Processors {
    private final BenchHttp http;
    private final String admin;

    Processors(BenchHttp http, String admin) {
        this.http = http;
        this.admin = admin;
    }

    JsonNode all() throws Exception {
        return http.json(admin, "/api/admin/processors");
    }

    List<String> names() throws Exception {
        List<String> names = new ArrayList<>();
        for (JsonNode processor : all()) {
            if (!"subscribing".equals(processor.path("kind").asText())) {
                names.add(processor.path("name").asText());
            }
        }
        return names;
    }

    /** The store's head: the highest global index handed out (events stored, counting from 0). */
    long head() throws Exception {
        long head = 0;
        for (JsonNode processor : all()) {
            head = Math.max(head, processor.path("head").asLong());
        }
        return head;
    }

    Map<String, Long> lags() throws Exception {
        Map<String, Long> lags = new TreeMap<>();
        for (JsonNode processor : all()) {
            if (!"subscribing".equals(processor.path("kind").asText())) {
                lags.put(processor.path("name").asText(), processor.path("lag").asLong());
            }
        }
        return lags;
    }

    static long max(Map<String, Long> lags) {
        return lags.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    boolean caughtUp(List<String> names) throws Exception {
        for (JsonNode processor : all()) {
            if (names.contains(processor.path("name").asText()) && !(processor.path("caughtUp").asBoolean()
                    && !processor.path("replaying").asBoolean() && processor.path("lag").asLong() == 0)) {
                return false;
            }
        }
        return true;
    }

    /** Waits until every processor has caught up; returns the seconds waited. */
    double awaitCaughtUp(List<String> names, Duration limit) throws Exception {
        long start = System.nanoTime();
        while (!caughtUp(names)) {
            if (System.nanoTime() - start > limit.toNanos()) {
                throw new IllegalStateException("read models " + names + " not caught up within " + limit);
            }
            Thread.sleep(100);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Resets {@code names} at once (each cleared and replayed from the first event) and waits until all have caught
     * up again; returns the seconds from the first reset to the last caught up.
     */
    double rebuild(List<String> names, Duration limit) throws Exception {
        long start = System.nanoTime();
        for (String name : names) {
            var answer = http.as(admin, "POST", "/api/admin/processors/" + name + "/reset", null);
            if (answer.statusCode() != 202) {
                throw new IllegalStateException("reset of " + name + " answered " + answer.statusCode() + " "
                        + answer.body());
            }
        }
        // a replay short enough to end between two polls is over when the processor reports caught up again
        while (!caughtUp(names)) {
            if (System.nanoTime() - start > limit.toNanos()) {
                throw new IllegalStateException("rebuild of " + names + " not done within " + limit);
            }
            Thread.sleep(50);
        }
        return (System.nanoTime() - start) / 1e9;
    }
}

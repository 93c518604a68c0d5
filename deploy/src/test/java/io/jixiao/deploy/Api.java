package io.jixiao.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;

/** A person talking to the running system over HTTP, as the README's curl examples do. */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper();
    private final WebTestClient client;

    Api(WebTestClient client) {
        this.client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    String login(String username) {
        return login(username, "jixiao-demo");
    }

    String login(String username, String password) {
        JsonNode body = JSON.valueToTree(client.post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", password))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody());
        return body.path("token").asText();
    }

    WebTestClient.ResponseSpec post(String token, String path, Object body) {
        return client.post().uri(path).headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    WebTestClient.ResponseSpec put(String token, String path, Object body) {
        return client.put().uri(path).headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    WebTestClient.ResponseSpec get(String token, String path) {
        return client.get().uri(path).headers(h -> h.setBearerAuth(token)).exchange();
    }

    static JsonNode json(WebTestClient.ResponseSpec response, int status) {
        byte[] body = response.expectStatus().isEqualTo(status).expectBody().returnResult().getResponseBodyContent();
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + new String(body), e);
        }
    }

    /** The read model catches up asynchronously: ask until it shows what the command side acknowledged. */
    JsonNode awaitForm(String token, String evaluationId, Predicate<JsonNode> ready) throws InterruptedException {
        JsonNode last = null;
        for (int attempt = 0; attempt < 200; attempt++) {
            byte[] body = client.get().uri("/api/evaluations/" + evaluationId).headers(h -> h.setBearerAuth(token))
                    .exchange().expectBody().returnResult().getResponseBodyContent();
            try {
                last = body == null ? null : JSON.readTree(body);
            } catch (IOException e) {
                last = null;
            }
            if (last != null && last.has("version") && ready.test(last)) {
                return last;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The form never reached the expected state; last seen: " + last);
    }

    /**
     * Every event processor has handled every event of the store and none is replaying, as GET
     * /api/admin/processors tells an administrator (or finance reviewer) whose token this is.
     */
    JsonNode awaitProcessorsCaughtUp(String token) throws InterruptedException {
        JsonNode last = null;
        for (int attempt = 0; attempt < 1200; attempt++) {
            last = json(get(token, "/api/admin/processors"), 200);
            boolean caughtUp = last.size() > 0;
            for (JsonNode processor : last) {
                boolean subscribing = processor.path("kind").asText().equals("subscribing");
                caughtUp &= subscribing || (processor.path("lag").asLong(-1) == 0
                        && !processor.path("replaying").asBoolean() && processor.path("caughtUp").asBoolean());
            }
            if (caughtUp) {
                return last;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The processors never caught up; last seen: " + last);
    }

    /** Asks {@code path} until its answer satisfies {@code ready}: projections other than the form's catch up too. */
    JsonNode awaitJson(String token, String path, Predicate<JsonNode> ready) throws InterruptedException {
        JsonNode last = null;
        for (int attempt = 0; attempt < 200; attempt++) {
            byte[] body = client.get().uri(path).headers(h -> h.setBearerAuth(token))
                    .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBodyContent();
            try {
                last = JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON: " + new String(body), e);
            }
            if (ready.test(last)) {
                return last;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("GET " + path + " never showed the expected state; last seen: " + last);
    }

    /**
     * The data of each server-sent event of {@code path}, as JSON, while the subscriber keeps the stream open;
     * comments (the live form's keep-alives) carry no data and are skipped.
     */
    Flux<JsonNode> events(String token, String path) {
        return client.get().uri(path).headers(h -> h.setBearerAuth(token)).accept(MediaType.TEXT_EVENT_STREAM)
                .exchange().expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {
                }).getResponseBody()
                .filter(event -> event.data() != null)
                .map(event -> {
                    try {
                        return JSON.readTree(event.data());
                    } catch (IOException e) {
                        throw new AssertionError("Not JSON: " + event.data(), e);
                    }
                });
    }

    /** A seed form from the fixtures, as the body of POST /api/evaluations. */
    static ObjectNode fixtureDraft(String file, String projectName, String departmentId, String unitId)
            throws IOException {
        try (InputStream in = Api.class.getResourceAsStream("/demo/fixtures/" + file)) {
            JsonNode root = JSON.readTree(in);
            for (JsonNode form : root.path("evaluations")) {
                if (form.path("projectName").asText().equals(projectName)) {
                    ObjectNode body = form.deepCopy();
                    body.put("amountUnit", root.path("amountUnit").asText());
                    body.put("competentDepartmentId", departmentId);
                    body.put("implementingUnitId", unitId);
                    return body;
                }
            }
        }
        throw new IllegalArgumentException("No form " + projectName + " in " + file);
    }
}

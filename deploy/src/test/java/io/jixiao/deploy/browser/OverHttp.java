package io.jixiao.deploy.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.FluentWait;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;

/** What the scenario does behind the browser's back, through the HTTP API: preparing a draft, changing a form. */
final class OverHttp {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final WebTestClient client;

    OverHttp(WebTestClient client) {
        this.client = client.mutate().responseTimeout(Browser.PATIENCE).build();
    }

    String login(String username) {
        return login(username, "jixiao-demo");
    }

    String login(String username, String password) {
        return call(client.post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", password)).exchange(), 200)
                .path("token").asText();
    }

    /** The status a GET of {@code path} answers with this token. */
    int statusOf(String token, String path) {
        return client.get().uri(path).headers(h -> h.setBearerAuth(token)).exchange().expectBody().returnResult()
                .getStatus().value();
    }

    /** An administrator adds a filler to AT-CENTER with a password they hand over. */
    void addFiller(String adminToken, String personId, String password) {
        call(post(adminToken, "/api/organization/people", Map.of("personId", personId, "name", "新来的填报员",
                "unitId", "AT-CENTER", "roles", java.util.List.of("FILLER"), "password", password)), 201);
    }

    /** A form of the Anting 2024 fixtures as AT-CENTER's draft under AT-GOV; answers its id. */
    String draftFromFixture(String token, String projectName) throws IOException {
        try (InputStream in = OverHttp.class.getResourceAsStream("/demo/fixtures/anting-2024.json")) {
            JsonNode root = JSON.readTree(in);
            for (JsonNode form : root.path("evaluations")) {
                if (form.path("projectName").asText().equals(projectName)) {
                    ObjectNode body = form.deepCopy();
                    body.put("amountUnit", root.path("amountUnit").asText());
                    body.put("competentDepartmentId", "AT-GOV");
                    body.put("implementingUnitId", "AT-CENTER");
                    return call(post(token, "/api/evaluations", body), 201).path("evaluationId").asText();
                }
            }
        }
        throw new IllegalArgumentException("No form " + projectName + " in the Anting 2024 fixtures");
    }

    long putActual(String token, String evaluationId, String indicatorId, String actual, long expectedVersion) {
        return call(client.put().uri("/api/evaluations/" + evaluationId + "/indicators/" + indicatorId + "/actual")
                .headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("actual", actual, "expectedVersion", expectedVersion)).exchange(), 200)
                .path("version").asLong();
    }

    /** Asks for the form until it shows {@code what} (the read model catches up asynchronously). */
    JsonNode awaitForm(String token, String evaluationId, String what, Predicate<JsonNode> ready) {
        JsonNode[] last = {null};
        try {
            return new FluentWait<>(this).withTimeout(Browser.PATIENCE).pollingEvery(Duration.ofMillis(100))
                    .until(api -> {
                        EntityExchangeResult<byte[]> answer = client.get().uri("/api/evaluations/" + evaluationId)
                                .headers(h -> h.setBearerAuth(token)).exchange().expectBody().returnResult();
                        // Until the projection has the new form it answers 404: ask again.
                        if (answer.getStatus().value() == 404) {
                            return null;
                        }
                        last[0] = readJson(answer.getResponseBodyContent());
                        if (answer.getStatus().value() != 200) {
                            throw new AssertionError("GET the form answered " + answer.getStatus() + ": " + last[0]);
                        }
                        return ready.test(last[0]) ? last[0] : null;
                    });
        } catch (TimeoutException e) {
            throw new AssertionError("The form never showed " + what + "; last seen: " + last[0], e);
        }
    }

    static String indicatorId(JsonNode form, String name) {
        for (JsonNode indicator : form.path("indicators")) {
            if (indicator.path("name").asText().equals(name)) {
                return indicator.path("indicatorId").asText();
            }
        }
        throw new AssertionError("No indicator " + name + " in " + form);
    }

    private WebTestClient.ResponseSpec post(String token, String path, Object body) {
        return client.post().uri(path).headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    private static JsonNode call(WebTestClient.ResponseSpec response, int status) {
        return readJson(response.expectStatus().isEqualTo(status).expectBody().returnResult().getResponseBodyContent());
    }

    private static JsonNode readJson(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + new String(body), e);
        }
    }
}

package io.jixiao.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.jixiao.deploy.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live form view: someone who has a form open (GET /api/evaluations/{id}/stream) sees the change another
 * person makes over HTTP, without asking again; the stream shows the form only to those who may see it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "jixiao.demo=true")
@ContextConfiguration(initializers = DemoDataTest.FreshDataDirectory.class)
class LiveFormTest {
    private static final ParameterizedTypeReference<ServerSentEvent<JsonNode>> FORM_EVENT =
            new ParameterizedTypeReference<>() { };

    @Autowired
    WebTestClient client;

    @Test
    void aChangeByTheFillerReachesTheApproversOpenForm() throws Exception {
        Api api = new Api(client);
        String filler = api.login("at-center-filler");
        String id = draftedForm(api, filler);
        String indicator = api.awaitForm(filler, id, f -> f.path("version").asLong() == 1)
                .path("indicators").get(0).path("indicatorId").asText();

        // Three forms, then the client closes the stream, which ends the subscription on the server.
        Iterator<ServerSentEvent<JsonNode>> stream = open(api.login("at-gov-approver"), id).take(3).toIterable()
                .iterator();
        ServerSentEvent<JsonNode> first = stream.next();
        assertThat(first.event()).isEqualTo("form");
        assertThat(first.id()).isEqualTo("1");
        assertThat(first.data().path("evaluationId").asText()).isEqualTo(id);
        assertThat(first.data().path("version").asLong()).isEqualTo(1);

        json(api.put(filler, "/api/evaluations/" + id + "/indicators/" + indicator + "/actual",
                Map.of("actual", "部分达成指标并具有一定效果", "expectedVersion", 1)), 200);
        ServerSentEvent<JsonNode> changed = stream.next();
        assertThat(changed.id()).isEqualTo("2");
        assertThat(changed.data().path("version").asLong()).isEqualTo(2);
        assertThat(changed.data().path("indicators").get(0).path("actual").asText()).isEqualTo("部分达成指标并具有一定效果");
        assertThat(changed.data().has("state")).isFalse();

        json(api.put(filler, "/api/evaluations/" + id + "/goals",
                Map.of("actual", "按计划完成等保复测。", "expectedVersion", 2)), 200);
        ServerSentEvent<JsonNode> again = stream.next();
        assertThat(again.data().path("version").asLong()).isEqualTo(3);
        assertThat(again.data().path("goals").path("actual").asText()).isEqualTo("按计划完成等保复测。");
    }

    @Test
    void theStreamIsRefusedToThoseWhoMayNotSeeTheFormAndForUnknownForms() throws Exception {
        Api api = new Api(client);
        String filler = api.login("at-center-filler");
        String id = draftedForm(api, filler);
        api.awaitForm(filler, id, f -> f.path("version").asLong() == 1);

        // issue 11 item 7: to someone who may not see it, the form does not exist
        JsonNode hidden = refusal(streamRequest(api.login("sj-finance"), id, MediaType.TEXT_EVENT_STREAM), 404);
        assertThat(hidden.path("code").asText()).isEqualTo("EVALUATION_NOT_FOUND");
        assertThat(hidden.path("messageZh").asText()).isNotBlank();
        JsonNode unknown = refusal(streamRequest(api.login("jd-finance"), "no-such-form", MediaType.TEXT_EVENT_STREAM),
                404);
        assertThat(unknown.path("code").asText()).isEqualTo("EVALUATION_NOT_FOUND");
        assertThat(json(streamRequest(api.login("sj-finance"), id, MediaType.ALL).exchange(), 404).path("code")
                .asText()).isEqualTo("EVALUATION_NOT_FOUND");
    }

    /**
     * Through the organization's own commands: a watcher deactivated, then another whose last role is revoked, is
     * told by one {@code revoked} event and their stream ends, sending nothing of the change that follows; the
     * approver's stream of the same form goes on.
     */
    @Test
    void aWatcherDeactivatedOrLeftWithoutARoleIsToldAndStopsWatchingWhileOthersGoOn() throws Exception {
        Api api = new Api(client);
        String admin = api.login("jd-admin");
        String filler = api.login("at-center-filler");
        String id = draftedForm(api, filler);
        api.awaitForm(filler, id, f -> f.path("version").asLong() == 1);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String leaving = "watch-leaving-" + suffix;
        String reassigned = "watch-reassigned-" + suffix;
        Iterator<ServerSentEvent<JsonNode>> approver = open(api.login("at-gov-approver"), id).toIterable().iterator();
        Iterator<ServerSentEvent<JsonNode>> leavingStream = open(newPerson(api, admin, leaving, "AUDITOR"), id)
                .toIterable().iterator();
        Iterator<ServerSentEvent<JsonNode>> reassignedStream = open(newPerson(api, admin, reassigned, "UNIT_REVIEWER"),
                id).toIterable().iterator();
        assertThat(approver.next().id()).isEqualTo("1");
        assertThat(leavingStream.next().id()).isEqualTo("1");
        assertThat(reassignedStream.next().id()).isEqualTo("1");

        json(api.post(admin, "/api/organization/people/" + leaving + "/deactivate", Map.of("reason", "离职")), 200);
        json(api.put(filler, "/api/evaluations/" + id + "/goals",
                Map.of("actual", "按计划完成等保复测。", "expectedVersion", 1)), 200);
        assertThat(approver.next().id()).isEqualTo("2");
        assertThat(reassignedStream.next().id()).isEqualTo("2");
        assertRevokedAndEnded(leavingStream, "DEACTIVATED");

        json(api.post(admin, "/api/organization/people/" + reassigned + "/revoke-role",
                Map.of("role", "UNIT_REVIEWER", "reason", "调岗")), 200);
        json(api.put(filler, "/api/evaluations/" + id + "/goals",
                Map.of("actual", "已完成等保复测。", "expectedVersion", 2)), 200);
        assertThat(approver.next().id()).isEqualTo("3");
        assertRevokedAndEnded(reassignedStream, "NO_ROLE");
    }

    private static void assertRevokedAndEnded(Iterator<ServerSentEvent<JsonNode>> stream, String reason) {
        ServerSentEvent<JsonNode> last = stream.next();
        assertThat(last.event()).isEqualTo("revoked");
        assertThat(last.data().path("code").asText()).isEqualTo("ACCESS_CHANGED");
        assertThat(last.data().path("messageZh").asText()).startsWith("你的访问权限已变更");
        assertThat(last.data().path("details").path("reason").asText()).isEqualTo(reason);
        assertThat(stream.hasNext()).as("the stream ended").isFalse();
    }

    /** A person of AT-CENTER added by the administrator, signed in with the password they then chose. */
    private String newPerson(Api api, String admin, String personId, String role) {
        json(api.post(admin, "/api/organization/people", Map.of("personId", personId, "name", "观察员 " + personId,
                "unitId", "AT-CENTER", "roles", List.of(role), "password", "given-password-1")), 201);
        String given = tokenOf(personId, "given-password-1");
        json(api.post(given, "/api/auth/password", Map.of("currentPassword", "given-password-1",
                "newPassword", "own-password-1")), 200);
        return tokenOf(personId, "own-password-1");
    }

    private String tokenOf(String username, String password) {
        return Api.JSON.valueToTree(client.post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", password)).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody()).path("token").asText();
    }

    /**
     * A refusal keeps its status. A client that accepts nothing but an event stream (a browser's EventSource) gets
     * the error body as the stream's one {@code data:} line; any other client gets it as plain JSON.
     */
    private static JsonNode refusal(WebTestClient.RequestHeadersSpec<?> request, int status) throws Exception {
        byte[] body = request.exchange().expectStatus().isEqualTo(status).expectBody().returnResult()
                .getResponseBodyContent();
        String text = new String(body, StandardCharsets.UTF_8).strip();
        assertThat(text).startsWith("data:");
        return Api.JSON.readTree(text.substring("data:".length()));
    }

    /** A form of a project of its own (a unit has one form per project and year), in a year the demo leaves empty. */
    private static String draftedForm(Api api, String filler) throws Exception {
        ObjectNode draft = Api.fixtureDraft("anting-2024.json", "信息化项目运维(信息安全三级等保)", "AT-GOV", "AT-CENTER");
        draft.put("fiscalYear", 2025).put("projectName", "信息化项目运维 实时查看" + UUID.randomUUID());
        return json(api.post(filler, "/api/evaluations", draft), 201).path("evaluationId").asText();
    }

    /** The form events of the stream; the keep-alive comments carry no data. */
    private Flux<ServerSentEvent<JsonNode>> open(String token, String evaluationId) {
        return streamRequest(token, evaluationId, MediaType.TEXT_EVENT_STREAM).exchange().expectStatus().isOk()
                .returnResult(FORM_EVENT).getResponseBody()
                .filter(event -> event.data() != null)
                .timeout(Duration.ofSeconds(30));
    }

    private WebTestClient.RequestHeadersSpec<?> streamRequest(String token, String evaluationId, MediaType accept) {
        return client.mutate().responseTimeout(Duration.ofSeconds(30)).build().get()
                .uri("/api/evaluations/{id}/stream", evaluationId).accept(accept)
                .headers(h -> h.setBearerAuth(token));
    }
}

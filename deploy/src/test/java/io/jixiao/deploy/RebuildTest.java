package io.jixiao.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import io.jixiao.query.projection.ReadModelGenerations;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.jixiao.deploy.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Projections can be rebuilt from the event store: resetting every processor (through the admin API, as an
 * administrator would) replays all events and gives back every read-model document exactly as it was live. The
 * read models are every collection but the event store's ({@code event_*}), the token store's and the record of
 * which generation answers, so a projection added anywhere in the application is covered without being named here.
 * A rebuild writes a new generation of a read model's collections ({@code <name>_g<N>}) and drops the old one once
 * it answers: collections are compared by their plain names.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "jixiao.demo=true")
@ContextConfiguration(initializers = DemoDataTest.FreshDataDirectory.class)
class RebuildTest {
    /** Where Axon's MongoTokenStore keeps the processors' positions: not a read model. */
    private static final String TOKEN_STORE = "trackingtokens";
    private static final java.util.regex.Pattern GENERATION = java.util.regex.Pattern.compile("_g[0-9]+$");

    @Autowired
    WebTestClient client;
    @Autowired
    MongoDatabase database;

    @Test
    void resettingEveryProcessorRebuildsEveryReadModelDocumentForDocument() throws Exception {
        Api api = new Api(client);
        String administrator = api.login("sj-admin");
        JsonNode processors = api.awaitProcessorsCaughtUp(administrator);
        Map<String, List<Document>> live = readModels();
        assertThat(live.get("evaluation_forms")).hasSizeGreaterThanOrEqualTo(72);

        List<String> reset = new ArrayList<>();
        for (JsonNode processor : processors) {
            if (processor.path("kind").asText().equals("subscribing")) {
                continue;
            }
            String name = processor.path("name").asText();
            JsonNode status = json(api.post(administrator, "/api/admin/processors/" + name + "/reset", Map.of()), 202);
            assertThat(status.path("name").asText()).isEqualTo(name);
            assertThat(status.path("running").asBoolean()).isTrue();
            assertThat(status.path("head").asLong()).isEqualTo(processor.path("head").asLong());
            reset.add(name);
        }
        assertThat(reset).contains("evaluation-forms");
        api.awaitProcessorsCaughtUp(administrator);
        awaitPreviousGenerationsDropped();

        Map<String, List<Document>> rebuilt = readModels();
        assertThat(rebuilt.keySet()).isEqualTo(live.keySet());
        for (String collection : live.keySet()) {
            List<Document> before = live.get(collection);
            List<Document> after = rebuilt.get(collection);
            assertThat(after).as(collection).hasSameSizeAs(before);
            for (int i = 0; i < before.size(); i++) {
                assertThat(after.get(i)).as(collection + " " + before.get(i).get("_id")).isEqualTo(before.get(i));
            }
        }
    }

    @Test
    void onlyAdministratorsAndFinanceReviewersSeeOrResetTheProcessors() {
        Api api = new Api(client);
        String filler = api.login("at-center-filler");
        JsonNode refused = json(api.get(filler, "/api/admin/processors"), 403);
        assertThat(refused.path("code").asText()).isEqualTo("ADMIN_ROLE_REQUIRED");
        assertThat(refused.path("messageZh").asText()).isNotBlank();
        assertThat(refused.path("details").path("requiredRoles")).hasSize(2);
        assertThat(json(api.post(filler, "/api/admin/processors/evaluation-forms/reset", Map.of()), 403)
                .path("code").asText()).isEqualTo("ADMIN_ROLE_REQUIRED");
        assertThat(json(api.get(api.login("jd-auditor"), "/api/admin/processors"), 403).path("code").asText())
                .isEqualTo("ADMIN_ROLE_REQUIRED");

        JsonNode processors = json(api.get(api.login("jd-finance"), "/api/admin/processors"), 200);
        assertThat(processors.findValuesAsText("name")).contains("evaluation-forms");
        JsonNode unknown = json(api.post(api.login("jd-admin"), "/api/admin/processors/no-such/reset", Map.of()), 404);
        assertThat(unknown.path("code").asText()).isEqualTo("PROCESSOR_NOT_FOUND");
    }

    @Test
    void actuatorShowsEachProcessorsPositionHeadAndLag() throws Exception {
        Api api = new Api(client);
        String administrator = api.login("sj-admin");
        api.awaitProcessorsCaughtUp(administrator);
        JsonNode processors = json(api.get(administrator, "/actuator/processors"), 200);
        JsonNode forms = null;
        for (JsonNode processor : processors) {
            if (processor.path("name").asText().equals("evaluation-forms")) {
                forms = processor;
            }
        }
        assertThat(forms).isNotNull();
        assertThat(forms.path("head").asLong()).isPositive();
        assertThat(forms.path("position").asLong()).isEqualTo(forms.path("head").asLong());
        assertThat(forms.path("lag").asLong()).isZero();
        assertThat(forms.path("kind").asText()).isEqualTo("pooled-streaming");
        assertThat(forms.path("generation").isInt()).isTrue();

        JsonNode lag = json(api.get(administrator, "/actuator/metrics/jixiao.processor.lag?tag=processor:evaluation-forms"), 200);
        assertThat(lag.path("measurements").get(0).path("value").asDouble()).isZero();
        JsonNode head = json(api.get(administrator, "/actuator/metrics/jixiao.eventstore.head"), 200);
        assertThat(head.path("measurements").get(0).path("value").asDouble()).isEqualTo(forms.path("head").asDouble());
    }

    /** Once the new generations answer, the old ones are dropped after {@code jixiao.rebuild.drop-after}. */
    private void awaitPreviousGenerationsDropped() throws InterruptedException {
        for (int attempt = 0; attempt < 600; attempt++) {
            List<String> plain = database.listCollectionNames().into(new ArrayList<>()).stream()
                    .map(name -> GENERATION.matcher(name).replaceFirst("")).toList();
            if (plain.size() == new java.util.HashSet<>(plain).size()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The previous generations were never dropped");
    }

    /** Every read-model collection by its plain name, its documents ordered by id. */
    private Map<String, List<Document>> readModels() {
        Map<String, List<Document>> collections = new TreeMap<>();
        List<String> names = database.listCollectionNames().into(new ArrayList<>());
        assertThat(names).contains(TOKEN_STORE);
        for (String name : names) {
            if (name.startsWith("event_") || name.equals(TOKEN_STORE)
                    || name.equals(ReadModelGenerations.COLLECTION)) {
                continue;
            }
            List<Document> documents = database.getCollection(name).find().into(new ArrayList<>());
            documents.sort(Comparator.comparing(d -> String.valueOf(d.get("_id"))));
            String plain = GENERATION.matcher(name).replaceFirst("");
            assertThat(collections).as("one generation of " + plain).doesNotContainKey(plain);
            collections.put(plain, documents);
        }
        assertThat(collections).isNotEmpty();
        return collections;
    }
}

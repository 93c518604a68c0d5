package io.jixiao.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoDatabase;
import io.jixiao.command.organization.OrganizationBootstrap;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Iterator;

import static io.jixiao.deploy.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5's import jobs over HTTP: a file becomes one command per form, each form all or nothing, reported per
 * form; progress can be followed live; importing the same file again creates nothing; a job whose runner stopped
 * is taken over and continues where it stopped.
 */
// Closed after this class: contexts left open to the end of the run must all shut down within surefire's 30 s.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jixiao.demo=false", "jixiao.organization-file=" + OrganizationBootstrap.DEMO_ORGANIZATION_FILE,
                "jixiao.imports.resume-after=PT1S"})
class ImportJobsTest {
    @Autowired
    WebTestClient client;
    @Autowired
    MongoDatabase database;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        var dir = Files.createTempDirectory("jixiao-imports");
        registry.add("jixiao.data-dir", dir::toString);
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = ImportJobsTest.class.getResourceAsStream("/demo/fixtures/" + name)) {
            return in.readAllBytes();
        }
    }

    WebTestClient.ResponseSpec upload(String token, String fileName, byte[] content) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return client.post().uri("/api/imports").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(BodyInserters.fromMultipartData(body.build()))
                .exchange();
    }

    JsonNode awaitJob(Api api, String token, String jobId) throws InterruptedException {
        return api.awaitJson(token, "/api/imports/" + jobId,
                job -> List.of("DONE", "FAILED").contains(job.path("status").asText()));
    }

    @Test
    void aYearIsImportedOnceWithProgressAndItsHistorySaysSo() throws Exception {
        Api api = new Api(client);
        String admin = api.login("jd-admin");
        String jobId = json(upload(admin, "anting-2024.json", fixture("anting-2024.json")), 202).path("jobId").asText();

        List<JsonNode> progress = client.get().uri("/api/imports/" + jobId + "/events")
                .headers(h -> h.setBearerAuth(admin)).accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {
                }).getResponseBody()
                .map(event -> {
                    try {
                        return Api.JSON.readTree(event.data());
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                })
                .collectList().block(Duration.ofSeconds(60));
        assertThat(progress).isNotEmpty();
        JsonNode done = progress.get(progress.size() - 1);
        assertThat(done.path("status").asText()).isEqualTo("DONE");
        assertThat(done.path("done").asInt()).isEqualTo(10);
        assertThat(done.path("total").asInt()).isEqualTo(10);
        assertThat(done.path("created")).hasSize(10);
        assertThat(done.path("refused")).isEmpty();

        String first = done.path("created").get(0).asText();
        JsonNode history = json(api.get(admin, "/api/evaluations/" + first + "/history"), 200);
        assertThat(history.toString()).contains("jd-admin").contains("anting-2024.json");

        String again = json(upload(admin, "anting-2024.json", fixture("anting-2024.json")), 202).path("jobId").asText();
        JsonNode repeated = awaitJob(api, admin, again);
        assertThat(repeated.path("created")).isEmpty();
        assertThat(repeated.path("skipped")).hasSize(10);
        assertThat(repeated.path("skipped").get(0).path("evaluationId").asText()).isIn(textsOf(done.path("created")));
    }

    /** Issue 11 item 1: a file of which no form can be read at all is a failed import, with the reason. */
    @Test
    void aFileWithNoReadableFormFailsWithTheReason() throws Exception {
        Api api = new Api(client);
        String filler = api.login("at-center-filler");
        String jobId = json(upload(filler, "year.xlsx", "PK\u0003\u0004 not really a zip".getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1)), 202).path("jobId").asText();

        JsonNode job = awaitJob(api, filler, jobId);

        assertThat(job.path("status").asText()).isEqualTo("FAILED");
        assertThat(job.path("failure").asText()).contains("not an .xlsx workbook");
        assertThat(job.path("failureZh").asText()).contains("不是 .xlsx 工作簿");
        assertThat(job.path("created")).isEmpty();
        assertThat(job.path("refused")).hasSize(1);
    }

    @Test
    void formsOutsideTheImportersReachAndBrokenFormsAreRefusedAndNothingIsCreated() throws Exception {
        Api api = new Api(client);
        String filler = api.login("at-center-filler");
        String jobId = json(upload(filler, "songjiang-2023.json", fixture("songjiang-2023.json")), 202)
                .path("jobId").asText();
        JsonNode job = awaitJob(api, filler, jobId);
        assertThat(job.path("status").asText()).isEqualTo("DONE");
        assertThat(job.path("created")).isEmpty();
        assertThat(job.path("refused").size()).isGreaterThanOrEqualTo(14);
        assertThat(job.path("refused").get(0).path("messageZh").asText()).isNotBlank();

        com.fasterxml.jackson.databind.node.ObjectNode anting =
                (com.fasterxml.jackson.databind.node.ObjectNode) Api.JSON.readTree(fixture("anting-2024.json"));
        JsonNode firstForm = anting.path("evaluations").get(0);
        ((com.fasterxml.jackson.databind.node.ObjectNode) firstForm.path("funds").path("total"))
                .put("executed", "七百五十八");
        anting.putArray("evaluations").add(firstForm);
        String brokenJob = json(upload(filler, "broken.json", Api.JSON.writeValueAsBytes(anting)), 202)
                .path("jobId").asText();
        JsonNode refused = awaitJob(api, filler, brokenJob);
        assertThat(refused.path("refused").get(0).path("column").asText()).isEqualTo("funds.total.executed");
        assertThat(refused.path("refused").get(0).path("form").asText()).isEqualTo("broken.json#1");
        assertThat(refused.path("refused")).hasSize(1);
        assertThat(refused.path("created")).isEmpty();

        assertThat(json(upload(api.login("jd-auditor"), "x.json", fixture("anting-2024.json")), 403)
                .path("code").asText()).isEqualTo("NOT_IMPORTER");
        json(api.get(api.login("sj-admin"), "/api/imports/" + jobId), 404);
    }

    @Test
    void publishedTextBecomesCleanDraftsOnlyWhereEverythingWasRead() throws Exception {
        Api api = new Api(client);
        String admin = api.login("sj-admin");
        byte[] text;
        try (InputStream in = getClass().getResourceAsStream("/demo/seeds/songjiang-2023-self-evaluations.txt")) {
            text = in.readAllBytes();
        }
        JsonNode job = awaitJob(api, admin, json(upload(admin, "songjiang-2023.txt", text), 202).path("jobId").asText());
        assertThat(job.path("status").asText()).isEqualTo("DONE");
        assertThat(job.path("total").asInt()).isEqualTo(14);
        assertThat(job.path("created")).hasSize(2);
        assertThat(job.path("refused").get(0).path("row").isInt()).as("a line of the text").isTrue();
    }

    @Test
    void aProjectDraftedByHandAMomentBeforeIsSkippedNamingTheForm() throws Exception {
        Api api = new Api(client);
        String filler = api.login("at-center-filler");
        ObjectNode draft = Api.fixtureDraft("anting-2024.json", "其他专项工作经费(联勤队伍组建)", "AT-GOV", "AT-CENTER");
        draft.put("fiscalYear", 2026); // a year no other test of this class imports
        String byHand = json(api.post(filler, "/api/evaluations", draft), 201).path("evaluationId").asText();

        // at once, the same project typed with full-width brackets: decided by the command side's own key
        ObjectNode file = Api.JSON.createObjectNode().put("amountUnit", draft.path("amountUnit").asText());
        file.putArray("evaluations").add(draft.deepCopy().put("projectName", "其他专项工作经费（联勤队伍组建）"));
        String jobId = json(upload(filler, "by-hand.json", file.toString().getBytes(StandardCharsets.UTF_8)), 202)
                .path("jobId").asText();

        JsonNode job = awaitJob(api, filler, jobId);
        assertThat(job.path("created")).isEmpty();
        assertThat(job.path("refused")).isEmpty();
        assertThat(job.path("skipped")).hasSize(1);
        assertThat(job.path("skipped").get(0).path("evaluationId").asText()).isEqualTo(byHand);
    }

    @Test
    void aJobWhoseRunnerStoppedIsTakenOverAndContinuesWhereItStopped() throws Exception {
        Api api = new Api(client);
        String admin = api.login("sj-admin");
        byte[] file = fixture("songjiang-2023.json");
        String jobId = "stopped-job";
        database.getCollection("import_files").insertOne(new Document("_id", jobId + ":0")
                .append("data", new Binary(file)));
        Date longAgo = Date.from(Instant.now().minus(Duration.ofHours(1)));
        database.getCollection("import_jobs").insertOne(new Document("_id", jobId).append("jobId", jobId)
                .append("status", "RUNNING").append("fileName", "songjiang-2023.json").append("format", "JSON")
                .append("ownerId", "sj-admin").append("ownerUnitId", "SJ-FIN").append("createdAt", longAgo)
                .append("startedAt", longAgo).append("runner", "a process that was killed")
                .append("heartbeatAt", longAgo).append("done", 5).append("total", 14).append("chunks", 1)
                .append("created", List.of()).append("skipped", List.of()).append("refused", List.of()));

        JsonNode job = awaitJob(api, admin, jobId);
        assertThat(job.path("status").asText()).isEqualTo("DONE");
        assertThat(job.path("done").asInt()).isEqualTo(14);
        // forms 6 to 14 only; another test of this class may have imported two of them from the published text
        assertThat(job.path("created").size() + job.path("skipped").size())
                .as("only the forms after the fifth were taken up again").isEqualTo(9);
        assertThat(job.path("refused")).isEmpty();
        assertThat(database.getCollection("import_files").countDocuments()).as("the file is gone once done")
                .isZero();
    }

    /** Issue 11: attempts are counted before a job runs, so one that killed its process each time is given up. */
    @Test
    void aJobStartedAsOftenAsAllowedIsFailedWithAReasonAndNeverStartedAgain() throws Exception {
        Api api = new Api(client);
        String admin = api.login("sj-admin");
        String jobId = "killed-its-process-three-times";
        database.getCollection("import_files").insertOne(new Document("_id", jobId + ":0")
                .append("data", new Binary(fixture("songjiang-2023.json"))));
        Date longAgo = Date.from(Instant.now().minus(Duration.ofHours(1)));
        database.getCollection("import_jobs").insertOne(new Document("_id", jobId).append("jobId", jobId)
                .append("status", "RUNNING").append("fileName", "songjiang-2023.json").append("format", "JSON")
                .append("ownerId", "sj-admin").append("ownerUnitId", "SJ-FIN").append("createdAt", longAgo)
                .append("startedAt", longAgo).append("runner", "a process that died with it").append("attempts", 3)
                .append("heartbeatAt", longAgo).append("done", 0).append("total", 14).append("chunks", 1)
                .append("created", List.of()).append("skipped", List.of()).append("refused", List.of()));

        JsonNode job = awaitJob(api, admin, jobId);
        assertThat(job.path("status").asText()).isEqualTo("FAILED");
        assertThat(job.path("failure").asText()).contains("3 times").contains("will not be started again");
        assertThat(job.path("failureZh").asText()).contains("3 次");
        assertThat(job.path("done").asInt()).as("nothing was imported").isZero();
        assertThat(job.path("attempts").asInt()).as("not started a fourth time").isEqualTo(3);
        Thread.sleep(2_500); // more than resume-after: nobody takes it up again
        assertThat(json(api.get(admin, "/api/imports/" + jobId), 200).path("status").asText()).isEqualTo("FAILED");
        assertThat(database.getCollection("import_files").countDocuments(new Document("_id", jobId + ":0")))
                .as("the file of a failed job is not kept").isZero();
    }

    /** Issue 11 item 3: the import's progress stream, too, ends once its person is deactivated. */
    @Test
    void theProgressStreamOfADeactivatedPersonSaysWhyAndEnds() throws Exception {
        Api api = new Api(client);
        String admin = api.login("jd-admin");
        String personId = "import-watcher-" + UUID.randomUUID().toString().substring(0, 8);
        json(api.post(admin, "/api/organization/people", Map.of("personId", personId, "name", "导入观察员",
                "unitId", "AT-CENTER", "roles", List.of("FILLER"), "password", "given-password-1")), 201);
        String given = api.login(personId, "given-password-1");
        String watcher = json(api.post(given, "/api/auth/password", Map.of("currentPassword", "given-password-1",
                "newPassword", "own-password-1")), 200).path("token").asText();
        Date soon = Date.from(Instant.now().plus(Duration.ofHours(1))); // held by a live runner: not taken over
        String jobId = "watched-" + personId;
        database.getCollection("import_jobs").insertOne(new Document("_id", jobId).append("jobId", jobId)
                .append("status", "RUNNING").append("fileName", "a.json").append("format", "JSON")
                .append("ownerId", personId).append("ownerUnitId", "AT-CENTER").append("createdAt", soon)
                .append("runner", "another instance").append("heartbeatAt", soon).append("done", 0)
                .append("chunks", 0));
        try {
            Iterator<ServerSentEvent<JsonNode>> progress = client.get().uri("/api/imports/" + jobId + "/events")
                    .headers(h -> h.setBearerAuth(watcher)).accept(MediaType.TEXT_EVENT_STREAM).exchange()
                    .expectStatus().isOk()
                    .returnResult(new ParameterizedTypeReference<ServerSentEvent<JsonNode>>() {
                    }).getResponseBody().toIterable().iterator();
            assertThat(progress.next().event()).isEqualTo("progress");

            json(api.post(admin, "/api/organization/people/" + personId + "/deactivate", Map.of("reason", "离职")),
                    200);

            ServerSentEvent<JsonNode> last = progress.next();
            assertThat(last.event()).isEqualTo("revoked");
            assertThat(last.data().path("code").asText()).isEqualTo("ACCESS_CHANGED");
            assertThat(last.data().path("messageZh").asText()).startsWith("你的访问权限已变更");
            assertThat(progress.hasNext()).as("the stream ended").isFalse();
        } finally {
            database.getCollection("import_jobs").deleteOne(new Document("_id", jobId));
        }
    }

    /** Issue 11: a person with as many jobs queued or running as allowed is told to wait, and nothing is stored. */
    @Test
    void aPersonWithTooManyImportsWaitingIsToldToWaitAndNothingIsStored() throws Exception {
        Api api = new Api(client);
        String filler = api.login("sj-office-filler");
        Date soon = Date.from(Instant.now().plus(Duration.ofHours(1))); // held by a live runner: not taken over
        List<String> waiting = List.of("waiting-1", "waiting-2", "waiting-3");
        for (String jobId : waiting) {
            database.getCollection("import_jobs").insertOne(new Document("_id", jobId).append("jobId", jobId)
                    .append("status", "QUEUED").append("fileName", "a.json").append("format", "JSON")
                    .append("ownerId", "sj-office-filler").append("ownerUnitId", "SJ-OFFICE")
                    .append("createdAt", soon).append("runner", "another instance").append("heartbeatAt", soon)
                    .append("done", 0).append("chunks", 0));
        }
        long jobs = database.getCollection("import_jobs").countDocuments();
        long files = database.getCollection("import_files").countDocuments();
        try {
            // another unit's forms: refused one by one, so this test creates nothing the others import
            WebTestClient.ResponseSpec refused = upload(filler, "anting-2024.json", fixture("anting-2024.json"));
            refused.expectHeader().exists("Retry-After");
            JsonNode answer = json(refused, 429);
            assertThat(answer.path("code").asText()).isEqualTo("IMPORT_QUEUE_FULL");
            assertThat(answer.path("message").asText()).contains("3 imports queued or running");
            assertThat(answer.path("messageZh").asText()).contains("最多 3 个");
            assertThat(database.getCollection("import_jobs").countDocuments()).isEqualTo(jobs);
            assertThat(database.getCollection("import_files").countDocuments()).isEqualTo(files);

            database.getCollection("import_jobs").updateOne(new Document("_id", "waiting-1"),
                    new Document("$set", new Document("status", "DONE")));
            String jobId = json(upload(filler, "anting-2024.json", fixture("anting-2024.json")), 202)
                    .path("jobId").asText();
            assertThat(awaitJob(api, filler, jobId).path("status").asText()).isEqualTo("DONE");
        } finally {
            database.getCollection("import_jobs").deleteMany(new Document("_id", new Document("$in", waiting)));
        }
    }

    private static List<String> textsOf(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}

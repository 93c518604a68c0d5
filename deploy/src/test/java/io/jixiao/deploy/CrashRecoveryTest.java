package io.jixiao.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jixiao.command.organization.OrganizationBootstrap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing acknowledged is lost on kill -9: the real launcher runs in its own JVM on an H2 file, takes a
 * stream of amendments, is killed without warning right after the last acknowledgement, and on restart
 * shows every acknowledged change.
 */
class CrashRecoveryTest {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;

    @TempDir
    Path dataDir;

    @AfterEach
    void stop() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    @Test
    void everyAcknowledgedChangeSurvivesKillDashNine() throws Exception {
        int port = freePort();
        String base = "http://127.0.0.1:" + port;
        process = start(port);
        awaitHealthy(base);

        String token = login(base);
        ObjectNode draft = Api.fixtureDraft("anting-2024.json", "信息化项目运维(信息安全三级等保)", "AT-GOV", "AT-CENTER");
        String id = send(base, token, "POST", "/api/evaluations", draft).path("evaluationId").asText();
        long version = 1;
        String lastActual = null;
        for (int i = 0; i < 40; i++) {
            lastActual = (90 + i % 10) + "." + String.format("%02d", i) + "(%)";
            JsonNode outcome = send(base, token, "PUT", "/api/evaluations/" + id + "/indicators/I8/actual",
                    Map.of("actual", lastActual, "expectedVersion", version));
            version = outcome.path("version").asLong();
        }
        process.destroyForcibly().waitFor();

        process = start(port);
        awaitHealthy(base);
        String again = login(base);
        JsonNode form = awaitVersion(base, again, id, version);
        assertThat(form.path("version").asLong()).isEqualTo(41);
        JsonNode satisfaction = form.path("indicators").get(7);
        assertThat(satisfaction.path("indicatorId").asText()).isEqualTo("I8");
        assertThat(satisfaction.path("actual").asText()).isEqualTo(lastActual);
    }

    /**
     * Issue 5: an import job survives a restart. The launcher is killed in the middle of a job of 300 forms; after the
     * restart the job is taken over and finishes, every form exists exactly once, none is lost.
     */
    @Test
    void anImportJobKilledMidwayFinishesAfterTheRestart() throws Exception {
        int port = freePort();
        String base = "http://127.0.0.1:" + port;
        process = start(port);
        awaitHealthy(base);
        String token = login(base, "jd-admin");

        JsonNode fixture = Api.JSON.readTree(getClass().getResourceAsStream("/demo/fixtures/anting-2024.json"));
        ObjectNode file = Api.JSON.createObjectNode().put("amountUnit", fixture.path("amountUnit").asText());
        var evaluations = file.putArray("evaluations");
        for (int i = 0; i < 300; i++) {
            ObjectNode form = fixture.path("evaluations").get(i % 10).deepCopy();
            form.put("projectName", form.path("projectName").asText() + " 第" + (i + 1) + "批");
            evaluations.add(form);
        }
        String boundary = "jixiao" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bulk.json\"\r\n"
                + "Content-Type: application/json\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> upload = http.send(HttpRequest.newBuilder(URI.create(base + "/api/imports"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, Api.JSON.writeValueAsBytes(file), tail)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(202);
        String jobId = Api.JSON.readTree(upload.body()).path("jobId").asText();

        JsonNode job = null;
        for (int attempt = 0; attempt < 600; attempt++) {
            job = send(base, token, "GET", "/api/imports/" + jobId, null);
            if (job.path("done").asInt() >= 20) {
                break;
            }
            Thread.sleep(50);
        }
        int doneBeforeKill = job.path("done").asInt();
        assertThat(doneBeforeKill).as("killed in the middle of the job").isBetween(20, 299);
        process.destroyForcibly().waitFor();

        process = start(port);
        awaitHealthy(base);
        String again = login(base, "jd-admin");
        for (int attempt = 0; attempt < 1200; attempt++) {
            job = send(base, again, "GET", "/api/imports/" + jobId, null);
            if ("DONE".equals(job.path("status").asText())) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(job.path("status").asText()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.path("refused")).isEmpty();
        assertThat(job.path("created").size() + job.path("skipped").size()).isEqualTo(300);
        JsonNode forms = null;
        for (int attempt = 0; attempt < 200; attempt++) {
            forms = send(base, again, "GET", "/api/evaluations?unitId=AT-CENTER", null);
            if (forms.size() >= 300) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(forms).as("every form exactly once").hasSize(300);
    }

    private Process start(int port) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                JixiaoApplication.class.getName(), "--server.port=" + port, "--jixiao.data-dir=" + dataDir,
                "--jixiao.demo=false", "--jixiao.organization-file=" + OrganizationBootstrap.DEMO_ORGANIZATION_FILE,
                "--jixiao.imports.resume-after=PT3S",
                "--jixiao.security.token-secret=" + "Y3Jhc2gtcmVjb3ZlcnktdGVzdC1rZXktMzItYnl0ZXMtbG9uZw=="))
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("process-" + Instant.now().toEpochMilli() + ".log").toFile())
                .start();
    }

    private void awaitHealthy(String base) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(240);
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("the launcher exited early; see its log in " + dataDir).isTrue();
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // the port is not open yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The launcher did not become healthy within 240 s");
    }

    private String login(String base) throws Exception {
        return login(base, "at-center-filler");
    }

    private String login(String base, String username) throws Exception {
        return send(base, null, "POST", "/api/auth/token",
                Map.of("username", username, "password", "jixiao-demo")).path("token").asText();
    }

    private JsonNode awaitVersion(String base, String token, String id, long version) throws Exception {
        JsonNode last = null;
        for (int attempt = 0; attempt < 200; attempt++) {
            HttpResponse<String> response = http.send(request(base, token, "GET", "/api/evaluations/" + id, null),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                last = Api.JSON.readTree(response.body());
                if (last.path("version").asLong() >= version) {
                    return last;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The read model never caught up to version " + version + "; last: " + last);
    }

    private JsonNode send(String base, String token, String method, String path, Object body) throws Exception {
        HttpResponse<String> response = http.send(request(base, token, method, path, body),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 201);
        return Api.JSON.readTree(response.body());
    }

    private static HttpRequest request(String base, String token, String method, String path, Object body)
            throws IOException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(Api.JSON.writeValueAsBytes(body));
        return builder.method(method, publisher).build();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

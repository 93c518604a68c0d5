package io.jixiao.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.jixiao.command.imports.FormImporter;
import io.jixiao.command.organization.OrganizationBootstrap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import static io.jixiao.deploy.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * Issue 11 item 1: a job that fails for any reason, an {@link Error} included, counts an attempt, is FAILED with a
 * reason after its retries and never started again, and the error makes health DOWN. The importer is made to run
 * out of memory on every form (the process is told not to exit, which the launcher would do).
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jixiao.demo=false", "jixiao.organization-file=" + OrganizationBootstrap.DEMO_ORGANIZATION_FILE,
                "jixiao.imports.resume-after=PT1S", "jixiao.exit-on-fatal-error=false"})
class FailingImportJobsTest {
    @Autowired
    WebTestClient client;
    @MockitoSpyBean
    FormImporter importer;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        var dir = Files.createTempDirectory("jixiao-failing-imports");
        registry.add("jixiao.data-dir", dir::toString);
    }

    @Test
    void aJobThatRunsOutOfMemoryIsFailedAfterItsRetriesAndHealthIsDown() throws Exception {
        assertThat(health(200)).as("health before").isEqualTo(200);
        doThrow(new OutOfMemoryError("Java heap space (simulated)")).when(importer)
                .importForm(any(), any(), any(), any());
        Api api = new Api(client);
        String admin = api.login("jd-admin");
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", new ByteArrayResource(ImportJobsTest.fixture("anting-2024.json")) {
            @Override
            public String getFilename() {
                return "anting-2024.json";
            }
        });
        String jobId = json(client.post().uri("/api/imports").headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(BodyInserters.fromMultipartData(body.build()))
                .exchange(), 202).path("jobId").asText();

        JsonNode job = api.awaitJson(admin, "/api/imports/" + jobId,
                found -> List.of("DONE", "FAILED").contains(found.path("status").asText()));
        assertThat(job.path("status").asText()).isEqualTo("FAILED");
        assertThat(job.path("attempts").asInt()).isEqualTo(3);
        assertThat(job.path("failure").asText()).contains("3 times").contains("out of memory");
        assertThat(job.path("failureZh").asText()).contains("内存不足");

        Thread.sleep(3_000); // three times resume-after: nobody takes it up again
        assertThat(json(api.get(admin, "/api/imports/" + jobId), 200).path("status").asText()).isEqualTo("FAILED");
        verify(importer, times(3)).importForm(any(), any(), any(), any());
        assertThat(health(503)).as("health after an error in a background thread").isEqualTo(503);
    }

    /** The health status, once it is {@code expected} or after 30 s (read models catch up at start). */
    private int health(int expected) throws InterruptedException {
        int status = 0;
        for (int attempt = 0; attempt < 300 && status != expected; attempt++) {
            status = client.get().uri("/actuator/health").exchange().expectBody().returnResult().getStatus().value();
            Thread.sleep(status == expected ? 0 : 100);
        }
        return status;
    }
}

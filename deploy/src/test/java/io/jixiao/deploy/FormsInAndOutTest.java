package io.jixiao.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.jixiao.command.organization.OrganizationBootstrap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.jixiao.deploy.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5's "done means" over HTTP: the Anting unit's 2024 year, exported from the demo installation as one
 * workbook, imported into an empty installation, gives every form with every figure and total identical; and the
 * PDF of a form carries its Chinese text (read back from the PDF). Shares the demo context of DemoDataTest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "jixiao.demo=true")
@ContextConfiguration(initializers = DemoDataTest.FreshDataDirectory.class)
class FormsInAndOutTest {
    private static final List<String> FIGURES = List.of("projectName", "projectCode", "fiscalYear", "amountUnit",
            "funds", "budgetExecution", "goals", "totalScore", "grade", "implementingUnitId", "competentDepartmentId");
    private static final List<String> INDICATOR_FIGURES = List.of("level1", "level2", "name", "target", "actual",
            "weight", "score", "suggestedScore", "deviation");

    @Autowired
    WebTestClient client;

    /** The first workbook or PDF of a JVM loads POI or PDFBox: over WebTestClient's 5 s on a busy 2-core machine. */
    @BeforeEach
    void patientClient() {
        client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    @Test
    void anExportedYearImportedIntoAnEmptyInstallationIsTheSameYear() throws Exception {
        Api demo = new Api(client);
        String demoAdmin = demo.login("jd-admin");
        demo.awaitProcessorsCaughtUp(demo.login("jd-finance"));
        byte[] workbook = client.get().uri("/api/exports/units/AT-CENTER?fiscalYear=2024&format=xlsx")
                .headers(h -> h.setBearerAuth(demoAdmin)).exchange().expectStatus().isOk()
                .expectHeader().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .expectBody().returnResult().getResponseBodyContent();
        Map<String, JsonNode> exported = forms(demo, demoAdmin);
        assertThat(exported).hasSize(10);

        Path dataDir = Files.createTempDirectory("jixiao-empty");
        try (ConfigurableApplicationContext empty = new SpringApplicationBuilder(JixiaoApplication.class)
                .run("--server.port=0", "--jixiao.demo=false",
                        "--jixiao.organization-file=" + OrganizationBootstrap.DEMO_ORGANIZATION_FILE,
                        "--jixiao.data-dir=" + dataDir)) {
            int port = ((org.springframework.boot.web.context.WebServerApplicationContext) empty).getWebServer()
                    .getPort();
            WebTestClient emptyClient = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                    .responseTimeout(Duration.ofSeconds(60)).build();
            Api target = new Api(emptyClient);
            String admin = target.login("jd-admin");
            MultipartBodyBuilder body = new MultipartBodyBuilder();
            body.part("file", new ByteArrayResource(workbook) {
                @Override
                public String getFilename() {
                    return "安亭2024.xlsx";
                }
            });
            String jobId = json(emptyClient.post().uri("/api/imports").headers(h -> h.setBearerAuth(admin))
                    .contentType(MediaType.MULTIPART_FORM_DATA).body(BodyInserters.fromMultipartData(body.build()))
                    .exchange(), 202).path("jobId").asText();
            JsonNode job = target.awaitJson(admin, "/api/imports/" + jobId,
                    j -> List.of("DONE", "FAILED").contains(j.path("status").asText()));
            assertThat(job.path("refused")).as(job.toString()).isEmpty();
            assertThat(job.path("created")).as(job.toString()).hasSize(10);
            target.awaitProcessorsCaughtUp(target.login("jd-finance"));

            Map<String, JsonNode> imported = forms(target, admin);
            assertThat(imported.keySet()).containsExactlyElementsOf(exported.keySet());
            for (String project : exported.keySet()) {
                JsonNode before = exported.get(project);
                JsonNode after = imported.get(project);
                for (String field : FIGURES) {
                    assertThat(after.path(field)).as(project + " " + field).isEqualTo(before.path(field));
                }
                assertThat(after.path("indicators")).hasSameSizeAs(before.path("indicators"));
                for (int i = 0; i < before.path("indicators").size(); i++) {
                    for (String field : INDICATOR_FIGURES) {
                        assertThat(after.path("indicators").get(i).path(field)).as(project + " indicator " + i + " "
                                + field).isEqualTo(before.path("indicators").get(i).path(field));
                    }
                }
            }

            JsonNode first = imported.values().iterator().next();
            String history = json(target.get(admin, "/api/evaluations/" + first.path("evaluationId").asText()
                    + "/history"), 200).toString();
            assertThat(history).contains("安亭2024.xlsx").contains("jd-admin");
        }
    }

    @Test
    void thePdfOfAFormCarriesItsChineseText() throws Exception {
        Api api = new Api(client);
        String filler = api.login("at-center-filler");
        JsonNode form = forms(api, filler).get("信息化项目运维(信息安全三级等保)");
        byte[] pdf = client.get().uri("/api/evaluations/" + form.path("evaluationId").asText() + "/export?format=pdf")
                .headers(h -> h.setBearerAuth(filler)).exchange().expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectBody().returnResult().getResponseBodyContent();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("财政项目支出绩效自评表").contains("信息化项目运维")
                    .contains("上海市嘉定区安亭镇城市运行管理中心").contains(form.path("totalScore").asText())
                    .contains(form.path("grade").asText());
        }
    }

    /** The forms of AT-CENTER in 2024 as the read model answers them, by project name. */
    private static Map<String, JsonNode> forms(Api api, String token) throws InterruptedException {
        Map<String, JsonNode> forms = new TreeMap<>();
        List<String> ids = new ArrayList<>();
        json(api.get(token, "/api/evaluations?unitId=AT-CENTER&fiscalYear=2024"), 200)
                .forEach(summary -> ids.add(summary.path("evaluationId").asText()));
        for (String id : ids) {
            JsonNode form = json(api.get(token, "/api/evaluations/" + id), 200);
            forms.put(form.path("projectName").asText(), form);
        }
        return forms;
    }
}

package io.jixiao.deploy;

import io.jixiao.command.organization.OrganizationBootstrap;
import com.fasterxml.jackson.databind.JsonNode;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.jixiao.deploy.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10 items 8 and 6 over HTTP: the editor's preview refuses every figure the save refuses, with the same
 * status and code; an import is held to the same rules; codes are stable words with the place in the details; a
 * body that is not sent as JSON is answered 415 naming the type to send.
 */
// Closed after this class: contexts left open to the end of the run must all shut down within surefire's 30 s.
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"jixiao.demo=false",
        "jixiao.organization-file=" + OrganizationBootstrap.DEMO_ORGANIZATION_FILE})
class InputRulesOverHttpTest {
    private static final String LONG = "长".repeat(5001);

    @Autowired
    WebTestClient client;
    @LocalServerPort
    int port;

    private Api api;
    private String filler;
    /** Forms in 元 and in 万元, each with one indicator I1 of weight 30. */
    private String inYuan;
    private String inTenThousands;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        var dir = Files.createTempDirectory("jixiao-input-rules");
        registry.add("jixiao.data-dir", dir::toString);
    }

    @BeforeAll
    void twoForms() throws Exception {
        api = new Api(client);
        filler = api.login("at-center-filler");
        inYuan = json(api.post(filler, "/api/evaluations", draft("输入规则检查（元）", "YUAN", "30")), 201)
                .path("evaluationId").asText();
        inTenThousands = json(api.post(filler, "/api/evaluations", draft("输入规则检查（万元）", "TEN_THOUSAND_YUAN",
                "30")), 201).path("evaluationId").asText();
        api.awaitForm(filler, inYuan, form -> true);
        api.awaitForm(filler, inTenThousands, form -> true);
    }

    /** One figure as the preview names it, and the value typed. */
    record Typed(String form, String figure, String value) {
    }

    @Test
    void everyFigureTheSaveRefusesThePreviewRefusesWithTheSameStatusAndCode() throws Exception {
        List<Typed> table = List.of(
                new Typed("yuan", "funds.total.executed", "abc"),
                new Typed("yuan", "funds.total.executed", "-1"),
                new Typed("yuan", "funds.total.executed", "1E+5"),
                new Typed("yuan", "funds.total.executed", "七百"),
                new Typed("yuan", "funds.total.executed", ""),
                new Typed("yuan", "funds.total.adjustedBudget", "10000000000000.01"),
                new Typed("yuan", "funds.carryover.initialBudget", "1,23"),
                new Typed("yuan", "funds.currentYearAppropriation.executed", "12345678901234567"),
                new Typed("wan", "funds.other.adjustedBudget", "1000000000.01"),
                new Typed("wan", "funds.total.executed", "-0.01"),
                new Typed("yuan", "funds.loans.executed", "1"),
                new Typed("yuan", "goals.expected", LONG),
                new Typed("yuan", "goals.actual", "完成\u0007复测"),
                new Typed("yuan", "indicators.I1.actual", "次".repeat(501)),
                new Typed("yuan", "indicators.I1.actual", "1次\u0000"),
                new Typed("yuan", "indicators.I1.score", "abc"),
                new Typed("yuan", "indicators.I1.score", "-1"),
                new Typed("yuan", "indicators.I1.score", "30.01"),
                new Typed("yuan", "indicators.I1.score", ""),
                new Typed("yuan", "indicators.I1.deviation", LONG),
                new Typed("yuan", "indicators.I1.deviation", "原因\u001b"),
                new Typed("yuan", "indicators.I99.actual", "1"));
        SoftAssertions rows = new SoftAssertions();
        for (Typed typed : table) {
            String id = typed.form().equals("yuan") ? inYuan : inTenThousands;
            var saved = save(id, typed);
            var previewed = api.post(filler, "/api/evaluations/" + id + "/preview", previewBody(typed)).expectBody()
                    .returnResult();
            JsonNode save = Api.JSON.readTree(saved.getResponseBodyContent());
            JsonNode preview = Api.JSON.readTree(previewed.getResponseBodyContent());
            String row = typed.figure() + " = \"" + shorten(typed.value()) + "\"";
            rows.assertThat(saved.getStatus().is4xxClientError()).as("the save refuses " + row + ": " + save).isTrue();
            rows.assertThat(previewed.getStatus().value()).as("the preview refuses " + row + ": " + preview)
                    .isEqualTo(saved.getStatus().value());
            rows.assertThat(preview.path("code").asText()).as(row).isEqualTo(save.path("code").asText());
            rows.assertThat(preview.path("messageZh").asText()).as(row).isNotBlank();
            rows.assertThat(save.path("code").asText()).as(row).matches("[A-Z]+(_[A-Z0-9]+)*");
        }
        rows.assertAll();
        assertThat(json(api.get(filler, "/api/evaluations/" + inYuan), 200).path("version").asLong())
                .as("no refusal changed anything").isEqualTo(1);
        assertThat(json(api.get(filler, "/api/evaluations/" + inTenThousands), 200).path("version").asLong())
                .isEqualTo(1);
    }

    @Test
    void anImportIsHeldToTheSameRulesAndCodesAsADraft() throws Exception {
        Map<String, Object> overCap = draft("输入规则检查（导入一）", "YUAN", "30");
        overCap.put("funds", Map.of("total", Map.of("adjustedBudget", "20000000000000")));
        Map<String, Object> longName = draft("输入规则检查（导入二）", "YUAN", "30");
        longName.put("indicators", List.of(indicator("名".repeat(201), "30", null)));
        Map<String, Object> file = Map.of("amountUnit", "YUAN", "evaluations", List.of(overCap, longName));

        String jobId = json(upload(filler, Api.JSON.writeValueAsBytes(file)), 202).path("jobId").asText();
        JsonNode job = api.awaitJson(filler, "/api/imports/" + jobId,
                j -> List.of("DONE", "FAILED").contains(j.path("status").asText()));
        assertThat(job.path("created")).as(job.toString()).isEmpty();
        assertThat(job.path("refused").findValuesAsText("code"))
                .containsExactly("INVALID_FUNDS_ADJUSTED_BUDGET", "INVALID_INDICATOR_NAME");

        Map<String, Object> overCapDraft = new HashMap<>(overCap);
        overCapDraft.put("amountUnit", "YUAN");
        assertThat(json(api.post(filler, "/api/evaluations", overCapDraft), 400).path("code").asText())
                .isEqualTo("INVALID_FUNDS_ADJUSTED_BUDGET");
        assertThat(json(api.post(filler, "/api/evaluations", longName), 400).path("code").asText())
                .isEqualTo("INVALID_INDICATOR_NAME");
    }

    @Test
    void aCodeNamesTheFieldAndItsDetailsSayWhereItIs() throws Exception {
        Map<String, Object> body = draft("输入规则检查（代码）", "YUAN", "30");
        body.put("indicators", List.of(indicator("一", "30", "30"), indicator("二", "30", "30"),
                indicator("三", "30", "31")));
        JsonNode refused = json(api.post(filler, "/api/evaluations", body), 400);
        assertThat(refused.path("code").asText()).isEqualTo("INVALID_INDICATOR_SCORE");
        assertThat(refused.path("details").path("index").asInt()).isEqualTo(2);
        assertThat(refused.path("details").path("field").asText()).isEqualTo("indicators[2].score");

        body.put("indicators", List.of(indicator("一", "三十", "30")));
        JsonNode weight = json(api.post(filler, "/api/evaluations", body), 400);
        assertThat(weight.path("code").asText()).isEqualTo("INVALID_INDICATOR_WEIGHT");
        assertThat(weight.path("details").path("index").asInt()).isZero();

        JsonNode score = json(api.put(filler, "/api/evaluations/" + inYuan + "/indicators/I1/score",
                Map.of("score", "31", "expectedVersion", 1)), 400);
        assertThat(score.path("code").asText()).isEqualTo("INVALID_INDICATOR_SCORE");
        assertThat(score.path("details").path("indicatorId").asText()).isEqualTo("I1");
    }

    /** Issue 11 item 6: the kernel's one text rule on every path where text enters, naming field and character. */
    @Test
    void namesAndValuesWithForbiddenCharactersAreRefusedNamingTheFieldAndTheCodePoint() throws Exception {
        Map<String, Object> spoofed = draft("安亭\u202Egpj.exe项目", "YUAN", "30");
        assertForbidden(json(api.post(filler, "/api/evaluations", spoofed), 400), "INVALID_PROJECT_NAME",
                "projectName", "U+202E");
        Map<String, Object> broken = draft("输入规则检查（非字符）", "YUAN", "30");
        broken.put("indicators", List.of(indicator("复测\uFFFF次数", "30", null)));
        assertForbidden(json(api.post(filler, "/api/evaluations", broken), 400), "INVALID_INDICATOR_NAME",
                "indicators[0].name", "U+FFFF");

        String form = "/api/evaluations/" + inYuan;
        assertForbidden(json(api.put(filler, form + "/goals", Map.of("actual", "已\u200B完成", "expectedVersion", 1)),
                400), "INVALID_GOALS_ACTUAL", "actual", "U+200B");
        assertForbidden(json(api.put(filler, form + "/indicators/I1/actual",
                Map.of("actual", "1次\uFEFF", "expectedVersion", 1)), 400), "INVALID_INDICATOR_ACTUAL", "actual",
                "U+FEFF");
        assertForbidden(json(api.put(filler, form + "/goals", Map.of("actual", "完成", "reason", "改\u2066正",
                "expectedVersion", 1)), 400), "INVALID_REASON", "reason", "U+2066");
        assertForbidden(json(api.post(filler, form + "/preview", Map.of("goals", Map.of("actual", "已\u200B完成"))),
                400), "INVALID_GOALS_ACTUAL", "goals.actual", "U+200B");

        String admin = api.login("jd-admin");
        assertForbidden(json(api.post(admin, "/api/organization/units", Map.of("unitId", "TXT-DEPT",
                "name", "文本\u200D部门", "kind", "COMPETENT_DEPARTMENT", "parentId", "JD-FIN")), 400),
                "INVALID_NAME", "name", "U+200D");
        assertForbidden(json(api.post(admin, "/api/organization/people", Map.of("personId", "txt-person",
                "name", "张\u202E三", "unitId", "JD-FIN", "roles", List.of("AUDITOR"),
                "password", "a-long-password-1")), 400), "INVALID_NAME", "name", "U+202E");
        assertForbidden(json(api.post(admin, "/api/organization/units/AT-CENTER/rename",
                Map.of("name", "安亭\uFDD0中心")), 400), "INVALID_NAME", "name", "U+FDD0");

        Map<String, Object> imported = draft("输入规则检查（导入非字符）", "YUAN", "30");
        imported.put("indicators", List.of(indicator("复测\u202E次数", "30", null)));
        byte[] file = Api.JSON.writeValueAsBytes(Map.of("amountUnit", "YUAN", "evaluations", List.of(imported)));
        String jobId = json(upload(filler, file, "input-rules.json"), 202).path("jobId").asText();
        JsonNode job = api.awaitJson(filler, "/api/imports/" + jobId,
                j -> List.of("DONE", "FAILED").contains(j.path("status").asText()));
        assertThat(job.path("created")).as(job.toString()).isEmpty();
        assertThat(job.path("refused")).singleElement().satisfies(refused -> {
            assertThat(refused.path("code").asText()).isEqualTo("INVALID_INDICATOR_NAME");
            assertThat(refused.path("column").asText()).isEqualTo("indicators[0].name");
            assertThat(refused.path("message").asText()).contains("U+202E");
        });
        assertForbidden(json(upload(filler, file, "forms\u202Eslx.json"), 400), "INVALID_FILE_NAME", "file",
                "U+202E");

        assertThat(json(api.get(filler, form), 200).path("version").asLong()).as("nothing changed").isEqualTo(1);
        assertThat(json(api.get(filler, "/api/evaluations?fiscalYear=2024"), 200).findValuesAsText("projectName"))
                .noneMatch(name -> name.contains("\u202E") || name.contains("\uFFFF"));
    }

    private static void assertForbidden(JsonNode refusal, String code, String field, String codePoint) {
        assertThat(refusal.path("code").asText()).as(refusal.toString()).isEqualTo(code);
        assertThat(refusal.path("details").path("field").asText()).as(refusal.toString()).isEqualTo(field);
        assertThat(refusal.path("details").path("codePoint").asText()).isEqualTo(codePoint);
        assertThat(refusal.path("message").asText()).contains(codePoint);
        assertThat(refusal.path("messageZh").asText()).contains(codePoint, "不允许");
    }

    @Test
    void aBodyNotSentAsJsonIsAnswered415NamingTheTypeToSend() throws Exception {
        String goals = "/api/evaluations/" + inYuan + "/goals";
        String json = "{\"expected\":\"x\",\"expectedVersion\":1}";
        for (String contentType : new String[]{"application/x-www-form-urlencoded", "text/plain", null}) {
            for (String path : List.of(goals, "/api/evaluations/" + inYuan + "/preview")) {
                String method = path.endsWith("preview") ? "POST" : "PUT";
                HttpResponse<String> answer = raw(method, path, contentType, json);
                assertThat(answer.statusCode()).as(method + " " + path + " as " + contentType + ": " + answer.body())
                        .isEqualTo(415);
                JsonNode body = Api.JSON.readTree(answer.body());
                assertThat(body.path("code").asText()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
                assertThat(body.path("message").asText()).contains("Content-Type: application/json");
                assertThat(body.path("messageZh").asText()).contains("application/json");
                assertThat(body.path("details").path("expected").asText()).isEqualTo("application/json");
                assertThat(body.path("details").path("received").asText())
                        .isEqualTo(contentType == null ? "none" : contentType);
            }
        }
        HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/auth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=at-center-filler&password=jixiao-demo")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(415);
        assertThat(login.body()).contains("application/json");
        assertThat(json(api.get(filler, "/api/evaluations/" + inYuan), 200).path("version").asLong()).isEqualTo(1);
    }

    /** The amendment command that saves this figure, sent as the editor sends it. */
    private EntityExchangeResult<byte[]> save(String id, Typed typed) {
        String[] parts = typed.figure().split("\\.");
        String base = "/api/evaluations/" + id;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("expectedVersion", 1);
        String path = switch (parts[0]) {
            case "funds" -> {
                body.put(parts[2], typed.value());
                yield base + "/funds/" + parts[1];
            }
            case "goals" -> {
                body.put(parts[1], typed.value());
                yield base + "/goals";
            }
            default -> {
                body.put(parts[2], typed.value());
                if (parts[2].equals("actual")) {
                    yield base + "/indicators/" + parts[1] + "/actual";
                }
                body.putIfAbsent("score", "30");
                yield base + "/indicators/" + parts[1] + "/score";
            }
        };
        return api.put(filler, path, body).expectBody().returnResult();
    }

    /** The preview's body with just this figure: {@code {funds: {total: {executed: ...}}}} and the like. */
    private static Map<String, Object> previewBody(Typed typed) {
        String[] parts = typed.figure().split("\\.");
        return parts.length == 2 ? Map.of(parts[0], Map.of(parts[1], typed.value()))
                : Map.of(parts[0], Map.of(parts[1], Map.of(parts[2], typed.value())));
    }

    private HttpResponse<String> raw(String method, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + filler)
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private WebTestClient.ResponseSpec upload(String token, byte[] content) {
        return upload(token, content, "input-rules.json");
    }

    private WebTestClient.ResponseSpec upload(String token, byte[] content, String fileName) {
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

    private static Map<String, Object> draft(String projectName, String amountUnit, String weight) {
        Map<String, Object> body = new HashMap<>();
        body.put("fiscalYear", 2024);
        body.put("projectName", projectName);
        body.put("competentDepartmentId", "AT-GOV");
        body.put("implementingUnitId", "AT-CENTER");
        body.put("amountUnit", amountUnit);
        body.put("goals", Map.of("expected", "完成复测", "actual", "已完成"));
        body.put("indicators", List.of(indicator("复测次数", weight, null)));
        return body;
    }

    private static Map<String, Object> indicator(String name, String weight, String score) {
        Map<String, Object> indicator = new HashMap<>(Map.of("level1", "产出指标", "level2", "数量指标", "name", name,
                "target", "=1次", "weight", weight, "actual", "1次"));
        if (score != null) {
            indicator.put("score", score);
        }
        return indicator;
    }

    private static String shorten(String value) {
        return value.length() > 20 ? value.substring(0, 20) + "…(" + value.length() + ")" : value;
    }
}

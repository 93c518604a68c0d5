package io.jixiao.deploy;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Issue 11 item 6 in the fuzz test: every kind of character the text rule forbids (non-characters of every plane
 * drawn, lone surrogates, C0 and C1 controls, every bidirectional control, every zero-width character), placed at a
 * drawn position inside a name or a value, sent to every kind of path where text enters: a draft, an amendment, a
 * new indicator, the editor's preview, and the organization's units and people. Each must answer 400 with the
 * field's code and the character's code point, in English and Chinese. The caller checks that nothing was appended.
 */
final class ForbiddenTextRequests {
    /**
     * Listed from the issue, not from the code under test, so the two cannot agree by mistake. Line feed and carriage
     * return are line breaks, allowed in a form's texts (kept as sent) and refused in organization names,
     * so they are not among them.
     */
    static final List<Integer> FORBIDDEN = List.of(0xFFFE, 0xFFFF, 0xFDD0, 0xFDDF, 0xFDEF, 0x1FFFE, 0x2FFFF,
            0xEFFFF, 0x10FFFE, 0x10FFFF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0x0001, 0x0008, 0x000B, 0x001B,
            0x007F, 0x0080, 0x0085, 0x009F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
            0x200E, 0x200F, 0x061C, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF);

    /** Escapes everything beyond ASCII as \\uXXXX, so a lone surrogate travels as JSON allows it to. */
    private static final ObjectMapper ESCAPING = new ObjectMapper()
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());

    private record Target(String what, String method, String path, String token, String code,
                          Function<String, Object> body) {
    }

    private final WebTestClient client;
    private final Random random;
    private final List<Target> targets = new ArrayList<>();
    private int sent;

    ForbiddenTextRequests(WebTestClient client, long seed, ObjectNode draft) throws Exception {
        this.client = client;
        this.random = new Random(seed);
        Api api = new Api(client);
        String filler = api.login("at-center-filler");
        String admin = api.login("jd-admin");
        String evaluationId = Api.json(api.post(filler, "/api/evaluations",
                draft.deepCopy().put("projectName", "禁用字符测试 " + seed)), 201).path("evaluationId").asText();
        // The preview starts from the form as the read model has it: wait until the draft is there.
        api.awaitForm(filler, evaluationId, form -> form.path("version").asLong() >= 1);
        String form = "/api/evaluations/" + evaluationId;
        targets.add(new Target("draft", "POST", "/api/evaluations", filler, "INVALID_PROJECT_NAME",
                text -> draft.deepCopy().put("projectName", text)));
        targets.add(new Target("goals", "PUT", form + "/goals", filler, "INVALID_GOALS_EXPECTED",
                text -> Map.of("expected", text, "expectedVersion", 1)));
        targets.add(new Target("actual", "PUT", form + "/indicators/I1/actual", filler, "INVALID_INDICATOR_ACTUAL",
                text -> Map.of("actual", text, "expectedVersion", 1)));
        targets.add(new Target("indicator", "POST", form + "/indicators", filler, "INVALID_INDICATOR_NAME",
                text -> Map.of("level1", "产出指标", "level2", "数量指标", "name", text, "target", "=1次", "weight", "1",
                        "expectedVersion", 1)));
        targets.add(new Target("preview", "POST", form + "/preview", filler, "INVALID_GOALS_ACTUAL",
                text -> Map.of("goals", Map.of("actual", text))));
        targets.add(new Target("unit", "POST", "/api/organization/units", admin, "INVALID_NAME",
                text -> Map.of("unitId", "FT-" + (++sent), "name", text, "kind", "COMPETENT_DEPARTMENT",
                        "parentId", "JD-FIN")));
        targets.add(new Target("person", "POST", "/api/organization/people", admin, "INVALID_NAME",
                text -> Map.of("personId", "ft-" + (++sent), "name", text, "unitId", "JD-FIN",
                        "roles", List.of("AUDITOR"), "password", "a-long-password-1")));
        targets.add(new Target("rename", "POST", "/api/organization/units/AT-CENTER/rename", admin, "INVALID_NAME",
                text -> Map.of("name", text)));
    }

    /** Every forbidden character at every target; the failures, each naming its request. */
    List<String> run() throws Exception {
        List<String> failures = new ArrayList<>();
        for (int codePoint : FORBIDDEN) {
            String character = codePoint >= 0xD800 && codePoint <= 0xDFFF ? String.valueOf((char) codePoint)
                    : new String(Character.toChars(codePoint));
            String label = String.format(Locale.ROOT, "U+%04X", codePoint);
            for (Target target : targets) {
                // a blank at either end is trimmed away, as every text is, so one that counts as blank goes inside
                String text = Character.isWhitespace(codePoint) ? "禁用" + character + "字符"
                        : place("禁用字符", character);
                var answer = client.method(org.springframework.http.HttpMethod.valueOf(target.method()))
                        .uri(target.path()).headers(h -> h.setBearerAuth(target.token()))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .bodyValue(ESCAPING.writeValueAsBytes(target.body().apply(text)))
                        .exchange().expectBody().returnResult();
                String request = target.what() + " with " + label + " (" + target.method() + " " + target.path() + ")";
                JsonNode body = Api.JSON.readTree(answer.getResponseBodyContent());
                if (answer.getStatus().value() != 400 || !target.code().equals(body.path("code").asText())
                        || !label.equals(body.path("details").path("codePoint").asText())
                        || !body.path("message").asText().contains(label)
                        || !body.path("messageZh").asText().contains(label)) {
                    failures.add(request + " answered " + answer.getStatus().value() + " " + body);
                }
            }
        }
        return failures;
    }

    int requests() {
        return FORBIDDEN.size() * targets.size();
    }

    /** The character at the start, inside or at the end of an ordinary text. */
    private String place(String text, String character) {
        return switch (random.nextInt(3)) {
            case 0 -> character + text;
            case 1 -> text.substring(0, 2) + character + text.substring(2);
            default -> text + character;
        };
    }
}

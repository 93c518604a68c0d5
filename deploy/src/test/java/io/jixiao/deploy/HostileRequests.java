package io.jixiao.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static io.jixiao.deploy.HostileValues.plainNumber;
import static io.jixiao.deploy.HostileValues.refusedText;
import static io.jixiao.deploy.HostileValues.stripped;

/**
 * Well-formed requests (valid JSON, every field of the right type) carrying hostile values, one at a time, each
 * judged on its own: never a 5xx; a documented status with an error body in both languages; a refused request
 * appends no event; what the documented rules forbid (amounts above 10 trillion 元 or below zero, weights outside
 * 0-100, texts over their limit or with control characters, someone else's form) is refused; and an accepted
 * request is stored and served unchanged: the form replayed from the store at the new version and the form the
 * read model answers both carry exactly the value sent (surrounding blanks aside), so nothing is truncated or
 * altered on the way.
 */
final class HostileRequests {
    static final Set<Integer> DOCUMENTED = Set.of(200, 201, 202, 400, 401, 403, 404, 409, 413, 415, 422);
    private static final BigDecimal CAP_YUAN = new BigDecimal("10000000000000");
    private static final int SHORT = 200;
    private static final int VALUE = 500;
    private static final int LONG = 5000;
    private static final int ORGANIZATION_NAME = 100;

    /** A form under test, with the version its next command names. */
    private static final class Form {
        final String id;
        final boolean tenThousand;
        long version;

        Form(String id, boolean tenThousand, long version) {
            this.id = id;
            this.tenThousand = tenThousand;
            this.version = version;
        }

        String path() {
            return "/api/evaluations/" + id;
        }

        BigDecimal cap() {
            return tenThousand ? CAP_YUAN.movePointLeft(4) : CAP_YUAN;
        }
    }

    /** What to check after an accepted request, given its answer; returns the problems found. */
    interface ReadBack {
        List<String> check(JsonNode answer) throws Exception;
    }

    private record Case(String what, String method, String path, String token, byte[] body, boolean mustRefuse,
                        Form form, ReadBack readBack) {
    }

    private final WebTestClient client;
    private final Api api;
    private final EventStore eventStore;
    private final Random random;
    private final HostileValues values;
    private final String filler;
    private final String admin;
    private final ObjectNode draft;
    private final List<Form> forms = new ArrayList<>();
    private final String foreignForm;
    private final Map<Integer, AtomicInteger> statuses = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private int accepted;
    private int fresh;

    HostileRequests(WebTestClient client, EventStore eventStore, long seed, ObjectNode draft) throws Exception {
        this.client = client;
        this.api = new Api(client);
        this.eventStore = eventStore;
        this.random = new Random(seed);
        this.values = new HostileValues(random);
        this.filler = api.login("at-center-filler");
        this.admin = api.login("jd-admin");
        this.draft = draft;
        forms.add(newForm(draft.deepCopy(), true));
        forms.add(newForm(draft.deepCopy().put("amountUnit", "YUAN"), false));
        ObjectNode foreign = draft.deepCopy().put("competentDepartmentId", "SJ-OFFICE")
                .put("implementingUnitId", "SJ-BIGDATA").put("projectName", "他区项目 " + seed);
        foreignForm = Api.json(api.post(api.login("sj-bigdata-filler"), "/api/evaluations", foreign), 201)
                .path("evaluationId").asText();
        Api.json(api.post(admin, "/api/organization/units", Map.of("unitId", "FZ-BASE", "name", "模糊测试单位",
                "kind", "COMPETENT_DEPARTMENT", "parentId", "JD-FIN")), 201);
    }

    private Form newForm(ObjectNode body, boolean tenThousand) {
        body.put("projectName", body.path("projectName").asText() + " " + (++fresh) + (tenThousand ? " 万元" : " 元"));
        String id = Api.json(api.post(filler, "/api/evaluations", body), 201).path("evaluationId").asText();
        return new Form(id, tenThousand, 1);
    }

    /** Sends {@code count} cases; the failures, each naming its request. */
    List<String> run(int count) throws Exception {
        for (int i = 0; i < count; i++) {
            send(next());
        }
        return failures;
    }

    String summary() {
        return accepted + " accepted and read back; statuses " + statuses;
    }

    private Case next() throws IOException {
        Form form = forms.get(random.nextInt(forms.size()));
        return switch (random.nextInt(15)) {
            case 0, 1 -> actual(form);
            case 2 -> goals(form);
            case 3, 4 -> funds(form);
            case 5 -> addIndicator(form);
            case 6 -> changeIndicator(form);
            case 7 -> score(form);
            case 8 -> draft();
            case 9 -> someoneElses(form);
            case 10 -> duplicatedKeys(form);
            case 11 -> deeplyNested(form);
            case 12 -> preview(form);
            case 13 -> unit();
            default -> person();
        };
    }

    // ---- the cases ----

    private Case actual(Form form) throws IOException {
        String actual = values.text(VALUE);
        String reason = random.nextInt(3) == 0 ? values.text(LONG) : null;
        ObjectNode body = versioned(form).put("actual", actual).put("reason", reason);
        return new Case("actual " + describe(actual) + " reason " + describe(reason), "PUT",
                form.path() + "/indicators/I1/actual", filler, bytes(body),
                refusedText(actual, VALUE) || refusedText(reason, LONG), form,
                answer -> same(form, answer, f -> indicator(f, "I1").path("actual"), actual));
    }

    private Case goals(Form form) throws IOException {
        String text = values.text(LONG);
        String field = random.nextBoolean() ? "expected" : "actual";
        return new Case("goals." + field + " " + describe(text), "PUT", form.path() + "/goals", filler,
                bytes(versioned(form).put(field, text)), refusedText(text, LONG), form,
                answer -> same(form, answer, f -> f.path("goals").path(field), text));
    }

    private Case funds(Form form) throws IOException {
        String amount = values.number();
        String field = List.of("initialBudget", "adjustedBudget", "executed").get(random.nextInt(3));
        String source = List.of("total", "currentYearAppropriation", "carryover", "other").get(random.nextInt(4));
        BigDecimal meant = plainNumber(amount);
        boolean forbidden = meant != null && (meant.signum() < 0 || meant.compareTo(form.cap()) > 0);
        return new Case("funds." + source + "." + field + " " + describe(amount) + " in a form in "
                + (form.tenThousand ? "万元" : "元"), "PUT", form.path() + "/funds/" + source, filler,
                bytes(versioned(form).put(field, amount)), forbidden, form,
                answer -> sameNumber(form, answer, f -> f.path("funds").path(source).path(field), amount));
    }

    private Case addIndicator(Form form) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>(Map.of("level1", "产出指标", "level2", "数量指标",
                "name", "新增指标" + (++fresh), "target", "≥1次", "weight", "5"));
        String field = List.copyOf(fields.keySet()).get(random.nextInt(fields.size()));
        String value = field.equals("weight") ? values.number() : values.text(field.equals("target") ? VALUE : SHORT);
        fields.put(field, value);
        ObjectNode body = versioned(form);
        fields.forEach(body::put);
        return new Case("new indicator's " + field + " " + describe(value), "POST", form.path() + "/indicators",
                filler, bytes(body), forbidden(field, value), form,
                answer -> sameIndicator(form, answer, answer.path("indicatorId").asText(), field, value));
    }

    private Case changeIndicator(Form form) throws IOException {
        String field = List.of("level1", "level2", "name", "target", "weight").get(random.nextInt(5));
        String value = field.equals("weight") ? values.number() : values.text(field.equals("target") ? VALUE : SHORT);
        return new Case("indicator I2's " + field + " " + describe(value), "PUT", form.path() + "/indicators/I2",
                filler, bytes(versioned(form).put(field, value)), forbidden(field, value), form,
                answer -> sameIndicator(form, answer, "I2", field, value));
    }

    private Case score(Form form) throws IOException {
        boolean hostileScore = random.nextBoolean();
        String score = hostileScore ? values.number() : "0";
        String deviation = hostileScore ? "偏差说明" : values.text(LONG);
        BigDecimal meant = plainNumber(score);
        return new Case("score " + describe(score) + " deviation " + describe(deviation), "PUT",
                form.path() + "/indicators/I1/score", filler,
                bytes(versioned(form).put("score", score).put("deviation", deviation)),
                (meant != null && meant.signum() < 0) || refusedText(deviation, LONG), form, answer -> {
                    List<String> problems = sameNumber(form, answer, f -> indicator(f, "I1").path("score"), score);
                    problems.addAll(same(form, answer, f -> indicator(f, "I1").path("deviation"), deviation));
                    return problems;
                });
    }

    private Case draft() throws IOException {
        ObjectNode body = draft.deepCopy();
        body.put("projectName", body.path("projectName").asText() + " 草稿" + (++fresh));
        String field = List.of("projectName", "projectCode", "goals.expected", "indicators.name",
                "indicators.target", "indicators.actual", "indicators.deviation", "funds.total.initialBudget")
                .get(random.nextInt(8));
        ObjectNode indicator = (ObjectNode) body.path("indicators").get(0);
        String value;
        boolean forbidden;
        switch (field) {
            case "projectName", "projectCode" -> {
                value = values.text(SHORT);
                body.put(field, value);
                forbidden = refusedText(value, SHORT);
            }
            case "goals.expected" -> {
                value = values.text(LONG);
                ((ObjectNode) body.path("goals")).put("expected", value);
                forbidden = refusedText(value, LONG);
            }
            case "funds.total.initialBudget" -> {
                value = values.number();
                ((ObjectNode) body.path("funds").path("total")).put("initialBudget", value);
                BigDecimal meant = plainNumber(value);
                forbidden = meant != null && (meant.signum() < 0 || meant.compareTo(CAP_YUAN.movePointLeft(4)) > 0);
            }
            default -> {
                String name = field.substring("indicators.".length());
                int limit = name.equals("name") ? SHORT : name.equals("deviation") ? LONG : VALUE;
                value = values.text(limit);
                indicator.put(name, value);
                forbidden = refusedText(value, limit);
            }
        }
        return new Case("a draft whose " + field + " is " + describe(value), "POST", "/api/evaluations", filler,
                bytes(body), forbidden, null, answer -> {
                    Form created = new Form(answer.path("evaluationId").asText(), true, 1);
                    return switch (field) {
                        case "funds.total.initialBudget" -> sameNumber(created, answer,
                                f -> f.path("funds").path("total").path("initialBudget"), value);
                        case "goals.expected" -> same(created, answer, f -> f.path("goals").path("expected"), value);
                        case "projectName", "projectCode" -> same(created, answer, f -> f.path(field), value);
                        default -> same(created, answer, f -> f.path("indicators").get(0)
                                .path(field.substring("indicators.".length())), value);
                    };
                });
    }

    /** A form of another district, or a draft for a unit the filler is not in: refused whatever the values. */
    private Case someoneElses(Form form) throws IOException {
        if (random.nextBoolean()) {
            ObjectNode body = draft.deepCopy().put("implementingUnitId", "SJ-BIGDATA")
                    .put("competentDepartmentId", "SJ-OFFICE").put("projectName", "越权草稿" + (++fresh));
            return new Case("a draft for another district's unit", "POST", "/api/evaluations", filler, bytes(body),
                    true, null, answer -> List.of());
        }
        String path = "/api/evaluations/" + foreignForm + List.of("/indicators/I1/actual", "/goals", "/funds/total")
                .get(random.nextInt(3));
        ObjectNode body = Api.JSON.createObjectNode().put("expectedVersion", 1).put("actual", "100%")
                .put("executed", "1.00");
        return new Case("another district's form " + path, "PUT", path, filler, bytes(body), true, form,
                answer -> List.of());
    }

    /** Jackson keeps the last of two equal keys; whichever is kept must be what is stored and served. */
    private Case duplicatedKeys(Form form) {
        String first = "重复键一" + (++fresh);
        String second = values.text(VALUE);
        String body = "{\"actual\":" + quote(first) + ",\"actual\":" + quote(second) + ",\"expectedVersion\":"
                + form.version + "}";
        return new Case("duplicated key actual " + describe(first) + " / " + describe(second), "PUT",
                form.path() + "/indicators/I1/actual", filler, body.getBytes(StandardCharsets.UTF_8), false, form,
                answer -> {
                    List<String> asFirst = same(form, answer, f -> indicator(f, "I1").path("actual"), first);
                    return asFirst.isEmpty() ? asFirst
                            : same(form, answer, f -> indicator(f, "I1").path("actual"), second);
                });
    }

    /** Valid JSON nested deeply in a field nobody reads: within the parser's limits it changes nothing. */
    private Case deeplyNested(Form form) {
        int depth = List.of(32, 200, 900, 1500).get(random.nextInt(4));
        String actual = "嵌套" + depth + "层 " + (++fresh);
        String body = "{\"actual\":" + quote(actual) + ",\"expectedVersion\":" + form.version + ",\"extra\":"
                + "[".repeat(depth) + "{\"$gt\":\"\"}" + "]".repeat(depth) + "}";
        return new Case("nesting " + depth + " deep", "PUT", form.path() + "/indicators/I1/actual", filler,
                body.getBytes(StandardCharsets.UTF_8), false, form,
                answer -> same(form, answer, f -> indicator(f, "I1").path("actual"), actual));
    }

    /** The preview changes nothing, whatever it is given. */
    private Case preview(Form form) throws IOException {
        ObjectNode body = Api.JSON.createObjectNode();
        body.putObject("funds").putObject("total").put("executed", values.number());
        body.putObject("goals").put("actual", values.text(LONG));
        body.putObject("indicators").putObject("I1").put("actual", values.text(VALUE)).put("score", values.number())
                .put("deviation", values.text(LONG));
        return new Case("preview", "POST", form.path() + "/preview", filler, bytes(body), false, null,
                answer -> List.of());
    }

    private Case unit() throws IOException {
        String name = values.text(ORGANIZATION_NAME);
        String reason = random.nextInt(3) == 0 ? values.text(1000) : "模糊测试";
        if (random.nextBoolean()) {
            String unitId = "FZ-" + (++fresh);
            ObjectNode body = Api.JSON.createObjectNode().put("unitId", unitId).put("name", name)
                    .put("kind", "COMPETENT_DEPARTMENT").put("parentId", "JD-FIN").put("reason", reason);
            return new Case("a unit named " + describe(name) + " reason " + describe(reason), "POST",
                    "/api/organization/units", admin, bytes(body),
                    refusedText(name, ORGANIZATION_NAME) || refusedText(reason, 1000), null,
                    answer -> sameUnitName(unitId, name));
        }
        ObjectNode body = Api.JSON.createObjectNode().put("name", name).put("reason", reason);
        return new Case("unit FZ-BASE renamed " + describe(name) + " reason " + describe(reason), "POST",
                "/api/organization/units/FZ-BASE/rename", admin, bytes(body),
                refusedText(name, ORGANIZATION_NAME) || refusedText(reason, 1000), null,
                answer -> sameUnitName("FZ-BASE", name));
    }

    private Case person() throws IOException {
        String personId = "fz-person-" + (++fresh);
        String name = values.text(ORGANIZATION_NAME);
        String password = random.nextBoolean() ? values.password() : "模糊测试口令-" + fresh;
        ObjectNode body = Api.JSON.createObjectNode().put("personId", personId).put("name", name)
                .put("unitId", "JD-FIN").put("password", password);
        body.putArray("roles").add("AUDITOR");
        return new Case("a person named " + describe(name) + " password " + describe(password), "POST",
                "/api/organization/people", admin, bytes(body), refusedText(name, ORGANIZATION_NAME), null,
                answer -> {
                    List<String> problems = samePersonName(personId, name);
                    int signIn = status(client.post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                            .bodyValue(Map.of("username", personId, "password", password)).exchange()
                            .expectBody().returnResult());
                    if (signIn != 200) {
                        problems.add("signing in with the password that was accepted answers " + signIn);
                    }
                    return problems;
                });
    }

    // ---- sending and judging ----

    private void send(Case c) {
        long before = head();
        EntityExchangeResult<byte[]> result = client.method(HttpMethod.valueOf(c.method())).uri(c.path())
                .headers(h -> h.setBearerAuth(c.token())).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(c.body()).exchange().expectBody().returnResult();
        int status = status(result);
        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        long after = head();
        List<String> problems = new ArrayList<>();
        JsonNode answer = parse(result.getResponseBodyContent());
        if (!DOCUMENTED.contains(status)) {
            problems.add("answered " + status + ", not a documented status");
        }
        if (status >= 400) {
            if (answer == null || answer.path("code").asText().isBlank() || answer.path("message").asText().isBlank()
                    || answer.path("messageZh").asText().isBlank()) {
                problems.add("refused with " + status + " but no {code, message, messageZh}: " + text(result));
            }
            if (after != before) {
                problems.add("refused with " + status + ", yet " + (after - before) + " event(s) were appended");
            }
        } else if (status < 300) {
            if (c.mustRefuse()) {
                problems.add("accepted (" + status + ") what the rules forbid");
            }
            try {
                problems.addAll(judgeAccepted(c, answer, before, after));
            } catch (Exception e) {
                problems.add("reading it back failed: " + e);
            }
        }
        if (!problems.isEmpty()) {
            failures.add(c.what() + " (" + c.method() + " " + c.path() + "): " + String.join("; ", problems));
        }
    }

    private List<String> judgeAccepted(Case c, JsonNode answer, long before, long after) throws Exception {
        if (c.path().endsWith("/preview")) {
            return after == before ? List.of() : List.of("a preview appended " + (after - before) + " event(s)");
        }
        accepted++;
        List<String> problems = new ArrayList<>();
        if (c.form() != null && answer != null && answer.has("version")) {
            long version = answer.path("version").asLong();
            if (version > c.form().version && after == before) {
                problems.add("answered version " + version + " but no event was appended");
            }
            c.form().version = version;
        }
        problems.addAll(c.readBack().check(answer));
        return problems;
    }

    /**
     * The form at the answered version, replayed from the event store, and the form the read model answers once
     * it has caught up, both hold {@code sent} (without its surrounding blanks) where {@code field} points.
     */
    private List<String> same(Form form, JsonNode answer, Function<JsonNode, JsonNode> field,
                              String sent) throws InterruptedException {
        List<String> problems = new ArrayList<>();
        for (var served : servedForms(form, answer).entrySet()) {
            JsonNode value = field.apply(served.getValue());
            String text = value == null || value.isNull() || value.isMissingNode() ? null : value.asText();
            if (!Objects.equals(text, sent) && !Objects.equals(text, stripped(sent))) {
                problems.add(served.getKey() + " serves " + describe(text) + " for " + describe(sent));
            }
        }
        return problems;
    }

    private List<String> sameNumber(Form form, JsonNode answer, Function<JsonNode, JsonNode> field,
                                    String sent) throws InterruptedException {
        BigDecimal meant = plainNumber(sent);
        List<String> problems = new ArrayList<>();
        for (var served : servedForms(form, answer).entrySet()) {
            JsonNode value = field.apply(served.getValue());
            BigDecimal number = value == null || value.isNull() ? null : plainNumber(value.asText());
            if (meant == null || number == null || number.compareTo(meant) != 0) {
                problems.add(served.getKey() + " serves " + describe(value == null ? null : value.asText())
                        + " for " + describe(sent));
            }
        }
        return problems;
    }

    private List<String> sameIndicator(Form form, JsonNode answer, String indicatorId, String field, String sent)
            throws InterruptedException {
        return field.equals("weight") ? sameNumber(form, answer, f -> indicator(f, indicatorId).path(field), sent)
                : same(form, answer, f -> indicator(f, indicatorId).path(field), sent);
    }

    private Map<String, JsonNode> servedForms(Form form, JsonNode answer) throws InterruptedException {
        long version = answer.path("version").asLong();
        String path = "/api/evaluations/" + form.id;
        Map<String, JsonNode> served = new LinkedHashMap<>();
        served.put("the form replayed from the store at version " + version,
                Api.json(api.get(filler, path + "?version=" + version), 200));
        served.put("the read model's form", api.awaitForm(filler, form.id, f -> f.path("version").asLong() >= version));
        return served;
    }

    private List<String> sameUnitName(String unitId, String sent) throws InterruptedException {
        JsonNode unit = organizationLine("units", unitId);
        String name = unit == null ? null : unit.path("name").asText(null);
        return Objects.equals(name, stripped(sent)) || Objects.equals(name, sent) ? new ArrayList<>()
                : new ArrayList<>(List.of("the organization serves unit " + unitId + " as " + describe(name)
                + " for " + describe(sent)));
    }

    private List<String> samePersonName(String personId, String sent) throws InterruptedException {
        JsonNode person = organizationLine("people", personId);
        String name = person == null ? null : person.path("name").asText(null);
        return Objects.equals(name, stripped(sent)) || Objects.equals(name, sent) ? new ArrayList<>()
                : new ArrayList<>(List.of("the organization serves person " + personId + " as " + describe(name)
                + " for " + describe(sent)));
    }

    /** The unit or person of that id in the organization under JD-FIN, once the organization shows it. */
    private JsonNode organizationLine(String list, String id) throws InterruptedException {
        return line(api.awaitJson(admin, "/api/organization?unitId=JD-FIN", o -> line(o, list, id) != null), list, id);
    }

    private static JsonNode line(JsonNode organization, String list, String id) {
        for (JsonNode line : organization.path(list)) {
            if (line.path("id").asText().equals(id)) {
                return line;
            }
        }
        return null;
    }

    // ---- plumbing ----

    private ObjectNode versioned(Form form) {
        return Api.JSON.createObjectNode().put("expectedVersion", form.version);
    }

    private boolean forbidden(String field, String value) {
        if (field.equals("weight")) {
            BigDecimal meant = plainNumber(value);
            return meant != null && (meant.signum() < 0 || meant.compareTo(BigDecimal.valueOf(100)) > 0);
        }
        return refusedText(value, field.equals("target") ? VALUE : SHORT);
    }

    private static JsonNode indicator(JsonNode form, String indicatorId) {
        for (JsonNode indicator : form.path("indicators")) {
            if (indicator.path("indicatorId").asText().equals(indicatorId)) {
                return indicator;
            }
        }
        return Api.JSON.missingNode();
    }

    private long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    private static int status(EntityExchangeResult<byte[]> result) {
        return result.getStatus().value();
    }

    private static JsonNode parse(byte[] body) {
        try {
            return body == null || body.length == 0 ? null : Api.JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static String text(EntityExchangeResult<byte[]> result) {
        byte[] body = result.getResponseBodyContent();
        return body == null ? "(no body)" : describe(new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] bytes(JsonNode body) throws IOException {
        return Api.JSON.writeValueAsBytes(body);
    }

    private static String quote(String text) {
        try {
            return Api.JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A value as it can be read in a failure: quoted, invisible and direction-changing characters written as
     * {@code \\uXXXX}, shortened past 60 characters.
     */
    static String describe(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder shown = new StringBuilder("\"");
        value.codePoints().limit(60).forEach(c -> {
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE || c == '"') {
                shown.append(String.format("\\u%04X", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        shown.append('"');
        int length = value.codePointCount(0, value.length());
        return length > 60 ? shown + "…(" + length + " characters)" : shown.toString();
    }
}

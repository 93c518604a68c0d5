package io.jixiao.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.FluxExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's authorization matrix: every action of README's "Who may do what" table, as each of the six roles,
 * against the tester's own unit, a sibling, the parent, a child and a grandchild (a unit two levels below: "below"
 * means any depth), over HTTP against the whole system. The expected answer of each cell is read from the README
 * itself, so the table cannot drift from the code. A refused action must answer 403 (404 on a form the tester may
 * not see at all, exactly as an unknown form) and append no event; an allowed
 * command must append.
 *
 * <p>The organization (matrix-organization.yml) gives every tested role a unit with a parent, a sibling, a child and
 * a grandchild; setup people (s-*) prepare forms in any state and undo organization changes, so cells do not affect
 * each other.
 */
// Closed after this class: contexts left open to the end of the run must all shut down within surefire's 30 s.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "jixiao.demo=false",
        "jixiao.organization-file=classpath:matrix-organization.yml",
        "jixiao.limits.requests-per-minute=1000000"})
class AuthorizationMatrixTest {
    enum Relation { OWN, CHILD, GRANDCHILD, SIBLING, PARENT }

    record Tested(String column, String personId, String unitId, String reviewLevel) {
    }

    static final List<Tested> TESTED = List.of(
            new Tested("filler", "t-filler", "UNIT", null),
            new Tested("unit reviewer", "t-unit-reviewer", "UNIT", "UNIT"),
            new Tested("department approver", "t-department-approver", "DEPT", "DEPARTMENT"),
            new Tested("finance reviewer", "t-finance-reviewer", "DIST-FIN", "FINANCE"),
            new Tested("auditor", "t-auditor", "DIST-FIN", null),
            new Tested("administrator", "t-administrator", "DIST-FIN", null));

    static final Map<String, Map<Relation, String>> RELATED = Map.of(
            "UNIT", Map.of(Relation.OWN, "UNIT", Relation.CHILD, "SUB", Relation.GRANDCHILD, "SUB-SUB",
                    Relation.SIBLING, "UNIT-SIB", Relation.PARENT, "DEPT"),
            "DEPT", Map.of(Relation.OWN, "DEPT", Relation.CHILD, "UNIT", Relation.GRANDCHILD, "SUB",
                    Relation.SIBLING, "DEPT-SIB", Relation.PARENT, "DIST-FIN"),
            "DIST-FIN", Map.of(Relation.OWN, "DIST-FIN", Relation.CHILD, "DEPT", Relation.GRANDCHILD, "UNIT",
                    Relation.SIBLING, "DIST-FIN-SIB", Relation.PARENT, "CITY-FIN"));

    static final Map<String, String> PARENT = Map.of("DIST-FIN", "CITY-FIN", "DIST-FIN-SIB", "CITY-FIN",
            "DEPT", "DIST-FIN", "DEPT-SIB", "DIST-FIN", "UNIT", "DEPT", "UNIT-SIB", "DEPT", "SUB", "UNIT",
            "SUB-SUB", "SUB");
    /** Another parent each unit may legally move under, inside the tested administrator's bureau where possible. */
    static final Map<String, String> OTHER_PARENT = Map.of("CITY-FIN", "DIST-FIN-SIB", "DIST-FIN", "DIST-FIN-SIB",
            "DIST-FIN-SIB", "DIST-FIN", "DEPT", "DEPT-SIB", "DEPT-SIB", "DEPT", "UNIT", "UNIT-SIB", "UNIT-SIB", "UNIT",
            "SUB", "UNIT-SIB", "SUB-SUB", "UNIT-SIB");
    static final Map<String, String> DEPARTMENT = Map.of("CITY-FIN", "CITY-FIN", "DIST-FIN", "DIST-FIN",
            "DIST-FIN-SIB", "DIST-FIN-SIB", "DEPT", "DEPT", "DEPT-SIB", "DEPT-SIB", "UNIT", "DEPT", "UNIT-SIB", "DEPT",
            "SUB", "DEPT", "SUB-SUB", "DEPT");
    /** The review chain of a form of each unit, as [level, unit, setup person who reviews there]. */
    static final Map<String, List<String[]>> CHAIN = Map.<String, List<String[]>>of(
            "CITY-FIN", List.<String[]>of(step("FINANCE", "CITY-FIN")),
            "DIST-FIN", List.<String[]>of(step("FINANCE", "DIST-FIN")),
            "DIST-FIN-SIB", List.<String[]>of(step("FINANCE", "DIST-FIN-SIB")),
            "DEPT", List.<String[]>of(step("DEPARTMENT", "DEPT"), step("FINANCE", "DIST-FIN")),
            "DEPT-SIB", List.<String[]>of(step("DEPARTMENT", "DEPT-SIB"), step("FINANCE", "DIST-FIN")),
            "UNIT", List.<String[]>of(step("UNIT", "UNIT"), step("DEPARTMENT", "DEPT"), step("FINANCE", "DIST-FIN")),
            "UNIT-SIB", List.<String[]>of(step("DEPARTMENT", "DEPT"), step("FINANCE", "DIST-FIN")),
            "SUB", List.<String[]>of(step("DEPARTMENT", "DEPT"), step("FINANCE", "DIST-FIN")),
            "SUB-SUB", List.<String[]>of(step("DEPARTMENT", "DEPT"), step("FINANCE", "DIST-FIN")));

    private static final String PROJECT = "信息化项目运维(信息安全三级等保)";

    @Autowired
    WebTestClient client;
    @Autowired
    EventStore eventStore;

    private Api api;
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final Map<String, String> readableForms = new LinkedHashMap<>();
    private final AtomicInteger fresh = new AtomicInteger();
    private int requests;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("jixiao-matrix");
        registry.add("jixiao.data-dir", dir::toString);
    }

    private static String[] step(String level, String unit) {
        String reviewer = switch (level) {
            case "UNIT" -> "s-unit-reviewer";
            case "DEPARTMENT" -> "s-approver-" + unit.toLowerCase();
            default -> "s-finance-" + unit.toLowerCase();
        };
        return new String[]{level, unit, reviewer};
    }

    @Test
    void everyCellOfTheReadmeTableHolds() throws Exception {
        api = new Api(client.mutate().responseTimeout(Duration.ofSeconds(30)).build());
        Map<String, Map<String, Set<Relation>>> table = readmeTable();
        Map<String, Action> actions = actions();
        assertThat(table.keySet()).as("every README row has a test, and every test a README row")
                .containsExactlyInAnyOrderElementsOf(actions.keySet());
        prepareReadableForms();

        List<String> mismatches = new ArrayList<>();
        int cells = 0;
        for (var row : table.entrySet()) {
            for (Tested tested : TESTED) {
                Set<Relation> allowed = row.getValue().get(tested.column());
                for (Relation relation : Relation.values()) {
                    String target = RELATED.get(tested.unitId()).get(relation);
                    String cell = row.getKey() + " × " + tested.column() + " × " + relation + " (" + target + ")";
                    cells++;
                    try {
                        check(actions.get(row.getKey()), tested, relation, target, allowed.contains(relation), cell);
                    } catch (AssertionError e) {
                        mismatches.add(cell + ": " + e.getMessage());
                    }
                }
            }
        }
        System.out.printf("Authorization matrix: %d actions x %d roles x %d relations = %d cells, %d HTTP requests%n",
                table.size(), TESTED.size(), Relation.values().length, cells, requests);
        assertThat(cells).isEqualTo(table.size() * TESTED.size() * Relation.values().length);
        assertThat(mismatches).as("cells that differ from README's table").isEmpty();
    }

    private void check(Action action, Tested tested, Relation relation, String target, boolean expectAllowed,
                       String cell) {
        Attempt attempt = action.prepare(tested, target);
        long before = head();
        List<Integer> statuses = new ArrayList<>();
        for (var request : attempt.requests()) {
            statuses.add(request.send(token(tested.personId())));
            requests++;
        }
        long after = head();
        try {
            boolean allowed = statuses.stream().allMatch(status -> status >= 200 && status < 300);
            boolean refused = statuses.equals(attempt.refusals(relation));
            if (!allowed && !refused) {
                throw new AssertionError("answers " + statuses + " are neither all 2xx nor the refusals "
                        + attempt.refusals(relation));
            }
            if (allowed != expectAllowed) {
                throw new AssertionError((expectAllowed ? "refused" : "allowed") + " " + statuses
                        + ", the table says " + (expectAllowed ? "allowed" : "refused"));
            }
            if (refused && after != before) {
                throw new AssertionError("refused, yet " + (after - before) + " event(s) were appended");
            }
            if (allowed && attempt.changes() && after == before) {
                throw new AssertionError("allowed, yet no event was appended");
            }
        } finally {
            attempt.undo().run();
        }
    }

    // ---- the actions, one per README row ----

    interface Request {
        int send(String token);
    }

    /** {@code formRequests}: how many of the first requests name a form (the others a unit, a person...). */
    record Attempt(List<Request> requests, boolean changes, Runnable undo, int formRequests) {
        static Attempt reading(Request... requests) {
            return new Attempt(List.of(requests), false, () -> {
            }, 0);
        }

        static Attempt changing(Runnable undo, Request... requests) {
            return new Attempt(List.of(requests), true, undo, 0);
        }

        Attempt namingForms() {
            return namingForms(requests.size());
        }

        Attempt namingForms(int count) {
            return new Attempt(requests, changes, undo, count);
        }

        /**
         * Issue 11 item 7: a refused request on a form the tester may not see at all (of a sibling or the parent,
         * supervised by neither the tester's unit nor one below it) answers 404 as an unknown form would; any other
         * refusal 403.
         */
        List<Integer> refusals(Relation relation) {
            boolean hidden = relation == Relation.SIBLING || relation == Relation.PARENT;
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < requests.size(); i++) {
                statuses.add(hidden && i < formRequests ? 404 : 403);
            }
            return statuses;
        }
    }

    interface Action {
        Attempt prepare(Tested tested, String target);
    }

    private Map<String, Action> actions() {
        Map<String, Action> actions = new LinkedHashMap<>();
        actions.put("draft", (t, unit) -> Attempt.changing(() -> {
        }, token -> status(api.post(token, "/api/evaluations", draftBody(unit)))));
        actions.put("amend", (t, unit) -> {
            String id = draft(unit);
            String form = "/api/evaluations/" + id;
            AtomicInteger version = new AtomicInteger(1);
            return Attempt.changing(() -> {
                    },
                    token -> counted(version, api.put(token, form + "/indicators/I1/actual",
                            Map.of("actual", "95.00(%)", "expectedVersion", version.get()))),
                    token -> counted(version, api.put(token, form + "/goals",
                            Map.of("actual", "年度目标已完成。", "expectedVersion", version.get()))),
                    token -> counted(version, api.put(token, form + "/funds/total",
                            Map.of("executed", "20.00", "expectedVersion", version.get()))),
                    token -> counted(version, api.put(token, form + "/indicators/I1/score",
                            Map.of("score", "1.00", "expectedVersion", version.get()))),
                    token -> counted(version, api.post(token, form + "/indicators", Map.of("level1", "产出指标",
                            "level2", "数量指标", "name", "矩阵测试指标", "target", "=1次", "weight", "1",
                            "expectedVersion", version.get()))),
                    token -> counted(version, api.put(token, form + "/indicators/I2",
                            Map.of("target", "≥1次", "expectedVersion", version.get()))),
                    token -> counted(version, client.delete().uri(form + "/indicators/I3?expectedVersion="
                            + version.get()).headers(h -> h.setBearerAuth(token)).exchange())).namingForms();
        });
        actions.put("submit", (t, unit) -> {
            String id = draft(unit);
            return Attempt.changing(() -> {
            }, token -> status(api.post(token, "/api/evaluations/" + id + "/submit", Map.of("expectedVersion", 1)))).namingForms();
        });
        actions.put("withdraw", (t, unit) -> {
            String id = draft(unit);
            long version = submit(id, unit);
            return Attempt.changing(() -> {
            }, token -> status(api.post(token, "/api/evaluations/" + id + "/withdraw",
                    Map.of("reason", "补充材料", "expectedVersion", version)))).namingForms();
        });
        actions.put("approve", (t, unit) -> {
            String id = draft(unit);
            long version = advance(id, unit, submit(id, unit), t.reviewLevel());
            return Attempt.changing(() -> {
            }, token -> status(api.post(token, "/api/evaluations/" + id + "/approve",
                    Map.of("comment", "同意", "expectedVersion", version)))).namingForms();
        });
        actions.put("return", (t, unit) -> {
            String id = draft(unit);
            long version = advance(id, unit, submit(id, unit), t.reviewLevel());
            return Attempt.changing(() -> {
            }, token -> status(api.post(token, "/api/evaluations/" + id + "/return",
                    Map.of("reason", "请补充佐证材料", "expectedVersion", version)))).namingForms();
        });
        actions.put("reopen", (t, unit) -> {
            String id = draft(unit);
            long version = advance(id, unit, submit(id, unit), "APPROVED");
            return Attempt.changing(() -> {
            }, token -> status(api.post(token, "/api/evaluations/" + id + "/reopen",
                    Map.of("reason", "复核发现问题", "expectedVersion", version)))).namingForms();
        });
        actions.put("list", (t, unit) -> Attempt.reading(
                token -> status(api.get(token, "/api/evaluations?unitId=" + unit))));
        actions.put("read", (t, unit) -> {
            String id = readableForms.get(unit);
            String path = "/api/evaluations/" + id;
            return Attempt.reading(token -> status(api.get(token, path)),
                    token -> status(api.get(token, path + "?version=1")),
                    token -> status(api.get(token, path + "/history")),
                    token -> status(api.get(token, path + "/diff?from=1&to=2")),
                    token -> stream(token, path + "/stream")).namingForms();
        });
        actions.put("export", (t, unit) -> {
            String id = readableForms.get(unit);
            return Attempt.reading(token -> status(api.get(token, "/api/evaluations/" + id + "/export?format=xlsx")),
                    token -> status(api.get(token, "/api/evaluations/" + id + "/export?format=pdf&version=1")),
                    token -> status(api.get(token, "/api/exports/units/" + unit + "?fiscalYear=2024&format=xlsx"))).namingForms(2);
        });
        actions.put("import", (t, unit) -> Attempt.changing(() -> {
        }, token -> importOne(token, unit)));
        actions.put("audit", (t, unit) -> Attempt.reading(
                token -> status(api.get(token, "/api/audit/changes?unitId=" + unit))));
        actions.put("dashboard", (t, unit) -> Attempt.reading(
                token -> status(api.get(token, "/api/dashboards/units/" + unit + "?fiscalYear=2024")),
                token -> stream(token, "/api/dashboards/units/" + unit + "/stream?fiscalYear=2024")));
        actions.put("compare", (t, unit) -> Attempt.reading(
                token -> status(api.get(token, "/api/comparisons/units/" + unit + "?fromYear=2023&toYear=2024")),
                token -> status(api.get(token, "/api/comparisons/projects?unitId=" + unit + "&projectName="
                        + readableProject(unit)))));
        actions.put("organization", (t, unit) -> Attempt.reading(
                token -> status(api.get(token, "/api/organization?unitId=" + unit))));
        actions.put("organization-history", (t, unit) -> Attempt.reading(
                token -> status(api.get(token, "/api/organization/history?unitId=" + unit))));
        actions.put("register-unit", (t, unit) -> {
            int n = fresh.incrementAndGet();
            return Attempt.changing(() -> {
            }, token -> status(api.post(token, "/api/organization/units", Map.of("unitId", "NEW-" + n,
                    "name", "新设单位" + n, "kind", "IMPLEMENTING_UNIT", "parentId", unit, "reason", "测试"))));
        });
        actions.put("rename-unit", (t, unit) -> Attempt.changing(() -> {
        }, token -> status(api.post(token, "/api/organization/units/" + unit + "/rename",
                Map.of("name", unit + " 更名" + fresh.incrementAndGet(), "reason", "测试")))));
        actions.put("move-unit", (t, unit) -> Attempt.changing(
                () -> {
                    if (PARENT.containsKey(unit)) {
                        undo("/api/organization/units/" + unit + "/move", Map.of("parentId", PARENT.get(unit)));
                    }
                },
                token -> status(api.post(token, "/api/organization/units/" + unit + "/move",
                        Map.of("parentId", OTHER_PARENT.get(unit), "reason", "测试")))));
        actions.put("add-person", (t, unit) -> {
            int n = fresh.incrementAndGet();
            return Attempt.changing(() -> {
            }, token -> status(api.post(token, "/api/organization/people", Map.of("personId", "new-" + n,
                    "name", "新人" + n, "unitId", unit, "roles", List.of("FILLER"), "password", "matrix-password"))));
        });
        actions.put("grant-role", (t, unit) -> Attempt.changing(
                () -> undo("/api/organization/people/p-" + unit.toLowerCase() + "/revoke-role",
                        Map.of("role", "AUDITOR")),
                token -> status(api.post(token, "/api/organization/people/p-" + unit.toLowerCase() + "/grant-role",
                        Map.of("role", "AUDITOR", "reason", "测试")))));
        actions.put("revoke-role", (t, unit) -> {
            setup("s-administrator", "/api/organization/people/p-" + unit.toLowerCase() + "/grant-role",
                    Map.of("role", "AUDITOR"));
            return Attempt.changing(
                    () -> undo("/api/organization/people/p-" + unit.toLowerCase() + "/revoke-role",
                            Map.of("role", "AUDITOR")),
                    token -> status(api.post(token, "/api/organization/people/p-" + unit.toLowerCase()
                            + "/revoke-role", Map.of("role", "AUDITOR", "reason", "测试"))));
        });
        actions.put("deactivate-person", (t, unit) -> Attempt.changing(
                () -> undo("/api/organization/people/p-" + unit.toLowerCase() + "/reactivate", Map.of()),
                token -> status(api.post(token, "/api/organization/people/p-" + unit.toLowerCase() + "/deactivate",
                        Map.of("reason", "测试")))));
        actions.put("reactivate-person", (t, unit) -> {
            setup("s-administrator", "/api/organization/people/p-" + unit.toLowerCase() + "/deactivate",
                    Map.of("reason", "准备"));
            return Attempt.changing(
                    () -> undo("/api/organization/people/p-" + unit.toLowerCase() + "/reactivate", Map.of()),
                    token -> status(api.post(token, "/api/organization/people/p-" + unit.toLowerCase()
                            + "/reactivate", Map.of("reason", "测试"))));
        });
        actions.put("reset-password", (t, unit) -> Attempt.changing(() -> {
        }, token -> status(api.post(token, "/api/organization/people/p-" + unit.toLowerCase() + "/password",
                Map.of("password", "another-password", "reason", "测试")))));
        actions.put("processors", (t, unit) -> Attempt.reading(
                token -> status(api.get(token, "/api/admin/processors"))));
        return actions;
    }

    /**
     * Imports a file of one form of {@code unit} (ids in the file, a fresh project name) and waits for the job: 200
     * when the form was created, 403 when the upload or the form was refused for who the importer is.
     */
    private int importOne(String token, String unit) {
        ObjectNode form = draftBody(unit);
        form.put("projectName", PROJECT + " 导入" + fresh.incrementAndGet());
        form.put("fiscalYear", 2024);
        ObjectNode file = Api.JSON.createObjectNode().put("amountUnit", form.path("amountUnit").asText());
        file.putArray("evaluations").add(form);
        org.springframework.http.client.MultipartBodyBuilder body =
                new org.springframework.http.client.MultipartBodyBuilder();
        body.part("file", new org.springframework.core.io.ByteArrayResource(file.toString()
                .getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "matrix.json";
            }
        });
        var upload = client.post().uri("/api/imports").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(org.springframework.web.reactive.function.BodyInserters.fromMultipartData(body.build()))
                .exchange().expectBody().returnResult();
        if (upload.getStatus().value() != 202) {
            return upload.getStatus().value();
        }
        try {
            String jobId = Api.JSON.readTree(upload.getResponseBodyContent()).path("jobId").asText();
            var job = api.awaitJson(token, "/api/imports/" + jobId,
                    j -> "DONE".equals(j.path("status").asText()) || "FAILED".equals(j.path("status").asText()));
            if (job.path("created").size() == 1) {
                return 200;
            }
            boolean forbidden = job.path("refused").size() > 0
                    && job.path("refused").get(0).path("code").asText().equals("NOT_IMPORTER_OF_UNIT");
            return forbidden ? 403 : 500;
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    // ---- preparing forms with the setup people ----

    /** A project of its own each time: a unit has one form per project and year. */
    private ObjectNode draftBody(String unit) {
        return draftBody(unit, PROJECT + " 第" + fresh.incrementAndGet() + "张");
    }

    private ObjectNode draftBody(String unit, String projectName) {
        try {
            return Api.fixtureDraft("anting-2024.json", PROJECT, DEPARTMENT.get(unit), unit)
                    .put("projectName", projectName);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String draft(String unit) {
        return draft(unit, draftBody(unit));
    }

    private String draft(String unit, ObjectNode body) {
        return Api.json(api.post(setupToken("s-filler-" + unit.toLowerCase()), "/api/evaluations", body), 201)
                .path("evaluationId").asText();
    }

    /** Submits a freshly drafted form; the version after it. */
    private long submit(String id, String unit) {
        Api.json(api.post(setupToken("s-filler-" + unit.toLowerCase()), "/api/evaluations/" + id + "/submit",
                Map.of("expectedVersion", 1)), 200);
        return 2;
    }

    /**
     * Approves with the setup reviewers until the form waits at {@code level} (or at its first level when its chain
     * has no such level), or through every level for "APPROVED"; the version after it.
     */
    private long advance(String id, String unit, long version, String level) {
        List<String[]> chain = CHAIN.get(unit);
        boolean hasLevel = chain.stream().anyMatch(step -> step[0].equals(level));
        if (!"APPROVED".equals(level) && !hasLevel) {
            return version;
        }
        for (String[] step : chain) {
            if (step[0].equals(level)) {
                return version;
            }
            Api.json(api.post(setupToken(step[2]), "/api/evaluations/" + id + "/approve",
                    Map.of("comment", "同意", "expectedVersion", version)), 200);
            version++;
        }
        return version;
    }

    /** One form per unit, amended once, for the reading rows; waits until every read model has it. */
    private void prepareReadableForms() throws InterruptedException {
        for (String unit : CHAIN.keySet()) {
            String id = draft(unit, draftBody(unit).put("projectName", readableProject(unit)));
            Api.json(api.put(setupToken("s-filler-" + unit.toLowerCase()), "/api/evaluations/" + id
                    + "/indicators/I1/actual", Map.of("actual", "96.00(%)", "expectedVersion", 1)), 200);
            readableForms.put(unit, id);
        }
        api.awaitProcessorsCaughtUp(setupToken("s-finance-city-fin"));
    }

    /** The project of the unit's readable form, which the year-over-year comparison of a project finds. */
    private static String readableProject(String unit) {
        return PROJECT + " " + unit;
    }

    private void setup(String person, String path, Object body) {
        Api.json(api.post(setupToken(person), path, body), 200);
    }

    /** Puts back what an allowed organization change altered; a refused one altered nothing, so 409 is fine. */
    private void undo(String path, Object body) {
        int status = status(api.post(setupToken("s-administrator"), path, body));
        assertThat(status).as("undo " + path).isIn(200, 409);
    }

    // ---- plumbing ----

    private int counted(AtomicInteger version, WebTestClient.ResponseSpec response) {
        int status = status(response);
        if (status >= 200 && status < 300) {
            version.incrementAndGet();
        }
        return status;
    }

    private static int status(WebTestClient.ResponseSpec response) {
        return response.expectBody().returnResult().getStatus().value();
    }

    /** A live stream answers 200 and sends its first event, or refuses with 403. */
    private int stream(String token, String path) {
        FluxExchangeResult<String> result = client.get().uri(path).headers(h -> h.setBearerAuth(token))
                .accept(MediaType.TEXT_EVENT_STREAM, MediaType.APPLICATION_JSON).exchange().returnResult(String.class);
        int status = result.getStatus().value();
        if (status == 200) {
            assertThat(result.getResponseBody().take(1).blockFirst(Duration.ofSeconds(20)))
                    .as("first event of " + path).isNotNull();
        } else {
            result.getResponseBody().take(Duration.ofSeconds(5)).blockLast(Duration.ofSeconds(10));
        }
        return status;
    }

    private String token(String personId) {
        return tokens.computeIfAbsent(personId, api::login);
    }

    private String setupToken(String personId) {
        return token(personId);
    }

    private long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    /** README's "Who may do what" rows: action key to role column to the relations it allows. */
    static Map<String, Map<String, Set<Relation>>> readmeTable() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        List<String> header = null;
        Map<String, Map<String, Set<Relation>>> table = new LinkedHashMap<>();
        for (String line : lines) {
            List<String> cells = cells(line);
            if (cells.size() == 8 && cells.get(0).equals("action")) {
                header = cells;
                assertThat(header.subList(2, 8)).containsExactlyElementsOf(
                        TESTED.stream().map(Tested::column).toList());
            } else if (header != null && cells.size() == 8 && cells.get(0).startsWith("`")) {
                Map<String, Set<Relation>> row = new LinkedHashMap<>();
                for (int column = 2; column < 8; column++) {
                    row.put(header.get(column), relations(cells.get(column)));
                }
                table.put(cells.get(0).replace("`", ""), row);
            } else if (header != null && !line.startsWith("|")) {
                if (!table.isEmpty()) {
                    break;
                }
            }
        }
        assertThat(table).as("README's 'Who may do what' table").isNotEmpty();
        return table;
    }

    private static List<String> cells(String line) {
        if (!line.startsWith("|")) {
            return List.of();
        }
        String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
        return java.util.Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
    }

    private static Set<Relation> relations(String cell) {
        Set<Relation> relations = EnumSet.noneOf(Relation.class);
        for (String part : cell.split(",")) {
            switch (part.strip()) {
                case "own" -> relations.add(Relation.OWN);
                case "below" -> relations.addAll(EnumSet.of(Relation.CHILD, Relation.GRANDCHILD));
                case "any" -> relations.addAll(EnumSet.allOf(Relation.class));
                case "—" -> {
                }
                default -> throw new AssertionError("Unknown cell '" + cell + "' in README's table");
            }
        }
        return relations;
    }
}

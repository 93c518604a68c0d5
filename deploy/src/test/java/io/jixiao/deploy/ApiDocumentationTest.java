package io.jixiao.deploy;

import io.jixiao.command.organization.OrganizationBootstrap;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.support.RouterFunctionMapping;
import org.springframework.web.reactive.result.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.method.HandlerMethod;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10 item 5: the HTTP contract is the OpenAPI document generated from the code. Every endpoint Spring serves
 * (annotated controllers and router functions alike) must appear in /v3/api-docs with its method, so an endpoint
 * added without documentation fails the build. The document and its UI are open to read, the API is not.
 *
 * <p>Left out on purpose: Spring Boot's actuator (its own handler mappings: the health probe, metrics and the
 * processors endpoint are operations for the people running the installation, described in the README, not part
 * of the application's API), springdoc's own endpoints (the document does not describe itself) and the welcome
 * page (the web UI's index.html at "/").
 */
// Closed after this class: contexts left open to the end of the run must all shut down within surefire's 30 s.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"jixiao.demo=false",
        "jixiao.organization-file=" + OrganizationBootstrap.DEMO_ORGANIZATION_FILE})
class ApiDocumentationTest {
    private static final String UI_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";
    /** Spring Boot's route serving the web UI's static/index.html at "/" to browsers: a page, not an endpoint. */
    private static final String WELCOME_PAGE = "welcomePageRouterFunctionMapping";
    private static final Set<String> FEATURES = Set.of("access", "evaluation", "approval", "history", "dashboard",
            "comparison", "exports", "imports", "organization", "admin");

    /** The document is generated on its first request: on two busy cores that takes more than the default 5 s. */
    WebTestClient client;
    @Autowired
    List<RequestMappingInfoHandlerMapping> annotatedMappings;
    @Autowired
    Map<String, RouterFunctionMapping> routerMappings;

    @Autowired
    void client(WebTestClient client) {
        this.client = client.mutate().responseTimeout(Duration.ofSeconds(60)).build();
    }

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        var dir = Files.createTempDirectory("jixiao-api-docs");
        registry.add("jixiao.data-dir", dir::toString);
    }

    @Test
    void everyEndpointSpringServesIsInTheDocumentWithItsMethod() {
        Set<String> served = served();
        assertThat(served).as("the endpoints found in Spring's handler mappings")
                .contains("POST /api/auth/token", "POST /api/evaluations", "PUT /api/evaluations/{id}/funds/{source}",
                        "POST /api/evaluations/{id}/submit", "GET /api/evaluations/{evaluationId}",
                        "GET /api/admin/processors", "POST /api/organization/people/{personId}/password")
                .hasSizeGreaterThan(40);
        assertThat(documented(document())).as("operations in /v3/api-docs").containsAll(served);
    }

    @Test
    void theDocumentHasATitleTheBearerSchemeAndATagPerFeature() {
        JsonNode api = document();
        assertThat(api.path("openapi").asText()).startsWith("3.");
        assertThat(api.path("info").path("title").asText()).isEqualTo("Jixiao 绩效 API");
        assertThat(api.path("info").path("description").asText())
                .contains("POST /api/auth/token", "Authorization: Bearer", "expectedVersion", "messageZh",
                        "docs/DOMAIN.md");
        JsonNode bearer = api.path("components").path("securitySchemes").path("bearer");
        assertThat(bearer.path("type").asText()).isEqualTo("http");
        assertThat(bearer.path("scheme").asText()).isEqualTo("bearer");
        assertThat(api.path("security").get(0).has("bearer")).as("bearer required by default").isTrue();
        assertThat(api.path("components").path("schemas").path("Error").path("required").toString())
                .contains("code", "message", "messageZh");

        Set<String> declared = new TreeSet<>();
        api.path("tags").forEach(tag -> {
            declared.add(tag.path("name").asText());
            assertThat(tag.path("description").asText()).as(tag.path("name").asText()).isNotBlank();
        });
        assertThat(declared).isEqualTo(FEATURES);
        operations(api).forEach((operation, body) -> {
            assertThat(body.path("tags")).as(operation).hasSize(1);
            assertThat(declared).as(operation).contains(body.path("tags").get(0).asText());
            assertThat(body.path("responses").path("default").path("content").path("application/json")
                    .path("schema").path("$ref").asText()).as(operation).isEqualTo("#/components/schemas/Error");
        });
        assertThat(operations(api).get("POST /api/auth/token").path("security")).as("sign-in needs no token")
                .isEmpty();
        assertThat(operations(api).get("POST /api/evaluations").path("tags").get(0).asText()).isEqualTo("evaluation");
        assertThat(operations(api).get("POST /api/evaluations/{id}/approve").path("tags").get(0).asText())
                .isEqualTo("approval");
        JsonNode draft = operations(api).get("POST /api/evaluations").path("requestBody");
        assertThat(draft.path("content").path("application/json").path("schema").path("$ref").asText())
                .as("the draft's body is documented").isNotBlank();
    }

    @Test
    void aParameterThatSelectsAnotherHandlerOfTheSamePathIsOptional() {
        JsonNode form = operations(document()).get("GET /api/evaluations/{evaluationId}");
        List<String> optional = new ArrayList<>();
        form.path("parameters").forEach(parameter -> {
            if (parameter.path("in").asText().equals("query")) {
                assertThat(parameter.path("required").asBoolean()).as(parameter.path("name").asText()).isFalse();
                optional.add(parameter.path("name").asText());
            }
        });
        assertThat(optional).containsExactlyInAnyOrder("version", "asOf");
    }

    @Test
    void theDocumentAndItsUiAreReadWithoutATokenFromThisOriginAndTheApiIsNot() {
        client.get().uri("/v3/api-docs").exchange().expectStatus().isOk();
        client.get().uri("/swagger-ui.html").exchange().expectStatus().isFound()
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/swagger-ui/index.html");
        String page = client.get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk()
                .expectHeader().valueEquals("Content-Security-Policy", UI_POLICY)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("swagger-ui-bundle.js").doesNotContain("http://", "https://", "//cdn");
        client.get().uri("/swagger-ui/swagger-ui-bundle.js").exchange().expectStatus().isOk();
        assertThat(client.get().uri("/v3/api-docs/swagger-config").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody())
                .contains("\"url\":\"/v3/api-docs\"", "\"validatorUrl\":\"\"");

        operations(document()).keySet().stream().filter(operation -> !operation.equals("POST /api/auth/token"))
                .forEach(operation -> {
                    String[] methodAndPath = operation.split(" ", 2);
                    String path = methodAndPath[1].replaceAll("\\{[^}]+}", "X");
                    client.method(HttpMethod.valueOf(methodAndPath[0])).uri(path).exchange()
                            .expectStatus().isUnauthorized()
                            .expectHeader().valueEquals("Content-Security-Policy", "default-src 'self'");
                });
    }

    /** "METHOD /path" of every endpoint of the annotated controllers and router functions but the two left out. */
    private Set<String> served() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : annotatedMappings) {
            if (mapping.getClass().getName().startsWith("org.springframework.boot.actuate.")) {
                continue;
            }
            mapping.getHandlerMethods().forEach((info, handler) -> {
                if (documentationItself(handler)) {
                    return;
                }
                Set<String> methods = new TreeSet<>();
                info.getMethodsCondition().getMethods().forEach(method -> methods.add(method.name()));
                if (methods.isEmpty()) {
                    methods.add("GET");
                }
                info.getPatternsCondition().getPatterns().forEach(pattern -> methods.forEach(method ->
                        endpoints.add(method + " " + withoutRegex(pattern.getPatternString()))));
            });
        }
        routerMappings.forEach((name, mapping) -> {
            if (!name.equals(WELCOME_PAGE) && mapping.getRouterFunction() != null) {
                mapping.getRouterFunction().accept(new Routes(endpoints));
            }
        });
        return endpoints;
    }

    private static boolean documentationItself(HandlerMethod handler) {
        return handler.getBeanType().getName().startsWith("org.springdoc.");
    }

    private static String withoutRegex(String pattern) {
        return pattern.replaceAll("\\{(\\*?\\w+):[^}]*}", "{$1}");
    }

    /** The import reads its parts itself; the document still says to send one part "file" holding the file. */
    @Test
    void theImportIsDocumentedAsOneFilePart() {
        JsonNode schema = document().path("paths").path("/api/imports").path("post").path("requestBody")
                .path("content").path("multipart/form-data").path("schema");
        assertThat(schema.path("properties").path("file").path("format").asText()).isEqualTo("binary");
        assertThat(schema.path("required").toString()).contains("file");
    }

    private JsonNode document() {
        byte[] body = client.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody()
                .returnResult().getResponseBodyContent();
        try {
            return Api.JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Set<String> documented(JsonNode api) {
        return new TreeSet<>(operations(api).keySet());
    }

    private static Map<String, JsonNode> operations(JsonNode api) {
        Map<String, JsonNode> operations = new java.util.TreeMap<>();
        api.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation ->
                operations.put(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue())));
        return operations;
    }

    /** Collects "METHOD /path" of every route of a router function, nested routes included. */
    private static final class Routes implements RouterFunctions.Visitor, RequestPredicates.Visitor {
        private final Set<String> endpoints;
        private final Deque<String> prefixes = new ArrayDeque<>();
        private final List<String> paths = new ArrayList<>();
        private final List<String> methods = new ArrayList<>();

        Routes(Set<String> endpoints) {
            this.endpoints = endpoints;
            prefixes.push("");
        }

        @Override
        public void startNested(RequestPredicate predicate) {
            paths.clear();
            predicate.accept(this);
            prefixes.push(prefixes.peek() + (paths.isEmpty() ? "" : paths.get(0)));
        }

        @Override
        public void endNested(RequestPredicate predicate) {
            prefixes.pop();
        }

        @Override
        public void route(RequestPredicate predicate, HandlerFunction<?> handlerFunction) {
            paths.clear();
            methods.clear();
            predicate.accept(this);
            List<String> routeMethods = methods.isEmpty() ? List.of("GET") : List.copyOf(methods);
            List<String> routePaths = paths.isEmpty() ? List.of("") : List.copyOf(paths);
            for (String path : routePaths) {
                for (String method : routeMethods) {
                    endpoints.add(method + " " + withoutRegex(prefixes.peek() + path));
                }
            }
        }

        @Override
        public void resources(Function<ServerRequest, Mono<org.springframework.core.io.Resource>> lookupFunction) {
            // static files, not endpoints
        }

        @Override
        public void attributes(Map<String, Object> attributes) {
        }

        @Override
        public void unknown(RouterFunction<?> routerFunction) {
            throw new AssertionError("A router function this test cannot read: " + routerFunction);
        }

        @Override
        public void method(Set<HttpMethod> httpMethods) {
            httpMethods.forEach(method -> methods.add(method.name()));
        }

        @Override
        public void path(String pattern) {
            paths.add(pattern);
        }

        @Override
        public void pathExtension(String extension) {
        }

        @Override
        public void header(String name, String value) {
        }

        @Override
        public void queryParam(String name, String value) {
        }

        @Override
        public void startAnd() {
        }

        @Override
        public void and() {
        }

        @Override
        public void endAnd() {
        }

        @Override
        public void startOr() {
        }

        @Override
        public void or() {
        }

        @Override
        public void endOr() {
        }

        @Override
        public void startNegate() {
        }

        @Override
        public void endNegate() {
        }

        @Override
        public void unknown(RequestPredicate predicate) {
            throw new AssertionError("A request predicate this test cannot read: " + predicate);
        }
    }
}

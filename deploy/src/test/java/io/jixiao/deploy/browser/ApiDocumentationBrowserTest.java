package io.jixiao.deploy.browser;

import io.jixiao.command.organization.OrganizationBootstrap;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10 item 5: the Swagger UI of the generated API document works in a real browser under the app's security
 * headers: every operation shows, grouped by feature, nothing is fetched from another origin, and the console
 * reports no error and no Content-Security-Policy violation.
 */
// Closed after this class: contexts left open to the end of the run must all shut down within surefire's 30 s.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"jixiao.demo=false",
        "jixiao.organization-file=" + OrganizationBootstrap.DEMO_ORGANIZATION_FILE})
class ApiDocumentationBrowserTest {
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        var dir = Files.createTempDirectory("jixiao-api-docs-browser");
        registry.add("jixiao.data-dir", dir::toString);
    }

    @Test
    void theSwaggerUiShowsEveryOperationFromThisOriginWithinItsPolicy() throws Exception {
        String origin = "http://localhost:" + port;
        // The document is generated on its first request, which can outlast the browser's patience on two busy cores.
        HttpResponse<Void> document = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(origin
                + "/v3/api-docs")).timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(document.statusCode()).isEqualTo(200);
        Screenshots screenshots = Screenshots.freshIn(Path.of("target", "screenshots", "api-docs"));
        try (Browser reader = Browser.open("api-docs", origin, screenshots)) {
            reader.consoleErrors();
            reader.visit("/swagger-ui.html");
            try {
                shows(reader);
            } catch (AssertionError e) {
                reader.shot("failed");
                throw new AssertionError(e.getMessage() + "\n" + reader.describe() + "\nconsole:\n"
                        + String.join("\n", reader.console()), e);
            }
        }
    }

    private static void shows(Browser reader) {
        reader.awaitText(By.cssSelector(".info .title"), "Jixiao 绩效 API");
        int operations = reader.until("the operations of every feature", d -> {
            int shown = d.findElements(By.cssSelector(".opblock-summary-path")).size();
            return shown > 40 && d.findElements(By.cssSelector(".opblock-tag")).size() == 10 ? shown : null;
        });
        reader.shot("swagger-ui");
        assertThat(operations).isGreaterThan(40);
        assertThat(reader.foreignResources()).as("fetched from elsewhere").isEmpty();
        // (the app's own page, where the browser starts, has no /favicon.ico: that 404 is not the UI's)
        assertThat(reader.consoleErrors()).as("console errors")
                .allMatch(error -> error.contains("/favicon.ico") && !error.contains("swagger"));
        assertThat(reader.console()).as("console").noneMatch(line -> line.contains("Content Security Policy"));
    }
}

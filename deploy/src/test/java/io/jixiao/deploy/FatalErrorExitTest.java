package io.jixiao.deploy;

import io.jixiao.command.organization.OrganizationBootstrap;
import io.jixiao.platform.health.FatalErrors;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11 item 1: an {@link OutOfMemoryError} in a background thread of the launcher (started as
 * {@code java -jar} would, with {@code -Xmx512m}) is logged and ends the process with status
 * {@value FatalErrors#EXIT_STATUS} rather than leaving a half-dead process that says UP; started again on the same
 * data directory, it is healthy and serves what was stored before.
 */
class FatalErrorExitTest {

    @Test
    void outOfMemoryInABackgroundThreadEndsTheProcessAndARestartIsHealthy() throws Exception {
        Path dataDir = Files.createTempDirectory("jixiao-fatal-exit");
        String[] arguments = {"--jixiao.demo=false",
                "--jixiao.organization-file=" + OrganizationBootstrap.DEMO_ORGANIZATION_FILE};
        String draftId;
        try (Launcher first = Launcher.start(MemoryExhaustingLauncher.class, dataDir, arguments)) {
            String filler = first.login("at-center-filler");
            var draft = Api.fixtureDraft("anting-2024.json", "信息化项目运维(信息安全三级等保)", "AT-GOV", "AT-CENTER");
            var created = first.send(filler, "POST", "/api/evaluations", draft);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            draftId = Launcher.json(created).path("evaluationId").asText();

            Files.createFile(dataDir.resolve(MemoryExhaustingLauncher.TRIGGER));
            Integer status = first.exitStatus(Duration.ofSeconds(60));
            System.out.printf("Out of memory in a background thread: the process exited with status %s%n", status);
            assertThat(status).as("exit status; the launcher printed:%n%s", first.printed())
                    .isEqualTo(FatalErrors.EXIT_STATUS);
            assertThat(first.printed()).contains("Fatal error in thread memory-hog")
                    .contains("exits with status " + FatalErrors.EXIT_STATUS);
        }
        Files.delete(dataDir.resolve(MemoryExhaustingLauncher.TRIGGER));
        try (Launcher again = Launcher.start(dataDir, arguments)) {
            String filler = again.login("at-center-filler");
            var form = again.send(filler, "GET", "/api/evaluations/" + draftId, null);
            System.out.printf("Restarted on the same data: healthy, the draft stored before answers %d%n",
                    form.statusCode());
            assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
        }
    }
}

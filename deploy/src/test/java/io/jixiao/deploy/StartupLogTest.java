package io.jixiao.deploy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the person running the system reads in its console (issue 10 item 6). The launcher, started in its own JVM
 * with the demo data as the README's first command starts it, prints its banner and then information only: no
 * warning or error they could not act on. A refused command is one line (status, code, request, who, message),
 * never a warning with a stack trace: a refusal is not a fault.
 */
class StartupLogTest {
    /** Spring Boot's console line: time, level, pid, ... */
    private static final Pattern LOG_LINE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\S+\\s+(\\w+) .*");
    @TempDir
    static Path dataDir;
    private static Launcher launcher;

    @BeforeAll
    static void start() throws Exception {
        launcher = Launcher.start(dataDir, "--jixiao.demo=true");
    }

    @AfterAll
    static void stop() throws Exception {
        if (launcher != null) {
            launcher.close();
        }
    }

    @Test
    void theStartWithTheDemoDataPrintsTheBannerAndInformationOnly() throws Exception {
        List<String> lines = Arrays.asList(launcher.printed().split("\\R"));
        int banner = indexOf(lines, ":: Spring Boot ::");
        assertThat(banner).as("the banner").isNotNegative();
        assertThat(lines.subList(0, banner)).as("nothing before the banner but its drawing")
                .allSatisfy(line -> assertThat(line).doesNotContainPattern("[A-Za-z]"));
        assertThat(lines.subList(banner + 1, lines.size()).stream().filter(line -> !line.isBlank()).toList())
                .as("after the banner, log lines at INFO and nothing else")
                .isNotEmpty()
                .allSatisfy(line -> assertThat(level(line)).as(line).isEqualTo("INFO"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Demo data: 72 forms created"));
    }

    @Test
    void aRefusedCommandIsOneLineWithoutAStackTrace() throws Exception {
        String filler = launcher.login("at-center-filler");
        int before = launcher.printed().length();

        HttpResponse<String> badScore = launcher.send(filler, "POST", "/api/evaluations", draft("AT-CENTER", "31"));
        assertThat(badScore.statusCode()).as(badScore.body()).isEqualTo(400);
        assertThat(Launcher.json(badScore).path("code").asText()).isEqualTo("INVALID_INDICATOR_SCORE");
        HttpResponse<String> otherUnit = launcher.send(launcher.login("sj-office-filler"), "POST", "/api/evaluations",
                draft("AT-CENTER", "1"));
        assertThat(otherUnit.statusCode()).as(otherUnit.body()).isEqualTo(403);

        String printed = awaitPrinted(before, "NOT_OWNING_UNIT_FILLER");
        List<String> lines = printed.lines().filter(line -> !line.isBlank()).toList();
        assertThat(lines).as(printed).hasSize(2);
        assertThat(lines.get(0)).contains(" INFO ")
                .contains("Refused 400 INVALID_INDICATOR_SCORE POST /api/evaluations by at-center-filler: "
                        + "The score must lie between 0 and the indicator's weight (30).");
        assertThat(lines.get(1)).contains(" INFO ")
                .contains("Refused 403 NOT_OWNING_UNIT_FILLER POST /api/evaluations by sj-office-filler: ");
        assertThat(printed).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain(" WARN ");
    }

    /** What the launcher printed after {@code from}, once it holds {@code awaited}. */
    private static String awaitPrinted(int from, String awaited) throws Exception {
        for (int attempt = 0; attempt < 100; attempt++) {
            String printed = launcher.printed().substring(from);
            if (printed.contains(awaited)) {
                Thread.sleep(200);
                return launcher.printed().substring(from);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Never printed " + awaited + ":\n" + launcher.printed().substring(from));
    }

    /** A draft of a project of this test's own, its first indicator scored {@code score} of a weight of 30. */
    private static Map<String, Object> draft(String unitId, String score) {
        return Map.of("fiscalYear", 2024, "projectName", "日志检查专用项目", "competentDepartmentId", "AT-GOV",
                "implementingUnitId", unitId, "amountUnit", "YUAN",
                "indicators", List.of(Map.of("level1", "产出指标", "level2", "数量指标", "name", "次数",
                        "target", "=1次", "weight", "30", "actual", "1次", "score", score)));
    }

    /** The level of a log line; any other line as it is. */
    private static String level(String line) {
        var matcher = LOG_LINE.matcher(line);
        return matcher.matches() ? matcher.group(1) : line;
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }
}

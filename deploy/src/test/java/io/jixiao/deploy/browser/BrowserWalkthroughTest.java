package io.jixiao.deploy.browser;

import com.fasterxml.jackson.databind.JsonNode;
import io.jixiao.command.organization.OrganizationBootstrap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser cycle in Debian's headless Chromium against the whole system: a filler fills and submits an
 * Anting 2024 form, the department approver returns it with a reason, the filler amends (asked for a reason) and
 * resubmits, the chain approves, the auditor finds the amendment in the history; a second window shows AT-GOV's
 * dashboard and follows the amendment live. Also: an editor with unsaved figures is told, not overwritten, when the
 * form changed elsewhere. Screenshots of every page go to target/screenshots.
 */
// Closed after this class: contexts left open to the end of the run must all shut down within surefire's 30 s.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jixiao.demo=false", "jixiao.organization-file=" + OrganizationBootstrap.DEMO_ORGANIZATION_FILE,
                "jixiao.deadlines.2024=2999-03-31"})
class BrowserWalkthroughTest {
    private static final String SECURITY = "信息化项目运维(信息安全三级等保)";
    private static final String MEDIATORS = "其他专项工作经费(司法调解员费)";
    private static final String RETURN_REASON = "当年财政拨款全年执行数与年度资金总额不符，请核对";
    private static final String AMENDMENT_REASON = "按退回意见更正当年财政拨款全年执行数";
    private static final String SOURCES_DO_NOT_ADD_UP = "全年执行数各资金来源合计";
    private static final By EXECUTED_TOTAL = By.cssSelector("input[data-field='executed'][data-source='total']");
    private static final By EXECUTED_APPROPRIATION =
            By.cssSelector("input[data-field='executed'][data-source='currentYearAppropriation']");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private static Screenshots screenshots;

    @LocalServerPort
    int port;
    @Autowired
    WebTestClient client;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        var dir = Files.createTempDirectory("jixiao-browser");
        registry.add("jixiao.data-dir", dir::toString);
    }

    @BeforeAll
    static void emptyScreenshotFolder() throws IOException {
        screenshots = Screenshots.freshIn(Path.of("target", "screenshots"));
    }

    @Test
    void aFormGoesRoundTheReviewCycleInTheBrowserWhileTheDashboardFollowsLive() throws Exception {
        OverHttp http = new OverHttp(client);
        String filler = http.login("at-center-filler");
        String id = http.draftFromFixture(filler, SECURITY);
        http.awaitForm(filler, id, "version 1", f -> f.path("version").asLong() == 1);

        try (Browser desk = Browser.open("desk", origin(), screenshots);
             Browser wall = Browser.open("wall", origin(), screenshots)) {
            playing(List.of(desk, wall), () -> {
                int changesBefore = openDashboard(wall);
                fillAndSubmit(desk, http, filler, id);
                act(desk, http, id, "at-center-reviewer", "approve", "同意", underReview("DEPARTMENT"));
                act(desk, http, id, "at-gov-approver", "return", RETURN_REASON, status("RETURNED"));
                amendAndResubmit(desk, http, filler, id, wall, changesBefore);
                act(desk, http, id, "at-center-reviewer", "approve", "已按意见更正", underReview("DEPARTMENT"));
                act(desk, http, id, "at-gov-approver", "approve", "同意", underReview("FINANCE"));
                JsonNode approved = act(desk, http, id, "jd-finance", "approve", "复核通过", status("APPROVED"));
                audit(desk, id, approved.path("version").asLong());
                for (Browser browser : List.of(desk, wall)) {
                    assertThat(browser.foreignResources()).as(browser.name() + ": files from elsewhere").isEmpty();
                    assertThat(browser.consoleErrors()).as(browser.name() + ": script errors")
                            .noneMatch(message -> message.contains("Uncaught"));
                }
            });
        }
    }

    @Test
    void anEditorWithUnsavedFiguresIsToldThatTheFormChangedElsewhere() throws Exception {
        OverHttp http = new OverHttp(client);
        String filler = http.login("at-center-filler");
        String id = http.draftFromFixture(filler, MEDIATORS);
        JsonNode draft = http.awaitForm(filler, id, "version 1", f -> f.path("version").asLong() == 1);
        String satisfaction = OverHttp.indicatorId(draft, "部门满意度");

        try (Browser desk = Browser.open("conflict", origin(), screenshots)) {
            playing(List.of(desk), () -> {
                desk.signIn("at-center-filler", "login");
                desk.go("form/" + id);
                desk.awaitText(By.id("total-score"), "100.00");

                // Told live: the form's stream brings the other change while a figure is typed and not saved.
                desk.type(EXECUTED_TOTAL, "30.00");
                desk.awaitText(By.id("execution-rate"), "90.99");
                long second = http.putActual(filler, id, satisfaction, "96.00(%)", 1);
                desk.visible(By.id("conflict-banner"));
                assertThat(desk.visible(By.id("save")).isEnabled()).as("save offered over the other change").isFalse();
                desk.shot("told-live");
                reloadAfterConflict(desk, satisfaction, "96.00(%)", second);

                // Told by the 409: with the stream blocked in the browser, saving on the old version is refused.
                desk.blockRequests("*/stream*");
                desk.reloadPage();
                desk.awaitText(By.id("form-version"), version(second));
                desk.type(EXECUTED_TOTAL, "31.00");
                desk.awaitText(By.id("execution-rate"), "94.02");
                long third = http.putActual(filler, id, satisfaction, "97.00(%)", second);
                http.awaitForm(filler, id, "the third version", f -> f.path("version").asLong() == third);
                desk.click(By.id("save"));
                desk.visible(By.id("conflict-banner"));
                desk.until("the save answered 409", d -> desk.responseStatuses("/funds/total").contains(409L));
                desk.shot("refused-409");
                reloadAfterConflict(desk, satisfaction, "97.00(%)", third);

                JsonNode kept = http.awaitForm(filler, id, "nothing overwritten", f -> true);
                assertThat(kept.path("version").asLong()).isEqualTo(third);
                assertThat(kept.at("/funds/total/executed").asText()).isEqualTo("32.97");
            });
        }
    }

    @Test
    void aPersonGivenAPasswordByTheAdministratorChoosesTheirOwnBeforeAnythingElse() throws Exception {
        OverHttp http = new OverHttp(client);
        http.addFiller(http.login("jd-admin"), "at-center-newcomer", "handed-over-1");

        try (Browser desk = Browser.open("password", origin(), screenshots)) {
            playing(List.of(desk), () -> {
                desk.signIn("at-center-newcomer", "handed-over-1", "newcomer-login");
                desk.until("taken to the password page", d -> d.getCurrentUrl().endsWith("#/password"));
                desk.visible(By.id("password-required"));
                desk.go("work");
                desk.until("sent back to the password page", d -> d.getCurrentUrl().endsWith("#/password"));

                desk.type(By.id("current-password"), "not-my-password");
                desk.type(By.id("new-password"), "my-own-password-1");
                desk.type(By.id("repeat-password"), "my-own-password-1");
                desk.click(By.id("change-password"));
                desk.awaitText(By.id("password-error"), "当前密码错误");
                desk.shot("wrong-current-password");

                desk.type(By.id("current-password"), "handed-over-1");
                desk.click(By.id("change-password"));
                desk.until("at work after the change", d -> d.getCurrentUrl().endsWith("#/work"));
                desk.visible(By.id("change-password-link"));
                desk.shot("password-changed");
                assertThat(desk.consoleErrors()).noneMatch(message -> message.contains("Uncaught"));

                // the change ended the sign-in that asked for it: the page carries on with the fresh one it got
                String kept = (String) desk.script("return sessionStorage.getItem('jixiao.token')");
                assertThat(http.statusOf(kept, "/api/evaluations")).isEqualTo(200);
                desk.click(By.id("sign-out"));
                desk.until("signed out", d -> d.getCurrentUrl().endsWith("#/login"));
                assertThat(http.statusOf(kept, "/api/evaluations")).as("signing out ends the token on the server too")
                        .isEqualTo(401);
            });
        }
        assertThat(http.login("at-center-newcomer", "my-own-password-1")).isNotBlank();
    }

    /** Reload drops the unsaved figure and shows the other person's change. */
    private static void reloadAfterConflict(Browser desk, String indicatorId, String theirActual, long theirVersion) {
        desk.click(By.id("reload"));
        By actual = By.cssSelector("input[data-field='actual'][data-indicator='" + indicatorId + "']");
        desk.until("the other change after reloading", d -> theirActual.equals(d.findElement(actual)
                .getDomProperty("value")) && d.findElements(By.id("conflict-banner")).isEmpty());
        desk.awaitText(By.id("form-version"), version(theirVersion));
        assertThat(desk.value(EXECUTED_TOTAL)).isEqualTo("32.97");
        desk.shot("reloaded-version-" + theirVersion);
    }

    /** The second window: AT-GOV's dashboard for 2024, as the department approver keeps it open. */
    private static int openDashboard(Browser wall) {
        wall.signIn("at-gov-approver", "login");
        wall.go("dashboard");
        wall.choose(By.id("dashboard-unit"), "AT-GOV");
        wall.choose(By.id("dashboard-year"), "2024");
        wall.until("the status chart drawn", d -> !d.findElements(By.cssSelector("#chart-status canvas, #chart-status svg"))
                .isEmpty());
        int changes = Integer.parseInt(wall.awaitText(By.id("changes-after-submission"), NUMBER).replaceAll("\\D", ""));
        // A reload would lose this: finding it again later proves the figures arrived by the live stream.
        wall.script("window.jixiaoStillTheSamePage = true");
        wall.shot("dashboard");
        return changes;
    }

    private static void fillAndSubmit(Browser desk, OverHttp http, String filler, String id) {
        desk.signIn("at-center-filler", "filler-login");
        openFromMyWork(desk, id, "filler-work");
        desk.awaitText(By.id("total-score"), "97.21");
        desk.awaitText(By.id("grade"), "优");
        desk.awaitText(By.id("execution-rate"), "92.13");
        desk.shot("filler-form");

        // A slip of the finger first: total and grade follow every figure as it is typed, before anything is saved.
        desk.type(EXECUTED_TOTAL, "5.00");
        desk.awaitText(By.id("execution-rate"), "18.55");
        desk.awaitText(By.id("budget-score"), "1.86");
        desk.awaitText(By.id("total-score"), "89.86");
        desk.awaitText(By.id("grade"), "良");
        desk.scrollTo(By.id("total-score"));
        desk.shot("filler-form-typing");
        desk.type(EXECUTED_TOTAL, "26.95");
        desk.awaitText(By.id("execution-rate"), "100.00");
        desk.awaitText(By.id("budget-score"), "10.00");
        desk.awaitText(By.id("total-score"), "98.00");
        desk.awaitText(By.id("grade"), "优");
        desk.click(By.id("save"));
        JsonNode saved = http.awaitForm(filler, id, "the executed total saved",
                f -> f.at("/funds/total/executed").asText().equals("26.95"));
        desk.awaitText(By.id("form-version"), version(saved.path("version").asLong()));
        // The appropriation row still says 24.83: the check stands in the executed total's cell until it is answered.
        desk.until("the sources check beside the executed total", d -> d.findElement(EXECUTED_TOTAL)
                .findElements(By.xpath("ancestor::td[1]//*[contains(concat(' ', @class, ' '), ' check ')]")).stream()
                .anyMatch(check -> check.isDisplayed() && check.getText().contains(SOURCES_DO_NOT_ADD_UP)));
        desk.shot("filler-saved");

        desk.click(By.id("submit"));
        desk.answerDialog("comment-dialog", "comment", "comment-ok", "请审核", "filler-submit-comment");
        JsonNode submitted = http.awaitForm(filler, id, "under unit review", underReview("UNIT"));
        desk.awaitText(By.id("form-version"), version(submitted.path("version").asLong()));
        desk.shot("filler-submitted");
    }

    private static void amendAndResubmit(Browser desk, OverHttp http, String filler, String id, Browser wall,
                                         int changesBefore) {
        desk.signIn("at-center-filler", "filler-login-again");
        openFromMyWork(desk, id, "filler-work-returned");
        desk.awaitText(By.id("form-status"), "退回");
        desk.type(EXECUTED_APPROPRIATION, "26.95");
        desk.click(By.id("save"));
        // Submitted once already: every change now needs a reason, and the page asks for it.
        desk.answerDialog("reason-dialog", "reason", "reason-ok", AMENDMENT_REASON, "filler-reason-asked");
        JsonNode amended = http.awaitForm(filler, id, "the appropriation amended",
                f -> f.at("/funds/currentYearAppropriation/executed").asText().equals("26.95"));
        desk.awaitText(By.id("form-version"), version(amended.path("version").asLong()));
        desk.until("the sources check answered", d -> d.findElements(By.cssSelector(".check")).stream()
                .noneMatch(check -> check.getText().contains(SOURCES_DO_NOT_ADD_UP)));
        desk.shot("filler-amended");

        wall.until("changes after submission rising above " + changesBefore + " without a reload", d -> {
            String shown = d.findElement(By.id("changes-after-submission")).getText().replaceAll("\\D", "");
            return !shown.isEmpty() && Integer.parseInt(shown) > changesBefore;
        });
        assertThat(wall.script("return window.jixiaoStillTheSamePage === true")).as("the dashboard was reloaded")
                .isEqualTo(true);
        wall.shot("dashboard-live");

        desk.click(By.id("submit"));
        desk.answerDialog("comment-dialog", "comment", "comment-ok", "已按退回意见更正，请重新审核", null);
        JsonNode resubmitted = http.awaitForm(filler, id, "under unit review again", underReview("UNIT"));
        desk.awaitText(By.id("form-version"), version(resubmitted.path("version").asLong()));
        desk.shot("filler-resubmitted");
    }

    /** A reviewer signs in, finds the form in their work and approves or returns it with a comment. */
    private static JsonNode act(Browser desk, OverHttp http, String id, String reviewer, String action,
                                String comment, Predicate<JsonNode> after) {
        desk.signIn(reviewer, reviewer + "-login");
        openFromMyWork(desk, id, reviewer + "-work");
        desk.click(By.id(action));
        desk.answerDialog("comment-dialog", "comment", "comment-ok", comment,
                action.equals("return") ? reviewer + "-return-reason" : null);
        JsonNode form = http.awaitForm(http.login(reviewer), id, reviewer + " " + action, after);
        desk.awaitText(By.id("form-version"), version(form.path("version").asLong()));
        desk.shot(reviewer + "-" + action);
        return form;
    }

    /** The auditor searches the changes made after submission, then reads the form's history and moves in time. */
    private static void audit(Browser desk, String id, long lastVersion) {
        desk.signIn("jd-auditor", "auditor-login");
        desk.go("audit");
        desk.choose(By.id("audit-unit"), "AT-CENTER");
        desk.choose(By.id("audit-year"), "2024");
        if (!desk.visible(By.id("audit-after-submission")).isSelected()) {
            desk.click(By.id("audit-after-submission"));
        }
        desk.click(By.id("audit-search"));
        desk.awaitText(By.id("audit-results"), AMENDMENT_REASON);
        desk.shot("auditor-search");

        desk.go("forms");
        desk.choose(By.id("forms-year"), "2024");
        desk.choose(By.id("forms-unit"), "AT-CENTER");
        By row = By.cssSelector("#forms-list tr[data-evaluation-id='" + id + "']");
        desk.awaitText(row, SECURITY);
        desk.shot("auditor-forms");
        desk.click(By.cssSelector("#forms-list tr[data-evaluation-id='" + id + "'] a.open-form"));
        desk.awaitText(By.id("total-score"), "98.00");
        desk.shot("auditor-form");
        desk.click(By.id("open-history"));
        desk.until("the history page", d -> d.getCurrentUrl().endsWith("#/history/" + id));
        desk.until("the amendment in the timeline with its figures and reason",
                d -> d.findElements(By.cssSelector("#timeline li[data-version]")).stream().map(WebElement::getText)
                        .anyMatch(t -> t.contains(AMENDMENT_REASON) && t.contains("24.83") && t.contains("26.95")));
        desk.awaitText(By.id("timeline"), RETURN_REASON);
        desk.shot("auditor-history");

        WebElement slider = desk.visible(By.id("version-slider"));
        slider.sendKeys(Keys.HOME);
        desk.awaitText(By.id("version-total-score"), "97.21");
        desk.shot("auditor-history-version-1");
        slider.sendKeys(Keys.END);
        desk.awaitText(By.id("version-total-score"), "98.00");
        desk.shot("auditor-history-version-" + lastVersion);

        desk.choose(By.id("diff-from"), "1");
        desk.choose(By.id("diff-to"), String.valueOf(lastVersion));
        desk.click(By.id("diff-show"));
        desk.awaitText(By.id("diff"), "26.95");
        desk.shot("auditor-diff");
    }

    /** Signing in lands on my work: the form is found there, not reached by its address. */
    private static void openFromMyWork(Browser desk, String id, String step) {
        By row = By.cssSelector("#work-list tr[data-evaluation-id='" + id + "']");
        desk.awaitText(row, SECURITY);
        desk.shot(step);
        desk.click(By.cssSelector("#work-list tr[data-evaluation-id='" + id + "'] a.open-form"));
        desk.until("the form editor", d -> d.getCurrentUrl().endsWith("#/form/" + id));
        desk.visible(By.id("form-version"));
    }

    private String origin() {
        return "http://localhost:" + port;
    }

    private static Pattern version(long version) {
        return Pattern.compile("(^|\\D)" + version + "(\\D|$)");
    }

    private static Predicate<JsonNode> status(String status) {
        return f -> f.path("status").asText().equals(status);
    }

    private static Predicate<JsonNode> underReview(String level) {
        return f -> f.path("status").asText().equals("UNDER_REVIEW") && f.path("reviewLevel").asText().equals(level);
    }

    interface Scene {
        void play() throws Exception;
    }

    /** Runs the scene; if it fails, every window is photographed and described, console included, in the error. */
    private static void playing(List<Browser> browsers, Scene scene) throws Exception {
        try {
            scene.play();
        } catch (Throwable failure) {
            for (Browser browser : browsers) {
                try {
                    browser.shot("FAILED");
                    failure.addSuppressed(new AssertionError("Window " + browser.describe() + "\nConsole: "
                            + String.join("\n", browser.console())));
                } catch (RuntimeException windowGone) {
                    failure.addSuppressed(windowGone);
                }
            }
            throw failure;
        }
    }
}

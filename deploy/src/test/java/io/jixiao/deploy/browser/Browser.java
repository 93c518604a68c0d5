package io.jixiao.deploy.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One Chromium window on the app, used as a person would: keyboard and clicks on the elements of the UI contract,
 * every wait an explicit one on what the page shows. Each page it reaches is photographed by step name.
 */
final class Browser implements AutoCloseable {
    /** Two cores in CI, a JIT still warming up and a read model that catches up asynchronously: be patient. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final String name;
    private final ChromeDriver driver;
    private final Path profile;
    private final String origin;
    private final Screenshots screenshots;
    private final WebDriverWait wait;
    private final List<String> console = new ArrayList<>();

    private Browser(String name, Chromium.Started started, String origin, Screenshots screenshots) {
        this.name = name;
        this.driver = started.driver();
        this.profile = started.profile();
        this.origin = origin;
        this.screenshots = screenshots;
        // Pages re-render whole sections as figures arrive: an element found a moment ago may be gone; look again.
        this.wait = new WebDriverWait(driver, PATIENCE, Duration.ofMillis(100));
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    static Browser open(String name, String origin, Screenshots screenshots) throws IOException {
        Browser browser = new Browser(name, Chromium.start(name), origin, screenshots);
        browser.driver.get(origin + "/#/login");
        return browser;
    }

    String name() {
        return name;
    }

    /** Signs out whoever is signed in, then signs {@code username} in through the login page. */
    void signIn(String username, String step) {
        signIn(username, "jixiao-demo", step);
    }

    /** As {@link #signIn(String, String)}, with this password. */
    void signIn(String username, String password, String step) {
        if (driver.findElements(By.id("sign-out")).isEmpty()) {
            go("login");
        } else {
            click(By.id("sign-out"));
        }
        wait.until(d -> d.getCurrentUrl().endsWith("#/login") && d.findElements(By.id("sign-out")).isEmpty());
        type(By.id("username"), username);
        type(By.id("password"), password);
        shot(step);
        click(By.id("sign-in"));
        wait.until(d -> !d.getCurrentUrl().endsWith("#/login") && !d.findElements(By.id("sign-out")).isEmpty());
    }

    /** Goes to a hash route as a link would: the page is not reloaded. */
    void go(String route) {
        driver.get(origin + "/#/" + route);
    }

    /** Opens another page of the app by its path, as typed into the address bar. */
    void visit(String path) {
        driver.get(origin + path);
    }

    /** Makes the browser refuse requests to matching addresses ('*' matches anything), as a broken network would. */
    void blockRequests(String... patterns) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of(patterns)));
    }

    /** The browser's reload button: the page starts again, the tab's session stays. */
    void reloadPage() {
        driver.navigate().refresh();
    }

    /** Scrolls the element to the middle of the window, as a person would to look at it. */
    void scrollTo(By what) {
        inSight(visible(what));
    }

    /**
     * In the middle of the window: WebDriver scrolls a target only to the window's edge, where the editor's sticky
     * toolbar covers it.
     */
    private WebElement inSight(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        return element;
    }

    WebElement visible(By what) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(what));
    }

    void click(By what) {
        inSight(wait.until(ExpectedConditions.elementToBeClickable(what))).click();
    }

    /** Replaces the field's content as a person does (select all, type) and leaves it with Tab. */
    void type(By what, String text) {
        WebElement field = inSight(wait.until(ExpectedConditions.elementToBeClickable(what)));
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }

    void choose(By select, String value) {
        WebElement element = visible(select);
        wait.until(d -> new Select(element).getOptions().stream().anyMatch(o -> value.equals(o.getDomAttribute("value"))));
        new Select(element).selectByValue(value);
    }

    String value(By what) {
        return visible(what).getDomProperty("value");
    }

    /** Waits until the element's visible text contains {@code expected}, and answers the whole text. */
    String awaitText(By what, String expected) {
        return awaitText(what, Pattern.compile(Pattern.quote(expected)));
    }

    String awaitText(By what, Pattern expected) {
        try {
            return wait.until(d -> {
                List<WebElement> found = d.findElements(what);
                String text = found.isEmpty() ? null : found.get(0).getText();
                return text != null && expected.matcher(text).find() ? text : null;
            });
        } catch (RuntimeException e) {
            List<WebElement> found = driver.findElements(what);
            throw new AssertionError(name + ": " + what + " never showed " + expected + "; it shows "
                    + (found.isEmpty() ? "nothing (absent)" : "'" + found.get(0).getText() + "'"), e);
        }
    }

    <T> T until(String what, Function<WebDriver, T> condition) {
        try {
            return wait.until(condition);
        } catch (RuntimeException e) {
            throw new AssertionError(name + " never showed " + what, e);
        }
    }

    /**
     * Fills the dialog's text and confirms it: the comment, return reason or amendment reason prompts. The open
     * dialog is photographed as {@code step} unless that is null.
     */
    void answerDialog(String dialogId, String fieldId, String okId, String text, String step) {
        until("dialog#" + dialogId + " open", d -> d.findElement(By.id(dialogId)).getDomAttribute("open") != null);
        type(By.id(fieldId), text);
        if (step != null) {
            shot(step);
        }
        click(By.id(okId));
        until("dialog#" + dialogId + " closed", d -> d.findElements(By.id(dialogId)).stream()
                .allMatch(dialog -> dialog.getDomAttribute("open") == null));
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Every resource this document fetched that did not come from the app's own origin. */
    List<String> foreignResources() {
        @SuppressWarnings("unchecked")
        List<String> urls = (List<String>) script(
                "return performance.getEntriesByType('resource').map(e => e.name)");
        return urls.stream().filter(url -> !url.startsWith(origin + "/")).toList();
    }

    /** The HTTP statuses of this document's requests whose address ends with {@code pathEnd}, in order. */
    List<Long> responseStatuses(String pathEnd) {
        @SuppressWarnings("unchecked")
        List<Long> statuses = (List<Long>) script("return performance.getEntriesByType('resource')"
                + ".filter(e => new URL(e.name).pathname.endsWith(arguments[0])).map(e => e.responseStatus)", pathEnd);
        return statuses;
    }

    /** The console's errors since the last call (and all messages kept for a report). */
    List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            console.add(entry.getLevel() + " " + entry.getMessage());
            if (entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    List<String> console() {
        consoleErrors();
        return List.copyOf(console);
    }

    void shot(String step) {
        screenshots.save(name + "-" + step, driver.getScreenshotAs(OutputType.BYTES));
    }

    /** What a failure report needs: where the page was and what it showed. */
    String describe() {
        try {
            return name + " at " + driver.getCurrentUrl() + "\n" + driver.findElement(By.tagName("body")).getText();
        } catch (RuntimeException e) {
            return name + ": " + e;
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            Chromium.forget(profile);
        }
    }
}

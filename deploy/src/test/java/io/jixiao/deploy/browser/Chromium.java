package io.jixiao.deploy.browser;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.manager.SeleniumManager;
import org.openqa.selenium.remote.service.DriverFinder;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Debian's Chromium driven by Debian's ChromeDriver, both named by path so that Selenium Manager (which would
 * otherwise look up and download a browser and a driver) is never asked: every start proves it from Selenium's own
 * log, and fails otherwise.
 */
final class Chromium {
    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    /** The flags, exactly; the profile is a fresh temporary directory per browser. */
    static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");
    static final Dimension WINDOW = new Dimension(1366, 768);
    /**
     * Written into the fresh profile, not given as flags: even with the flags above, Chromium asks Google's password
     * leak check and autofill servers about a page with a sign-in form. (It still looks up its account, update and
     * search engine hosts at start; offline those lookups fail and nothing connects. Stopping them would take flags
     * beyond the list.)
     */
    static final Map<String, Object> QUIET_PROFILE = Map.of(
            "credentials_enable_service", false,
            "profile.password_manager_enabled", false,
            "profile.password_manager_leak_detection", false,
            "autofill.profile_enabled", false,
            "autofill.credit_card_enabled", false);

    // JUL keeps loggers only weakly: hold them, or the level and the handler vanish with a garbage collection.
    private static final Logger DRIVER_FINDER = Logger.getLogger(DriverFinder.class.getName());
    private static final Logger SELENIUM_MANAGER = Logger.getLogger(SeleniumManager.class.getName());
    // Selenium looks for a DevTools binding matching the browser's version at every start and warns when it has none;
    // these tests use none (the one DevTools command they send goes through ChromeDriver), so the warning is noise.
    private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");
    private static final Logger CHROMIUM_DRIVER = Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver");
    private static final List<String> FINDER_SAID = new ArrayList<>();
    private static final List<String> MANAGER_SAID = new ArrayList<>();

    static {
        CDP_VERSION_FINDER.setLevel(Level.SEVERE);
        CHROMIUM_DRIVER.setLevel(Level.SEVERE);
        listen(DRIVER_FINDER, FINDER_SAID);
        listen(SELENIUM_MANAGER, MANAGER_SAID);
    }

    private Chromium() {
    }

    record Started(ChromeDriver driver, Path profile) {
    }

    /** A browser for the window called {@code name}; its driver's log, for a failure's post-mortem, is named so. */
    static Started start(String name) throws IOException {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("The browser tests need Debian's Chromium and its driver at " + BROWSER
                    + " and " + DRIVER + ": run .ci/run, or apt-get install chromium chromium-driver");
        }
        Path profile = Files.createTempDirectory("jixiao-chromium-");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(new File("target/chromedriver-" + name + ".log"))
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", QUIET_PROFILE);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        synchronized (FINDER_SAID) {
            FINDER_SAID.clear();
            MANAGER_SAID.clear();
        }
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            forget(profile);
            throw e;
        }
        try {
            seleniumManagerWasNeverAsked();
            driver.manage().window().setSize(WINDOW);
        } catch (RuntimeException | AssertionError e) {
            driver.quit();
            forget(profile);
            throw e;
        }
        return new Started(driver, profile);
    }

    /** Removes a profile once its browser has quit. */
    static void forget(Path profile) {
        // Chromium's helper processes may still be flushing the profile as they exit: removing it is best effort.
        try (Stream<Path> files = Files.walk(profile)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException leftBehind) {
            profile.toFile().deleteOnExit();
        }
    }

    /** What Selenium itself logged while finding the driver: it took ours and never ran Selenium Manager. */
    private static void seleniumManagerWasNeverAsked() {
        synchronized (FINDER_SAID) {
            boolean skipped = FINDER_SAID.stream().anyMatch(m -> m.startsWith("Skipping Selenium Manager")
                    && namesDriver(m, DRIVER));
            if (!skipped || !MANAGER_SAID.isEmpty()) {
                throw new AssertionError("Selenium Manager was consulted: driver finder said " + FINDER_SAID
                        + ", Selenium Manager said " + MANAGER_SAID);
            }
        }
    }

    /**
     * Whether Selenium's message names our driver, by the file it really is: Debian's chromium-driver installs
     * /usr/bin/chromedriver as a symlink, and Selenium may log either the link or its target.
     */
    static boolean namesDriver(String message, Path driver) {
        Path ours = realPath(driver);
        int from = message.indexOf('/');
        if (from < 0) {
            return false;
        }
        String named = message.substring(from).trim();
        int end = named.indexOf(' ');
        if (end > 0) {
            named = named.substring(0, end);
        }
        return realPath(Path.of(named)).equals(ours);
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException missing) {
            return path.toAbsolutePath().normalize();
        }
    }

    private static void listen(Logger logger, List<String> said) {
        logger.setLevel(Level.ALL);
        logger.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                synchronized (FINDER_SAID) {
                    said.add(record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }
}

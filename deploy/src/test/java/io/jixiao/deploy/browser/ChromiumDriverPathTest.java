package io.jixiao.deploy.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Selenium may name the driver by its link or by the file behind it: both are ours, nothing else is. */
class ChromiumDriverPathTest {

    @Test
    void theLinkAndItsTargetAreTheSameDriver(@TempDir Path dir) throws IOException {
        Path target = Files.createDirectories(dir.resolve("lib/chromium")).resolve("chromedriver");
        Files.writeString(target, "#!/bin/sh\n");
        Path link = Files.createSymbolicLink(Files.createDirectories(dir.resolve("bin")).resolve("chromedriver"),
                target);
        String said = "Skipping Selenium Manager, path to chromedriver specified in Service class: ";

        assertThat(Chromium.namesDriver(said + target, link)).isTrue();
        assertThat(Chromium.namesDriver(said + link, link)).isTrue();
        assertThat(Chromium.namesDriver(said + link + " (resolved)", target)).isTrue();
        assertThat(Chromium.namesDriver(said + dir.resolve("elsewhere/chromedriver"), link)).isFalse();
        assertThat(Chromium.namesDriver("Skipping Selenium Manager", link)).isFalse();
    }
}

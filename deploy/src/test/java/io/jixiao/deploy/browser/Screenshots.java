package io.jixiao.deploy.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** PNG files in deploy/target/screenshots, numbered in the order the pages were seen across all windows. */
final class Screenshots {
    private final Path directory;
    private int taken;

    private Screenshots(Path directory) {
        this.directory = directory;
    }

    /** Starts with an empty directory, so that every file there is from this run. */
    static Screenshots freshIn(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            try (var old = Files.newDirectoryStream(directory, "*.png")) {
                for (Path file : old) {
                    Files.delete(file);
                }
            }
        }
        return new Screenshots(directory);
    }

    synchronized void save(String step, byte[] png) {
        Path file = directory.resolve(String.format("%02d-%s.png", ++taken, step));
        try {
            Files.createDirectories(directory);
            Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

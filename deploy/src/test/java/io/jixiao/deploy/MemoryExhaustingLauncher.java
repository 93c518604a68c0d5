package io.jixiao.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The launcher, plus a thread that, once the file {@value #TRIGGER} appears in the data directory, allocates
 * until the heap is exhausted: a real {@link OutOfMemoryError} in a background thread, as a poison upload or a
 * leak would cause it. Only {@link FatalErrorExitTest} starts it.
 */
public final class MemoryExhaustingLauncher {
    static final String TRIGGER = "exhaust-memory-now";

    private MemoryExhaustingLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(java.util.Arrays.stream(args).filter(a -> a.startsWith("--jixiao.data-dir="))
                .findFirst().orElseThrow().substring("--jixiao.data-dir=".length()));
        Thread hog = new Thread(() -> {
            try {
                while (!Files.exists(dataDir.resolve(TRIGGER))) {
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                return;
            }
            List<long[]> held = new ArrayList<>();
            while (true) {
                held.add(new long[1 << 20]);
            }
        }, "memory-hog");
        hog.setDaemon(true);
        hog.start();
        JixiaoApplication.main(args);
    }
}

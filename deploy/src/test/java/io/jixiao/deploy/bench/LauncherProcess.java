package io.jixiao.deploy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.jixiao.deploy.JixiaoApplication;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The all-in-one launcher in its own JVM ({@code java -jar jixiao.jar}, or its main class on this JVM's class path
 * when no jar is given, as in the test suite), with the heap given, and what the harness reads of it from outside:
 * resident memory from {@code /proc/<pid>/status}, the heap from its metrics endpoint, and the port of its embedded
 * MongoDB server (from {@code /proc}) for the raw driver's figures.
 */
final class LauncherProcess implements AutoCloseable {
    final Process process;
    final int port;
    final Path log;
    final String heap;
    private volatile long peakHeapBytes;
    private volatile long peakRssKb;
    private final Thread sampler;
    private volatile BenchHttp http;
    private volatile String admin;

    private LauncherProcess(Process process, int port, Path log, String heap) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.heap = heap;
        this.sampler = new Thread(this::sampleMemory, "memory-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    static LauncherProcess start(Path jar, Path dataDir, String heap, List<String> arguments) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (!"default".equals(heap)) {
            command.add("-Xmx" + heap);
        }
        if (jar != null) {
            command.addAll(List.of("-jar", jar.toString()));
        } else {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), JixiaoApplication.class.getName()));
        }
        command.addAll(List.of("--server.port=" + port, "--jixiao.data-dir=" + dataDir));
        command.addAll(arguments);
        Path log = dataDir.resolve("launcher.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new LauncherProcess(process, port, log, heap);
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** From now on the heap is also sampled from the metrics endpoint, as this administrator. */
    void watchHeap(BenchHttp http, String admin) {
        this.http = http;
        this.admin = admin;
    }

    private void sampleMemory() {
        while (process.isAlive()) {
            try {
                peakRssKb = Math.max(peakRssKb, statusKb("VmHWM"));
                BenchHttp h = http;
                if (h != null) {
                    JsonNode used = h.json(admin, "/actuator/metrics/jvm.memory.used?tag=area:heap");
                    peakHeapBytes = Math.max(peakHeapBytes, used.path("measurements").get(0).path("value").asLong());
                }
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                // not up yet, or going down
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    long statusKb(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    long peakHeapMegabytes() {
        return peakHeapBytes / (1024 * 1024);
    }

    long peakRssMegabytes() {
        return Math.max(peakRssKb, statusKb("VmHWM")) / 1024;
    }

    /** The loopback port the launcher listens on besides its HTTP port: its embedded MongoDB server. */
    int embeddedMongoPort() throws IOException {
        Set<String> inodes = new HashSet<>();
        try (var fds = Files.list(Path.of("/proc", String.valueOf(process.pid()), "fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException gone) {
                    // closed meanwhile
                }
            }
        }
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.exists(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file)) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 9 && "0A".equals(f[3]) && inodes.contains(f[9])) {
                    int listening = Integer.parseInt(f[1].substring(f[1].indexOf(':') + 1), 16);
                    if (listening != port) {
                        return listening;
                    }
                }
            }
        }
        throw new IllegalStateException("The launcher's embedded MongoDB port was not found in /proc");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        sampler.interrupt();
    }

    boolean alive() {
        return process.isAlive();
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

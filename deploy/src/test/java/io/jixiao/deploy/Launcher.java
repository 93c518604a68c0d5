package io.jixiao.deploy;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The real launcher in its own JVM, as {@code java -jar} runs it, with its console output kept in a file. */
final class Launcher implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final String base;
    final Path output;
    private final Process process;

    private Launcher(String base, Path output, Process process) {
        this.base = base;
        this.output = output;
        this.process = process;
    }

    /** Started with {@code arguments} on a free port and its own data directory; returns once it answers UP. */
    static Launcher start(Path dataDir, String... arguments) throws IOException, InterruptedException {
        return start(JixiaoApplication.class, dataDir, arguments);
    }

    /** As {@link #start(Path, String...)} with another main class (one that wraps the launcher's). */
    static Launcher start(Class<?> mainClass, Path dataDir, String... arguments)
            throws IOException, InterruptedException {
        int port = freePort();
        Path output = dataDir.resolve("launcher-" + Instant.now().toEpochMilli() + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                mainClass.getName(), "--server.port=" + port, "--jixiao.data-dir=" + dataDir));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        Launcher launcher = new Launcher("http://127.0.0.1:" + port, output, process);
        launcher.awaitHealthy();
        return launcher;
    }

    /** Everything the launcher has printed so far. */
    String printed() throws IOException {
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    String login(String username) throws IOException, InterruptedException {
        HttpResponse<String> answer = send(null, "POST", "/api/auth/token",
                Map.of("username", username, "password", "jixiao-demo"));
        return Api.JSON.readTree(answer.body()).path("token").asText();
    }

    HttpResponse<String> send(String token, String method, String path, Object body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(Api.JSON.writeValueAsBytes(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> answer) throws IOException {
        return Api.JSON.readTree(answer.body());
    }

    private void awaitHealthy() throws InterruptedException, IOException {
        Instant deadline = Instant.now().plusSeconds(300);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("The launcher exited early:\n" + printed());
            }
            try {
                HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // the port is not open yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The launcher did not become healthy within 300 s; see " + output);
    }

    /** The exit status once the process ended by itself within {@code wait}, else null. */
    Integer exitStatus(Duration wait) throws InterruptedException {
        return process.waitFor(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS) ? process.exitValue() : null;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

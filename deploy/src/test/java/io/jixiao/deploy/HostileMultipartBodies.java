package io.jixiao.deploy;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.LongSupplier;

/**
 * Issue 11 item 7: broken multipart bodies sent to the import, as a client that never read RFC 7578 (or one that
 * wants to see what breaks) sends them. Each must be answered 400 with the error body naming the problem, in
 * English and Chinese, and store no job.
 */
final class HostileMultipartBodies {
    private static final String BOUNDARY = "jixiao-fuzz-boundary";
    private static final byte[] FILE = "{\"amountUnit\":\"YUAN\",\"evaluations\":[]}".getBytes(StandardCharsets.UTF_8);

    record Case(String name, String contentType, byte[] body, int status) {
        Case(String name, String contentType, byte[] body) {
            this(name, contentType, body, 400);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String token;
    private final LongSupplier storedJobs;

    HostileMultipartBodies(String base, String token, LongSupplier storedJobs) {
        this.base = base;
        this.token = token;
        this.storedJobs = storedJobs;
    }

    static List<Case> cases(long seed) {
        String multipart = "multipart/form-data; boundary=" + BOUNDARY;
        byte[] garbage = new byte[4096];
        new Random(seed).nextBytes(garbage);
        byte[] whole = filePart("file", "filename=\"a.json\"", FILE, true);
        return List.of(
                new Case("no boundary in the Content-Type", "multipart/form-data", whole),
                new Case("another boundary in the Content-Type than in the body",
                        "multipart/form-data; boundary=somethingElse", whole),
                // not multipart/form-data as Spring reads media types: 415 with the type to send
                new Case("an empty boundary", "multipart/form-data; boundary=", whole, 415),
                new Case("the closing boundary missing", multipart,
                        filePart("file", "filename=\"a.json\"", FILE, false)),
                new Case("cut off inside the part's headers", multipart,
                        ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filen")
                                .getBytes(StandardCharsets.UTF_8)),
                new Case("no file part", multipart, filePart("comment", "", FILE, true)),
                new Case("the file sent as a plain field", multipart, filePart("file", "", FILE, true)),
                new Case("a part without a name", multipart,
                        ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; filename=\"a.json\"\r\n\r\n"
                                + new String(FILE, StandardCharsets.UTF_8) + "\r\n--" + BOUNDARY + "--\r\n")
                                .getBytes(StandardCharsets.UTF_8)),
                new Case("a part without headers", multipart,
                        ("--" + BOUNDARY + "\r\n\r\n" + new String(FILE, StandardCharsets.UTF_8) + "\r\n--"
                                + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8)),
                new Case("an empty file", multipart, filePart("file", "filename=\"a.json\"", new byte[0], true)),
                new Case("an empty body", multipart, new byte[0]),
                new Case("random bytes", multipart, garbage),
                new Case("random bytes after a boundary", multipart, concat(("--" + BOUNDARY + "\r\n")
                        .getBytes(StandardCharsets.UTF_8), garbage)));
    }

    /** Every case answered other than 400 with a bilingual error body, or storing a job. */
    List<String> run(long seed) throws IOException, InterruptedException {
        List<String> failures = new ArrayList<>();
        for (Case hostile : cases(seed)) {
            long jobsBefore = storedJobs.getAsLong();
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/imports"))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", hostile.contentType())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(hostile.body())).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body = readJson(answer.body());
            boolean explained = body != null && !body.path("code").asText().isBlank()
                    && !body.path("message").asText().isBlank() && !body.path("messageZh").asText().isBlank();
            if (answer.statusCode() != hostile.status() || !explained || storedJobs.getAsLong() != jobsBefore) {
                failures.add(hostile.name() + ": " + answer.statusCode() + " " + answer.body()
                        + (storedJobs.getAsLong() != jobsBefore ? " (a job was stored)" : ""));
            } else {
                System.out.printf("Multipart %s: %d %s %s%n", hostile.name(), answer.statusCode(), body.path("code").asText(),
                        body.path("message").asText());
            }
        }
        return failures;
    }

    private static byte[] filePart(String name, String fileName, byte[] content, boolean closed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName.isEmpty() ? "" : "; " + fileName) + "\r\nContent-Type: application/json\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        if (closed) {
            out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }

    private static JsonNode readJson(String text) {
        try {
            return Api.JSON.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }
}

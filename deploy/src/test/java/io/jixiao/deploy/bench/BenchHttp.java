package io.jixiao.deploy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** HTTP as the harness's users send it: JSON in and out, a bearer token per person, signed in once each. */
final class BenchHttp {
    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    final String base;

    BenchHttp(String base) {
        this.base = base;
    }

    String token(String personId) {
        return tokens.computeIfAbsent(personId, id -> {
            try {
                HttpResponse<String> answer = send(null, "POST", "/api/auth/token",
                        Map.of("username", id, "password", DistrictOrganization.PASSWORD));
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException("sign-in of " + id + " answered " + answer.statusCode() + " "
                            + answer.body());
                }
                return JSON.readTree(answer.body()).path("token").asText();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    HttpResponse<String> as(String personId, String method, String path, Object body)
            throws IOException, InterruptedException {
        return send(token(personId), method, path, body);
    }

    JsonNode json(String personId, String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = as(personId, "GET", path, null);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + answer.statusCode() + " " + answer.body());
        }
        return JSON.readTree(answer.body());
    }

    HttpResponse<String> send(String token, String method, String path, Object body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart upload of one file in the field {@code file}. */
    HttpResponse<String> upload(String personId, String path, String fileName, byte[] content)
            throws IOException, InterruptedException {
        String boundary = "bench" + UUID.randomUUID().toString().replace("-", "");
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(300))
                .header("Authorization", "Bearer " + token(personId))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    boolean healthy() {
        try {
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("UP");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

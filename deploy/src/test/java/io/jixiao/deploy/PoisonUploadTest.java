package io.jixiao.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.jixiao.command.organization.OrganizationBootstrap;
import io.jixiao.kernel.forms.OfficialLayout;
import org.junit.jupiter.api.Test;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
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
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11 item 1, as the attacker did it: a filler's 18 MB .xlsx of 2 million number cells (about 70 MB of sheet
 * XML, well inside POI's zip-bomb ratio) uploaded to the launcher in its own JVM with {@code -Xmx512m}. While the
 * job runs every other request keeps answering (a list, a query, a command, health); the job ends refused with a
 * reason; stopped and started again on the same data, the process is healthy and the job is not taken up again.
 */
class PoisonUploadTest {
    private static final int ROWS = 20_000;
    private static final int COLUMNS = 100;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aPoisonWorkbookIsRefusedWhileEverythingElseKeepsAnsweringAndARestartDoesNotTakeItUp() throws Exception {
        Path dataDir = Files.createTempDirectory("jixiao-poison");
        Path poison = dataDir.resolve("poison.xlsx");
        long xmlBytes = writePoison(poison);
        System.out.printf("Poison: %,d number cells, %,d bytes of sheet XML in a %,d-byte .xlsx%n",
                (long) ROWS * COLUMNS, xmlBytes, Files.size(poison));
        String[] arguments = {"--jixiao.demo=false",
                "--jixiao.organization-file=" + OrganizationBootstrap.DEMO_ORGANIZATION_FILE,
                "--jixiao.imports.resume-after=PT2S"};
        String jobId;
        JsonNode finished;
        String draftId;
        try (Launcher launcher = Launcher.start(dataDir, arguments)) {
            String filler = launcher.login("at-center-filler");
            HttpResponse<String> upload = upload(launcher, filler, poison);
            assertThat(upload.statusCode()).as(upload.body()).isEqualTo(202);
            jobId = Launcher.json(upload).path("jobId").asText();

            TreeMap<String, Integer> answered = new TreeMap<>();
            List<String> failures = new ArrayList<>();
            var draft = Api.fixtureDraft("anting-2024.json", "信息化项目运维(信息安全三级等保)", "AT-GOV", "AT-CENTER");
            HttpResponse<String> created = launcher.send(filler, "POST", "/api/evaluations", draft);
            check(failures, answered, "command: draft a form", created, 201);
            draftId = Launcher.json(created).path("evaluationId").asText();
            Instant deadline = Instant.now().plusSeconds(90);
            JsonNode job = null;
            while (Instant.now().isBefore(deadline)) {
                check(failures, answered, "list forms", launcher.send(filler, "GET",
                        "/api/evaluations?fiscalYear=2024&unitId=AT-CENTER", null), 200);
                check(failures, answered, "query: the organization",
                        launcher.send(filler, "GET", "/api/organization", null), 200);
                check(failures, answered, "health", launcher.send(null, "GET", "/actuator/health", null), 200);
                job = Launcher.json(launcher.send(filler, "GET", "/api/imports/" + jobId, null));
                if (List.of("DONE", "FAILED").contains(job.path("status").asText())) {
                    break;
                }
                Thread.sleep(300);
            }
            check(failures, answered, "command after the upload: the draft's goals",
                    launcher.send(filler, "PUT", "/api/evaluations/" + draftId + "/goals",
                            java.util.Map.of("expected", "继续运维", "expectedVersion", 1)), 200);
            System.out.printf("While the poison was read: %s%n", answered);
            finished = job;
            System.out.printf("The job: %s%n", job);
            assertThat(failures).as("requests that did not answer as they should while the poison was read").isEmpty();
            assertThat(job).isNotNull();
            assertRefusedWithAReason(job);
        }

        try (Launcher again = Launcher.start(dataDir, arguments)) {
            Thread.sleep(5_000); // more than resume-after
            String filler = again.login("at-center-filler");
            JsonNode job = Launcher.json(again.send(filler, "GET", "/api/imports/" + jobId, null));
            HttpResponse<String> form = again.send(filler, "GET", "/api/evaluations/" + draftId, null);
            System.out.printf("After a restart: healthy; the job %s (attempts %d); the draft answers %d%n",
                    job.path("status").asText(), job.path("attempts").asInt(), form.statusCode());
            assertThat(job.path("status").asText()).isEqualTo(finished.path("status").asText());
            assertThat(job.path("attempts").asInt()).as("not started again").isEqualTo(finished.path("attempts").asInt());
            assertThat(job.path("finishedAt").asText()).isEqualTo(finished.path("finishedAt").asText());
            assertThat(form.statusCode()).isEqualTo(200);
            assertThat(again.printed()).doesNotContain("Resuming import job " + jobId);
        }
        System.out.println("Verdict: the poison upload was refused, the installation kept serving, and a restart"
                + " is healthy without taking the job up again.");
    }

    /** Failed with the reason, in English and Chinese: the limit the file went over; nothing of it created. */
    private static void assertRefusedWithAReason(JsonNode job) {
        assertThat(job.path("status").asText()).isEqualTo("FAILED");
        assertThat(job.path("failure").asText()).contains("jixiao.imports.xlsx.max-cells-per-sheet");
        assertThat(job.path("failureZh").asText()).isNotBlank();
        assertThat(job.path("created")).isEmpty();
    }

    private static void check(List<String> failures, TreeMap<String, Integer> answered, String what,
                              HttpResponse<String> answer, int expected) {
        answered.merge(what + " " + answer.statusCode(), 1, Integer::sum);
        if (answer.statusCode() != expected) {
            failures.add(what + ": " + answer.statusCode() + " " + answer.body());
        }
    }

    private static HttpResponse<String> upload(Launcher launcher, String token, Path file)
            throws IOException, InterruptedException {
        String boundary = "poison-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"poison.xlsx\""
                + "\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(Files.readAllBytes(file));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(launcher.base + "/api/imports"))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A minimal workbook whose one sheet holds a form's title and {@code ROWS x COLUMNS} random numbers below it;
     * returns the size of the sheet's XML.
     */
    private static long writePoison(Path file) throws IOException {
        Random random = new Random(11);
        long[] xml = {0};
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" "
                    + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension="
                    + "\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override "
                    + "PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://"
                    + "schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
                    + "schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\""
                    + "xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://"
                    + "schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats"
                    + ".org/officeDocument/2006/relationships\"><sheets><sheet name=\"填充\" sheetId=\"1\" r:id=\"rId1\"/>"
                    + "</sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                    + "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\""
                    + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                    + "Target=\"worksheets/sheet1.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            OutputStream counting = new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    zip.write(b);
                    xml[0]++;
                }

                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    zip.write(bytes, offset, length);
                    xml[0] += length;
                }
            };
            Writer sheet = new OutputStreamWriter(new BufferedOutputStream(counting, 1 << 16), StandardCharsets.UTF_8);
            sheet.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats"
                    + ".org/spreadsheetml/2006/main\"><sheetData>");
            // under a form's title, so the reader takes the sheet for a form and reads on
            sheet.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + OfficialLayout.TITLE
                    + "</t></is></c></row>");
            for (int row = 2; row <= ROWS + 1; row++) {
                sheet.write("<row r=\"" + row + "\">");
                for (int column = 0; column < COLUMNS; column++) {
                    sheet.write("<c r=\"" + columnName(column) + row + "\"><v>" + random.nextInt(10_000_000) + "</v></c>");
                }
                sheet.write("</row>");
            }
            sheet.write("</sheetData></worksheet>");
            sheet.flush();
            zip.closeEntry();
        }
        return xml[0];
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String columnName(int index) {
        return index < 26 ? String.valueOf((char) ('A' + index))
                : String.valueOf((char) ('A' + index / 26 - 1)) + (char) ('A' + index % 26);
    }
}

package io.jixiao.deploy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jixiao.command.imports.ImportJobs;
import io.jixiao.command.organization.OrganizationBootstrap;
import io.jixiao.platform.organization.OrganizationDirectory;
import io.jixiao.deploy.JixiaoApplication;
import io.jixiao.kernel.organization.Actor;
import io.jixiao.kernel.organization.Person;
import org.bson.Document;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A bulk import of thousands of forms as one job, on the embedded store: prints forms per second while it runs and
 * at the end, and the heap used. Not a test; run as BENCHMARKS.md says, e.g. with 2000 forms.
 */
public final class BulkImportBenchmark {
    private BulkImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int forms = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path dataDir = Files.createTempDirectory("jixiao-bulk");
        ObjectMapper json = new ObjectMapper();
        JsonNode fixture;
        try (InputStream in = BulkImportBenchmark.class.getResourceAsStream("/demo/fixtures/anting-2024.json")) {
            fixture = json.readTree(in);
        }
        ObjectNode file = json.createObjectNode().put("amountUnit", fixture.path("amountUnit").asText());
        ArrayNode evaluations = file.putArray("evaluations");
        for (int i = 0; i < forms; i++) {
            ObjectNode form = fixture.path("evaluations").get(i % 10).deepCopy();
            form.put("projectName", form.path("projectName").asText() + " 第" + (i / 10 + 1) + "批");
            form.put("fiscalYear", 2015 + i % 10);
            evaluations.add(form);
        }
        byte[] content = json.writeValueAsBytes(file);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(JixiaoApplication.class)
                .run("--server.port=0", "--jixiao.demo=false",
                        "--jixiao.organization-file=" + OrganizationBootstrap.DEMO_ORGANIZATION_FILE,
                        "--jixiao.data-dir=" + dataDir,
                        "--logging.level.root=WARN")) {
            Person admin = context.getBean(OrganizationDirectory.class).current().person("jd-admin").orElseThrow();
            Actor actor = new Actor(admin.id(), admin.name(), admin.unitId(), admin.roles());
            ImportJobs jobs = context.getBean(ImportJobs.class);
            long start = System.nanoTime();
            String jobId = jobs.start(actor, "bulk.json", content);
            Document job;
            do {
                Thread.sleep(2000);
                job = jobs.find(jobId).orElseThrow();
                System.out.printf("%s %d/%s forms, %.1f forms/s%n", job.getString("status"), job.getInteger("done"),
                        job.get("total"), job.get("rate") == null ? 0.0 : ((Number) job.get("rate")).doubleValue());
            } while (!"DONE".equals(job.getString("status")) && !"FAILED".equals(job.getString("status")));
            double seconds = (System.nanoTime() - start) / 1e9;
            Runtime runtime = Runtime.getRuntime();
            System.out.printf("bulk import: %d forms (%d KB file) in %.1f s = %.1f forms/s; created %d, refused %d; "
                            + "heap used %d MB%n", forms, content.length / 1024, seconds, forms / seconds,
                    job.getList("created", String.class).size(), job.getList("refused", Document.class).size(),
                    (runtime.totalMemory() - runtime.freeMemory()) / 1024 / 1024);
        }
        // Axon's janitor thread is not a daemon and would keep the harness alive after the context closed
        System.exit(0);
    }
}

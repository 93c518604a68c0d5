package io.jixiao.deploy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.evaluation.EvaluationFold;
import io.jixiao.kernel.evaluation.DraftEvaluationCommand;
import io.jixiao.kernel.organization.Person;
import io.jixiao.kernel.organization.Role;
import io.jixiao.query.exports.ExportedForm;
import io.jixiao.query.exports.OfficialWorkbook;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Excel imports through {@code POST /api/imports}: workbooks in the official layout (one sheet per form and the
 * summary sheet, as the unit-year export writes them, {@link OfficialWorkbook}) of forms generated like the
 * district's, for fiscal years the store does not hold yet: one unit's year, imported by its filler, and the
 * district's year, imported by the bureau's administrator. Each job is followed until it is done.
 */
final class ImportRate {
    record Result(String what, int forms, int created, double seconds, int bytes) {
        double formsPerMinute() {
            return created * 60 / seconds;
        }
    }

    private ImportRate() {
    }

    /** A workbook of {@code count} forms of {@code year}, over the units from {@code firstUnit} on. */
    static byte[] workbook(DistrictGenerator generator, String title, int year, List<String> units, int count,
                           long seed) {
        DistrictOrganization district = generator.district();
        List<ExportedForm> forms = new ArrayList<>();
        try (AggregateRunner runner = new AggregateRunner(district.organization())) {
            for (int f = 0; f < count; f++) {
                String unit = units.get(f % units.size());
                int unitIndex = district.implementingUnits().indexOf(unit);
                DraftEvaluationCommand plan = generator.plan(unit, unitIndex, f / units.size(), year,
                        new Random(seed + f));
                runner.send(plan, Instant.now());
                List<EvaluationEvent> events = runner.forget(plan.evaluationId()).stream()
                        .map(e -> (EvaluationEvent) e.getPayload()).toList();
                forms.add(new ExportedForm(EvaluationFold.replay(events), district.unitName(
                        plan.competentDepartmentId()), district.unitName(unit)));
            }
            runner.drain();
        }
        return OfficialWorkbook.unitYear(title, year, forms);
    }

    static Result run(BenchHttp http, String importer, String what, byte[] workbook, int forms) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> answer = http.upload(importer, "/api/imports", "bench-" + forms + ".xlsx", workbook);
        if (answer.statusCode() != 202) {
            throw new IllegalStateException("import answered " + answer.statusCode() + " " + answer.body());
        }
        String job = BenchHttp.JSON.readTree(answer.body()).path("jobId").asText();
        JsonNode status;
        do {
            Thread.sleep(200);
            status = http.json(importer, "/api/imports/" + job);
        } while (!"DONE".equals(status.path("status").asText()) && !"FAILED".equals(status.path("status").asText()));
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!"DONE".equals(status.path("status").asText())) {
            throw new IllegalStateException("import job failed: " + status);
        }
        return new Result(what, forms, status.path("created").size(), seconds, workbook.length);
    }

    static Person fillerOf(DistrictOrganization district, String unit) {
        return district.holders(unit, Role.FILLER).get(0);
    }
}

package io.jixiao.deploy.bench;

import io.jixiao.kernel.evaluation.EvaluationState;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Latency of each query kind over HTTP with the scale loaded, one request after another as a district auditor
 * (who sees everything): the bureau's and a department's dashboard, year over year of a department and of one
 * project, the audit search of the district (page of 50, all years and one year), a form's history, and a form at a
 * random earlier version (time travel, replayed from the event store). Forms are drawn from the generated ones.
 */
final class QueryLatencies {
    private QueryLatencies() {
    }

    static Map<String, Percentiles> measure(BenchHttp http, String auditor, DistrictGenerator generator, int samples,
                                            long seed) throws Exception {
        Random random = new Random(seed);
        List<EvaluationState> forms = new ArrayList<>(generator.forms().values());
        List<String> departments = generator.district().organization().units().stream()
                .filter(u -> DistrictOrganization.BUREAU.equals(u.parentId())).map(u -> u.id()).toList();
        int first = generator.firstYear();
        int latest = DistrictGenerator.LATEST_YEAR;
        Map<String, IntFunction<String>> queries = new LinkedHashMap<>();
        queries.put("dashboard", i -> i % 2 == 0 ? "/api/dashboards/units/" + DistrictOrganization.BUREAU
                + "?fiscalYear=" + latest : "/api/dashboards/units/" + departments.get(random.nextInt(
                departments.size())) + "?fiscalYear=" + (first + random.nextInt(latest - first + 1)));
        queries.put("comparison", i -> {
            EvaluationState form = forms.get(random.nextInt(forms.size()));
            return i % 2 == 0 ? "/api/comparisons/units/" + form.competentDepartmentId() + "?fromYear=" + first
                    + "&toYear=" + latest : "/api/comparisons/projects?unitId=" + form.implementingUnitId()
                    + "&projectCode=" + form.projectCode();
        });
        queries.put("audit search", i -> "/api/audit/changes?unitId=" + DistrictOrganization.BUREAU + "&size=50"
                + (i % 2 == 0 ? "" : "&fiscalYear=" + (first + random.nextInt(latest - first + 1))));
        queries.put("history", i -> "/api/evaluations/" + forms.get(random.nextInt(forms.size())).evaluationId()
                + "/history");
        queries.put("time travel", i -> {
            EvaluationState form = forms.get(random.nextInt(forms.size()));
            return "/api/evaluations/" + form.evaluationId() + "?version=" + (1 + random.nextInt((int) form.version()));
        });
        Map<String, Percentiles> results = new LinkedHashMap<>();
        for (Map.Entry<String, IntFunction<String>> query : queries.entrySet()) {
            for (int warm = 0; warm < Math.min(5, samples); warm++) {
                http.as(auditor, "GET", query.getValue().apply(warm), null);
            }
            List<Long> latencies = new ArrayList<>();
            for (int i = 0; i < samples; i++) {
                String path = query.getValue().apply(i);
                long start = System.nanoTime();
                HttpResponse<String> answer = http.as(auditor, "GET", path, null);
                latencies.add(System.nanoTime() - start);
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException(path + " answered " + answer.statusCode() + " " + answer.body());
                }
            }
            results.put(query.getKey(), new Percentiles(latencies));
        }
        return results;
    }
}

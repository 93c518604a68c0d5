package io.jixiao.deploy.bench;

import java.util.List;
import java.util.Locale;

/**
 * How big a generated district is and how long each measurement runs.
 *
 * @param departments        competent departments under the finance bureau (each also implements projects)
 * @param unitsPerDepartment implementing units under each department
 * @param years              fiscal years of history
 * @param formsPerYear       forms drafted per fiscal year, spread over every unit that implements projects
 * @param users              concurrent HTTP users of each command-throughput run (distinct fillers)
 * @param loadSeconds        length of each command-throughput run
 * @param burstSeconds       length of the sustained burst during which freshness and lag are sampled
 * @param querySamples       requests per query kind for the query latencies
 */
public record BenchScale(String name, int departments, int unitsPerDepartment, int years, int formsPerYear,
                         List<Integer> users, int loadSeconds, int burstSeconds, int querySamples) {

    public static BenchScale named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "tiny" -> new BenchScale("tiny", 2, 2, 1, 8, List.of(4, 8), 3, 4, 20);
            case "district" -> new BenchScale("district", 30, 6, 5, 2_000, List.of(50, 200), 30, 120, 200);
            case "province" -> new BenchScale("province", 40, 9, 5, 4_000, List.of(50, 200), 30, 120, 200);
            default -> throw new IllegalArgumentException("Unknown scale " + name + " (tiny, district, province)");
        };
    }

    public BenchScale withFormsPerYear(int forms) {
        return new BenchScale(name + "/" + forms + "x" + years, departments, unitsPerDepartment, years, forms, users,
                loadSeconds, burstSeconds, querySamples);
    }

    public BenchScale withYears(int y) {
        return new BenchScale(name, departments, unitsPerDepartment, y, formsPerYear, users, loadSeconds,
                burstSeconds, querySamples);
    }

    public BenchScale withUsers(List<Integer> u) {
        return new BenchScale(name, departments, unitsPerDepartment, years, formsPerYear, u, loadSeconds,
                burstSeconds, querySamples);
    }

    public BenchScale withLoadSeconds(int seconds) {
        return new BenchScale(name, departments, unitsPerDepartment, years, formsPerYear, users, seconds,
                burstSeconds, querySamples);
    }

    public BenchScale withBurstSeconds(int seconds) {
        return new BenchScale(name, departments, unitsPerDepartment, years, formsPerYear, users, loadSeconds,
                seconds, querySamples);
    }

    /** The implementing units: every department and every unit below one. */
    public int implementingUnits() {
        return departments * (1 + unitsPerDepartment);
    }
}

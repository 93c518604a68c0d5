package io.jixiao.deploy.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Latencies in nanoseconds, reported in milliseconds. */
final class Percentiles {
    private final List<Long> sorted;

    Percentiles(Collection<Long> nanos) {
        this.sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
    }

    int count() {
        return sorted.size();
    }

    double ms(double percentile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }

    String p50p99() {
        return String.format("p50 %.1f ms, p99 %.1f ms (n=%d)", ms(50), ms(99), count());
    }
}

package io.jixiao.query.dashboard;

import java.util.Collection;
import java.util.List;

/** A number of forms and the forms behind it, so a screen can open them. */
public record FormSet(int count, List<String> evaluationIds) {
    public FormSet {
        evaluationIds = List.copyOf(evaluationIds);
    }

    public static FormSet of(Collection<DashboardRow> rows) {
        return new FormSet(rows.size(), rows.stream().map(DashboardRow::evaluationId).toList());
    }
}

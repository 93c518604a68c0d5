package io.jixiao.query.history;

import com.mongodb.client.model.Indexes;
import org.bson.conversions.Bson;

import java.util.List;

/**
 * The compound indexes of the compact change keys on a real MongoDB, and which one serves a search: its leading
 * keys are the search's equality filters, followed by the sort key (time, newest first), so the server reads the
 * page in order from the index instead of sorting. The embedded server ignores secondary indexes and hints.
 */
final class AuditIndexes {
    /** An index by the name searches hint at, and its keys. */
    record Index(String name, List<String> equalities, Bson keys) {
    }

    static final Index UNIT_TIME = index("unit_time", FigureChangeKeys.UNIT);
    static final Index UNIT_YEAR_TIME = index("unit_year_time", FigureChangeKeys.UNIT, FigureChangeKeys.YEAR);
    static final Index UNIT_SUBMISSION_TIME = index("unit_submission_time", FigureChangeKeys.UNIT,
            FigureChangeKeys.AFTER_SUBMISSION);
    static final Index ACTOR_TIME = index("actor_time", FigureChangeKeys.ACTOR);
    static final List<Index> ALL = List.of(UNIT_TIME, UNIT_YEAR_TIME, UNIT_SUBMISSION_TIME, ACTOR_TIME);

    private AuditIndexes() {
    }

    /** An actor is the narrowest filter, then a year; the unit subtree is always there. */
    static Index serving(AuditQuery query) {
        if (query.actorId() != null) {
            return ACTOR_TIME;
        }
        if (query.fiscalYear() != null) {
            return UNIT_YEAR_TIME;
        }
        if (query.afterSubmission() != null || Boolean.TRUE.equals(query.afterApproval())) {
            return UNIT_SUBMISSION_TIME;
        }
        return UNIT_TIME;
    }

    private static Index index(String name, String... equalities) {
        return new Index(name, List.of(equalities), Indexes.compoundIndex(Indexes.ascending(equalities),
                Indexes.descending(FigureChangeKeys.TIME, FigureChangeKeys.ID)));
    }
}

package io.jixiao.query.history;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * The compact document a search scans, one per figure change: on the embedded server every search reads all of
 * them, so they hold only what the filters need, under one-letter names. The change itself is read by its _id.
 */
final class FigureChangeKeys {
    static final String ID = "_id";
    static final String UNIT = "u";
    static final String YEAR = "y";
    static final String ACTOR = "a";
    static final String TIME = "t";
    static final String AFTER_SUBMISSION = "s";
    static final String AFTER_APPROVAL = "p";
    static final Bson NEWEST_FIRST = Sorts.descending(TIME, ID);

    private FigureChangeKeys() {
    }

    static Document of(String id, String implementingUnitId, int fiscalYear, String actorId, Instant time,
                       boolean afterSubmission, boolean afterApproval) {
        return new Document(ID, id)
                .append(UNIT, implementingUnitId)
                .append(YEAR, fiscalYear)
                .append(ACTOR, actorId)
                .append(TIME, Date.from(time))
                .append(AFTER_SUBMISSION, afterSubmission)
                .append(AFTER_APPROVAL, afterApproval);
    }

    static Bson filter(AuditQuery query) {
        List<Bson> filters = new ArrayList<>();
        filters.add(Filters.in(UNIT, query.implementingUnitIds()));
        if (query.fiscalYear() != null) {
            filters.add(Filters.eq(YEAR, query.fiscalYear()));
        }
        if (query.actorId() != null) {
            filters.add(Filters.eq(ACTOR, query.actorId()));
        }
        if (query.from() != null) {
            filters.add(Filters.gte(TIME, Date.from(query.from())));
        }
        if (query.to() != null) {
            filters.add(Filters.lt(TIME, Date.from(query.to())));
        }
        if (query.afterSubmission() != null) {
            filters.add(Filters.eq(AFTER_SUBMISSION, query.afterSubmission()));
        } else if (Boolean.TRUE.equals(query.afterApproval())) {
            // Approval comes after submission: saying so lets the (unit, submission, time) index serve the search.
            filters.add(Filters.eq(AFTER_SUBMISSION, true));
        }
        if (query.afterApproval() != null) {
            filters.add(Filters.eq(AFTER_APPROVAL, query.afterApproval()));
        }
        return Filters.and(filters);
    }
}

package io.jixiao.query.evaluation;

import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.organization.Unit;
import org.bson.Document;

import java.util.List;
import java.util.Map;

/**
 * The form as answered. What a form takes from the organization (the names of its two units, who must act next) is
 * not stored with it but added when it is answered, from the organization as it is then: a unit renamed or moved
 * and a role granted or revoked count at once, without an event of the form, live and after a rebuild; and a stored
 * form is the same function of its events whenever it was projected, so a rebuild gives back the live document.
 */
final class AnsweredForm {
    static final String COMPETENT_DEPARTMENT_NAME = "competentDepartmentName";
    static final String IMPLEMENTING_UNIT_NAME = "implementingUnitName";
    private static final String COMPETENT_DEPARTMENT_ID = "competentDepartmentId";
    private static final String IMPLEMENTING_UNIT_ID = "implementingUnitId";
    /** Who must act next is answered right after the review level, where the form kept it when it was stored. */
    private static final String REVIEW_LEVEL = "reviewLevel";

    private AnsweredForm() {
    }

    /**
     * A stored form (or summary) as answered now. One stored before whom it awaits was kept (without
     * {@value NextActors#AWAITED}) answers the people it named when it was stored.
     */
    static Document of(Document stored, Organization now) {
        List<String> nextActors = stored.get(NextActors.AWAITED) instanceof Document awaited
                ? NextActors.among(awaited, now) : stored.getList(NextActors.NEXT_ACTORS, String.class);
        return with(stored, now, nextActors);
    }

    /** The form with the names of its units as the organization has them now and {@code nextActors}. */
    static Document with(Document form, Organization now, List<String> nextActors) {
        Document answered = new Document();
        boolean actorsPlaced = false;
        for (Map.Entry<String, Object> field : form.entrySet()) {
            String key = field.getKey();
            if (!derived(key)) {
                answered.append(key, field.getValue());
            }
            if (key.equals(COMPETENT_DEPARTMENT_ID)) {
                answered.append(COMPETENT_DEPARTMENT_NAME, name(field.getValue(), now));
            } else if (key.equals(IMPLEMENTING_UNIT_ID)) {
                answered.append(IMPLEMENTING_UNIT_NAME, name(field.getValue(), now));
            } else if (key.equals(REVIEW_LEVEL)) {
                answered.append(NextActors.NEXT_ACTORS, nextActors);
                actorsPlaced = true;
            }
        }
        if (!actorsPlaced) {
            answered.append(NextActors.NEXT_ACTORS, nextActors);
        }
        return answered;
    }

    /** Fields computed when answering; a form stored by an earlier release may still hold them, as they were. */
    private static boolean derived(String key) {
        return key.equals(COMPETENT_DEPARTMENT_NAME) || key.equals(IMPLEMENTING_UNIT_NAME)
                || key.equals(NextActors.NEXT_ACTORS) || key.equals(NextActors.AWAITED);
    }

    private static String name(Object unitId, Organization now) {
        return unitId instanceof String id ? now.unit(id).map(Unit::name).orElse(null) : null;
    }
}

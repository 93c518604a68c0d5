package io.jixiao.command.evaluation;

import io.jixiao.kernel.evaluation.EvaluationDraftedEvent;
import io.jixiao.kernel.evaluation.NormalizedNames;

import java.util.ArrayList;
import java.util.List;

/**
 * One thing by which a unit's form of a fiscal year is known: its project code, or its project name as
 * {@link NormalizedNames} compares it. A form holds both its keys (the name always, the code when it has one), so
 * a second form of the same unit and year may share neither: the same code, or the same name typed differently, is
 * the same project. Imported forms take their id from the normalized name, so two forms of one name could not both
 * come in through an import either.
 * <p>
 * Unit, year, name and code are fixed when the form is drafted (no command changes them, none deletes a form), so a
 * key, once its form is stored, is held for good. A command that renamed or deleted a form would have to move or
 * release its keys in the same unit of work.
 */
public record ProjectYearKey(String implementingUnitId, int fiscalYear, MatchedBy matchedBy, String value) {

    public enum MatchedBy {
        PROJECT_CODE("projectCode"),
        PROJECT_NAME("projectName");

        private final String field;

        MatchedBy(String field) {
            this.field = field;
        }

        /** The form's field the key is made of, as the API names it. */
        public String field() {
            return field;
        }
    }

    /** Unit ids are letters, digits, '-' and '_', so '|' cannot make two different keys look alike. */
    public String id() {
        return implementingUnitId + "|" + fiscalYear + "|" + matchedBy.field() + "|" + value;
    }

    /** The keys of a drafted form: its code first when it has one, then its name. */
    public static List<ProjectYearKey> of(EvaluationDraftedEvent drafted) {
        List<ProjectYearKey> keys = new ArrayList<>(2);
        String code = NormalizedNames.code(drafted.projectCode());
        if (code != null) {
            keys.add(new ProjectYearKey(drafted.implementingUnitId(), drafted.fiscalYear(), MatchedBy.PROJECT_CODE,
                    code));
        }
        String name = NormalizedNames.of(drafted.projectName());
        if (!name.isEmpty()) {
            keys.add(new ProjectYearKey(drafted.implementingUnitId(), drafted.fiscalYear(), MatchedBy.PROJECT_NAME,
                    name));
        }
        return keys;
    }
}

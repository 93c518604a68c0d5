package io.jixiao.kernel.evaluation;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Ids that follow from what a form is, so loading the same form twice finds the first one. */
public final class EvaluationIds {
    private EvaluationIds() {
    }

    /** The id of an imported form: one per fiscal year, implementing unit and project (by normalized name). */
    public static String imported(int fiscalYear, String implementingUnitId, String projectName) {
        String key = "import:" + fiscalYear + "|" + implementingUnitId + "|" + NormalizedNames.of(projectName);
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }
}

package io.jixiao.query.comparison;

import java.util.Collection;

/** How a form was found to be the project asked for. */
public enum MatchedBy {
    /** it carries the project code asked for */
    PROJECT_CODE,
    /** it has no project code (or none was asked for) and its normalized name is the project's */
    NORMALIZED_NAME,
    /** the answer holds forms of both kinds (a project that got its code in a later year) */
    PROJECT_CODE_AND_NORMALIZED_NAME;

    static MatchedBy overall(Collection<MatchedBy> each) {
        boolean byCode = each.contains(PROJECT_CODE);
        boolean byName = each.contains(NORMALIZED_NAME);
        return byCode && byName ? PROJECT_CODE_AND_NORMALIZED_NAME : byCode ? PROJECT_CODE : NORMALIZED_NAME;
    }
}

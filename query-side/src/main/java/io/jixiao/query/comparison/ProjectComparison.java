package io.jixiao.query.comparison;

import java.util.List;

/**
 * One project of an implementing unit across fiscal years: {@code years} one entry per form in year order (two
 * forms of one year both appear), {@code indicators} each indicator matched by normalized name.
 */
public record ProjectComparison(String unitId, String unitName, String projectCode, String projectName,
                                MatchedBy matchedBy, List<ProjectYear> years, List<IndicatorAcrossYears> indicators) {
}

package io.jixiao.query.dashboard;

/** The figures of one unit's own forms (those it implements), a line of a dashboard's breakdown. */
public record UnitFigures(String unitId, String unitName, String parentId, Figures figures) {
}

package io.jixiao.kernel.forms;

import io.jixiao.kernel.evaluation.AmountUnit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What an export knows about a form sheet that the printed form does not show, kept as one row of a hidden sheet so
 * that our own workbooks come back exactly: the ids behind the unit names, the project code, the scoring policy and
 * a {@link FormFingerprint} of the printed content. The unit names are kept with their ids so that a reader uses an
 * id only while the sheet still names the unit it was exported with.
 */
public record ExportFacts(String sheetName, String evaluationId, int fiscalYear, AmountUnit amountUnit,
                          String competentDepartmentId, String competentDepartmentName,
                          String implementingUnitId, String implementingUnitName,
                          String scoringPolicy, String projectCode, String fingerprint) {
    /** Hidden from people (not even listed under "Unhide"), read by our reader. */
    public static final String SHEET_NAME = "jixiao-facts";
    public static final List<String> COLUMNS = List.of("sheet", "evaluationId", "fiscalYear", "amountUnit",
            "competentDepartmentId", "competentDepartmentName", "implementingUnitId", "implementingUnitName",
            "scoringPolicy", "projectCode", "fingerprint");

    /** The row as written, in the order of {@link #COLUMNS}; a null is an empty cell. */
    public List<String> cells() {
        return Arrays.asList(sheetName, evaluationId, Integer.toString(fiscalYear),
                amountUnit == null ? null : amountUnit.name(), competentDepartmentId, competentDepartmentName,
                implementingUnitId, implementingUnitName, scoringPolicy, projectCode, fingerprint);
    }

    /** A row read back; empty when it is not one of ours (wrong width, no sheet name, a year that is no number). */
    public static Optional<ExportFacts> fromCells(List<String> row) {
        if (row.size() < COLUMNS.size()) {
            return Optional.empty();
        }
        List<String> cells = new ArrayList<>(row.subList(0, COLUMNS.size()));
        cells.replaceAll(cell -> cell == null || cell.isEmpty() ? null : cell);
        if (cells.get(0) == null) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(cells.get(2));
            AmountUnit unit = cells.get(3) == null ? null : AmountUnit.valueOf(cells.get(3));
            return Optional.of(new ExportFacts(cells.get(0), cells.get(1), year, unit, cells.get(4), cells.get(5),
                    cells.get(6), cells.get(7), cells.get(8), cells.get(9), cells.get(10)));
        } catch (IllegalArgumentException | NullPointerException notOurs) {
            return Optional.empty();
        }
    }
}

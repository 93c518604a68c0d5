package io.jixiao.command.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * What a file prints before its first form: a 项目支出汇总表 (not a form) listing the units and the project names.
 * Its names are printed in full where the forms' headers are often clipped, so they serve to recognise those.
 */
record SummaryTable(List<String> unitNames, List<String> projectNames) {

    SummaryTable {
        unitNames = List.copyOf(unitNames);
        projectNames = List.copyOf(projectNames);
    }

    /** The column under a 单位 heading and the one under a 项目名称 heading, each down to the next blank line. */
    static SummaryTable of(List<TextLine> preamble) {
        return new SummaryTable(column(preamble, "单位"), column(preamble, "项目名称"));
    }

    private static List<String> column(List<TextLine> lines, String heading) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            List<String> cells = lines.get(i).cells();
            int column = -1;
            for (int c = 0; c < cells.size(); c++) {
                if (OcrText.compact(cells.get(c)).equals(heading)) {
                    column = c;
                }
            }
            if (column < 0) {
                continue;
            }
            for (int j = i + 1; j < lines.size() && !lines.get(j).isBlank(); j++) {
                List<String> row = lines.get(j).cells();
                if (column < row.size() && OcrText.hasHan(row.get(column))) {
                    values.add(OcrText.compact(row.get(column)));
                }
            }
        }
        return values;
    }
}

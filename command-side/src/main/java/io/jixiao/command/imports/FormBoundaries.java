package io.jixiao.command.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts the text into forms. Every form has exactly one 年度资金总额 row; a form's header (title, year, 项目名称,
 * 主管部门, the funds header) sits above it, and the lines above the header belong to the form before (its 总分
 * and 评分等级 rows) or, above the first form, to the 项目支出汇总表, which is not a form.
 */
final class FormBoundaries {
    private static final Pattern LONE_GRADE = Pattern.compile("^[优良中差]$");
    private static final List<String> TAIL_WORDS = List.of("总分", "评分", "等级");

    private FormBoundaries() {
    }

    static List<FormBlock> find(List<TextLine> lines) {
        List<Integer> anchors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).mentions("年度资金总额")) {
                anchors.add(i);
            }
        }
        List<Integer> starts = new ArrayList<>();
        int previousAnchor = -1;
        for (int anchor : anchors) {
            int start = anchor;
            while (start - 1 > previousAnchor && !endsAForm(lines.get(start - 1))) {
                start--;
            }
            starts.add(start);
            previousAnchor = anchor;
        }
        List<FormBlock> blocks = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1) : lines.size();
            blocks.add(new FormBlock(k + 1, lines.subList(starts.get(k), end)));
        }
        return blocks;
    }

    /** The 总分 or 评分等级 row, a grade alone on its line, or any row of figures (an indicator, the summary table). */
    private static boolean endsAForm(TextLine line) {
        String compact = line.compact();
        if (TAIL_WORDS.stream().anyMatch(compact::contains) || LONE_GRADE.matcher(compact).matches()) {
            return true;
        }
        long figures = line.tokens().stream().filter(t -> OcrAmount.read(t).isNumber()).count();
        return figures >= 2;
    }
}

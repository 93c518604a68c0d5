package io.jixiao.command.imports;

import io.jixiao.kernel.evaluation.AmountUnit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads the text extracted from published 财政项目支出绩效自评表 (PDF text layers and OCR: tab-separated cells,
 * pages run together on one line, numbers broken by spaces, clipped and misread characters) into one reading per
 * form: the form as far as it could be read, and a problem for everything that could not be read without a guess,
 * each with the line of the text it was found on. A form with no problem is a clean draft.
 *
 * <p>Repairs are made only where the text allows one reading: OCR spaces and brackets in figures, a figure cut
 * short or split over two cells when the form's own arithmetic (sources adding up to the total, the printed
 * 执行率) leaves one value, stray characters in a unit or project name printed in full elsewhere in the same file
 * (the other forms, the 项目支出汇总表), the year and amount unit every other form of the file prints.
 */
public final class PublishedTextReader {

    private PublishedTextReader() {
    }

    public static List<FormReading> read(String text, String fileName) {
        // a byte order mark opens many saved text files; anywhere else it is a zero-width character
        List<TextLine> lines = TextLine.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        List<FormBlock> blocks = FormBoundaries.find(lines);
        if (blocks.isEmpty()) {
            Problems problems = new Problems(fileName);
            problems.add(null, null, "no 财政项目支出绩效自评表 was found (no 年度资金总额 row)",
                    "未找到财政项目支出绩效自评表(无年度资金总额行)");
            return List.of(new FormReading(fileName, null, problems.all()));
        }
        SummaryTable summary = SummaryTable.of(lines.subList(0, blocks.get(0).firstLine() - 1));
        UnitNames units = UnitNames.of(unitReadings(blocks, summary));
        ProjectNames projects = new ProjectNames(summary.projectNames());
        List<Problems> problems = new ArrayList<>();
        List<FormText> forms = new ArrayList<>();
        for (FormBlock block : blocks) {
            Problems found = new Problems(fileName + "#" + block.ordinal());
            problems.add(found);
            ForbiddenCharacters.inLines(block.lines(), found);
            forms.add(FormText.read(block, units, found));
        }
        Integer year = consensus(forms, h -> h.fiscalYear());
        AmountUnit unit = consensus(forms, h -> h.amountUnit());
        List<FormReading> readings = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            FormText form = forms.get(i);
            FormContent content = new FormResolver(form, problems.get(i), units, projects, year, unit).content();
            readings.add(new FormReading(fileName + "#" + form.block().ordinal(), content, problems.get(i).all()));
        }
        return readings;
    }

    /** The unit cells as printed on the forms laid out as tables, and the summary table's unit column. */
    private static List<String> unitReadings(List<FormBlock> blocks, SummaryTable summary) {
        List<String> readings = new ArrayList<>(summary.unitNames());
        for (FormBlock block : blocks) {
            int line = block.indexOf(l -> (l.mentions("主管") || l.mentions("部门")) && !l.isRunTogether(), 0);
            if (line < 0) {
                continue;
            }
            List<String> pieces = new ArrayList<>();
            int before = TabularHeader.unitPieces(block.lines().get(line), pieces);
            readings.add(String.join("", pieces.subList(0, before)));
            readings.add(String.join("", pieces.subList(before, pieces.size())));
        }
        return readings;
    }

    /** The value every form that prints one agrees on; null when none prints it or two disagree. */
    private static <T> T consensus(List<FormText> forms, Function<HeaderText, T> value) {
        List<T> printed = forms.stream().map(f -> value.apply(f.header())).filter(Objects::nonNull).distinct().toList();
        return printed.size() == 1 ? printed.get(0) : null;
    }
}

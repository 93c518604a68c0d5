package io.jixiao.command.imports;

import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.FundSource;
import io.jixiao.kernel.evaluation.Funds;
import io.jixiao.kernel.evaluation.Goals;
import io.jixiao.kernel.evaluation.IndicatorInput;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Turns one form's parts into its content, completing from the rest of the file only what the file settles (a
 * year or amount unit every other form prints, a name printed in full elsewhere) and reporting the rest.
 */
final class FormResolver {
    private final FormText form;
    private final Problems problems;
    private final UnitNames units;
    private final ProjectNames projects;
    private final Integer fileYear;
    private final AmountUnit fileUnit;

    FormResolver(FormText form, Problems problems, UnitNames units, ProjectNames projects, Integer fileYear,
                 AmountUnit fileUnit) {
        this.form = form;
        this.problems = problems;
        this.units = units;
        this.projects = projects;
        this.fileYear = fileYear;
        this.fileUnit = fileUnit;
    }

    FormContent content() {
        HeaderText header = form.header();
        int year = year(header);
        String projectName = projectName(header);
        UnitNames.UnitPair pair = units.split(header.unitPieces(), header.piecesBeforeLabel());
        String department = unit(pair.department(), "competentDepartment", "主管部门", header.unitLine());
        String implementing = unit(pair.implementing(), "implementingUnit", "实施单位", header.unitLine());
        AmountUnit amountUnit = amountUnit(header);
        Funds funds = FundsSolver.solve(form.funds(), form.fixedDecimals(), problems);
        Goals goals = GoalsReader.read(form.goalPieces(), form.goalCells(), form.goalLine(), problems);
        List<IndicatorInput> indicators = IndicatorAssembler.assemble(form.rows(),
                Levels.assign(form.rows().size(), form.marks()), problems);
        if (indicators.isEmpty()) {
            problems.add(form.block().firstTextLine(), "indicators", "no indicator row was read", "未读到任何绩效指标");
        }
        checkTotals(indicators);
        return new FormContent(year, projectName, null, null, department, null, implementing, amountUnit, funds,
                goals, indicators);
    }

    private int year(HeaderText header) {
        if (header.fiscalYear() != null) {
            return header.fiscalYear();
        }
        if (fileYear != null) {
            return fileYear;
        }
        problems.add(form.block().firstTextLine(), "fiscalYear", "the year (20xx年度) was not found",
                "未找到年度");
        return 0;
    }

    private String projectName(HeaderText header) {
        if (header.projectName() == null) {
            problems.add(form.block().firstTextLine(), "projectName", "项目名称 was not found", "未找到项目名称");
            return null;
        }
        NameReading name = projects.resolve(header.projectName());
        if (name.kind() == NameReading.Kind.UNREADABLE) {
            problems.add(header.projectLine(), "projectName", "项目名称: " + name.why(), "项目名称无法读取");
        }
        return name.value();
    }

    private String unit(NameReading name, String field, String label, Integer line) {
        if (line == null) {
            problems.add(form.block().firstTextLine(), field, label + " was not found", "未找到" + label);
            return null;
        }
        if (name.kind() == NameReading.Kind.UNREADABLE) {
            problems.add(line, field, label + ": " + name.why(), label + "无法读取");
        }
        return name.value();
    }

    private AmountUnit amountUnit(HeaderText header) {
        if (header.amountUnit() != null) {
            return header.amountUnit();
        }
        if (fileUnit != null) {
            return fileUnit;
        }
        problems.add(form.block().firstTextLine(), "amountUnit", "the amount unit (元 or 万元) of 项目资金 is not legible",
                "项目资金的金额单位(元或万元)无法识别");
        return null;
    }

    /** The 总分 row against the indicators' and budget execution's weights and scores: a row lost shows here. */
    private void checkTotals(List<IndicatorInput> indicators) {
        TabularIndicators.TotalLine total = form.total();
        FundsRow budget = form.funds().get(FundSource.TOTAL);
        if (total == null || budget == null || budget.weight() == null || budget.score() == null) {
            return;
        }
        compare(indicators.stream().map(IndicatorInput::weight).toList(), budget.weight().exact(), total.weight(),
                "分值", total.line());
        compare(indicators.stream().map(IndicatorInput::score).toList(), budget.score().exact(), total.score(),
                "得分", total.line());
    }

    private void compare(List<BigDecimal> figures, BigDecimal budget, BigDecimal printed, String what, int line) {
        if (budget == null || printed == null || figures.stream().anyMatch(Objects::isNull)) {
            return;
        }
        BigDecimal sum = figures.stream().reduce(budget, BigDecimal::add);
        if (sum.compareTo(printed) != 0) {
            problems.add(line, "indicators", "the " + what + " of budget execution and of the indicators add up to "
                    + sum.toPlainString() + ", but the 总分 row prints " + printed.toPlainString()
                    + "; a row is missing or a figure misread", what + "合计" + sum.toPlainString() + "与总分行"
                    + printed.toPlainString() + "不符,缺行或有数字识别错误");
        }
    }
}

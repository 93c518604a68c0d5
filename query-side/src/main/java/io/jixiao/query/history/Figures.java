package io.jixiao.query.history;

import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.evaluation.FundLine;
import io.jixiao.kernel.evaluation.FundSource;
import io.jixiao.kernel.evaluation.Indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The figures of a form in the order the printed form shows them, and which of them differ between two states.
 * Amounts are written in the form's own unit, so a change reads as the person typed it.
 */
public final class Figures {
    private Figures() {
    }

    public static Map<String, Figure> of(EvaluationState state) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        if (!state.exists()) {
            return figures;
        }
        AmountUnit unit = state.amountUnit();
        for (FundSource source : FundSource.values()) {
            FundLine line = state.funds().line(source);
            String path = "funds." + source.apiName() + ".";
            String label = "资金 " + source.label() + " ";
            amount(figures, path + "initialBudget", label + "年初预算数", line.initialBudget(), unit);
            amount(figures, path + "adjustedBudget", label + "全年预算数", line.adjustedBudget(), unit);
            amount(figures, path + "executed", label + "全年执行数", line.executed(), unit);
        }
        text(figures, "goals.expected", "年度总体目标 预期目标", state.goals().expected());
        text(figures, "goals.actual", "年度总体目标 实际完成情况", state.goals().actual());
        for (Indicator indicator : state.indicators()) {
            indicator(figures, indicator);
        }
        return figures;
    }

    /**
     * The figures that differ, in the order of {@code from} and then those only {@code to} has. A figure one side
     * lacks reads null there, so an indicator added with a blank actual value does not list that blank.
     */
    public static List<FigureChange> diff(EvaluationState from, EvaluationState to) {
        Map<String, Figure> before = of(from);
        Map<String, Figure> after = of(to);
        List<FigureChange> changes = new ArrayList<>();
        for (Figure old : before.values()) {
            Figure now = after.get(old.path());
            if (now == null ? old.value() != null : !same(old.value(), now.value())) {
                changes.add(new FigureChange(old.path(), old.label(), old.text(), now == null ? null : now.text()));
            }
        }
        for (Figure now : after.values()) {
            if (!before.containsKey(now.path()) && now.value() != null) {
                changes.add(new FigureChange(now.path(), now.label(), null, now.text()));
            }
        }
        return changes;
    }

    private static void indicator(Map<String, Figure> figures, Indicator indicator) {
        String path = "indicators." + indicator.indicatorId() + ".";
        String words = Stream.of(indicator.level1(), indicator.level2(),
                        indicator.name() == null ? indicator.indicatorId() : indicator.name())
                .filter(Objects::nonNull).collect(Collectors.joining("/"));
        String label = "指标 " + words + " ";
        text(figures, path + "level1", label + "一级指标", indicator.level1());
        text(figures, path + "level2", label + "二级指标", indicator.level2());
        text(figures, path + "name", label + "三级指标", indicator.name());
        text(figures, path + "target", label + "年度指标值", indicator.target());
        number(figures, path + "weight", label + "分值", indicator.weight(), Figures::weight);
        text(figures, path + "actual", label + "实际完成值", indicator.actual());
        number(figures, path + "score", label + "得分", indicator.score(), Figures::score);
        text(figures, path + "deviation", label + "偏差原因分析及改进措施", indicator.deviation());
    }

    private static void amount(Map<String, Figure> figures, String path, String label, BigDecimal yuan,
                               AmountUnit unit) {
        figures.put(path, new Figure(path, label, yuan, yuan == null ? null : unit.fromYuan(yuan).toPlainString()));
    }

    private static void number(Map<String, Figure> figures, String path, String label, BigDecimal value,
                               Function<BigDecimal, String> format) {
        figures.put(path, new Figure(path, label, value, value == null ? null : format.apply(value)));
    }

    private static void text(Map<String, Figure> figures, String path, String label, String value) {
        figures.put(path, new Figure(path, label, value, value));
    }

    /** 10 and 10.00 are the same figure: numbers compare by value, not by how many zeros were typed. */
    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    /** As the form prints weights: "10". */
    static String weight(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** As the form prints scores: at least two decimals, "8.00". */
    static String score(BigDecimal value) {
        return (value.scale() < 2 ? value.setScale(2) : value).toPlainString();
    }
}

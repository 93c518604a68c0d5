package io.jixiao.command.imports;

import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.FundSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * A page run together on one line: header, funds, goals and the first indicator rows, cells separated by spaces
 * and partly out of order. The labels still come in the page's order, so they cut the line into its parts; within
 * a part, what a piece is follows from its kind.
 */
final class RunTogetherLine {
    private static final Set<String> FUNDS_HEADINGS = Set.of("执行率", "年初预算数", "全年预算数", "全年执行数", "分值",
            "得分");
    private static final Set<String> INDICATOR_HEADINGS = Set.of("偏差原因分析及", "一级指标", "二级指标", "三级指标");
    private static final Set<String> HEADING_WORDS = Set.of("年度", "偏差原因分析及", "实际", "一级指标", "二级指标",
            "三级指标", "分值", "得分", "指标值", "完成值", "改进措施");
    private static final Set<String> HEADER_LABELS = Set.of("项目名称", "主管部门", "实施单位");

    private final TextLine line;
    private final List<String> tokens;
    private final int fundsStart;
    private final int goalsStart;
    private final int indicatorHeading;
    private final int indicatorsStart;

    RunTogetherLine(TextLine line) {
        this.line = line;
        this.tokens = line.tokens();
        fundsStart = firstOf(FUNDS_HEADINGS, 0, tokens.size());
        goalsStart = firstContaining("预期", fundsStart, tokens.size());
        indicatorHeading = firstOf(INDICATOR_HEADINGS, goalsStart, tokens.size());
        int start = indicatorHeading;
        while (start < tokens.size() && HEADING_WORDS.contains(tokens.get(start))) {
            start++;
        }
        indicatorsStart = start;
    }

    private int firstOf(Set<String> words, int from, int otherwise) {
        for (int i = from; i < tokens.size(); i++) {
            if (words.contains(tokens.get(i))) {
                return i;
            }
        }
        return otherwise;
    }

    private int firstContaining(String word, int from, int otherwise) {
        for (int i = from; i < tokens.size(); i++) {
            if (tokens.get(i).contains(word)) {
                return i;
            }
        }
        return otherwise;
    }

    /**
     * The header's parts. The first lines of the 主管部门 and 实施单位 cells come before the labels, the lines they
     * wrap onto after them: the first piece is the department's, the others are taken as the implementing unit's
     * unless {@link UnitNames#split} finds the one other sharing that gives two names of the file.
     */
    HeaderText header(UnitNames knownUnits) {
        List<String> header = tokens.subList(0, fundsStart);
        Matcher year = TabularHeader.YEAR.matcher(OcrText.compact(String.join("", header)));
        List<String> pieces = new ArrayList<>();
        int nameAt = header.indexOf("项目名称");
        String projectName = nameAt < 0 ? null : projectName(header, nameAt, knownUnits);
        for (String token : header) {
            if (!HEADER_LABELS.contains(token) && !isTitleOrYear(token) && !token.equals(projectName)) {
                pieces.add(token);
            }
        }
        AmountUnit unit = null;
        for (String token : tokens.subList(fundsStart, goalsStart)) {
            String compact = OcrText.compact(token);
            if (compact.equals("(万元)")) {
                unit = AmountUnit.TEN_THOUSAND_YUAN;
            } else if (compact.equals("(元)")) {
                unit = AmountUnit.YUAN;
            }
        }
        return new HeaderText(year.find() ? Integer.parseInt(year.group(1)) : null, line.number(), projectName,
                line.number(), pieces, Math.min(1, pieces.size()), line.number(), unit,
                unit == null ? null : line.number());
    }

    /** The piece next to the 项目名称 label that is neither the title, the year nor a unit; null if not one. */
    private static String projectName(List<String> header, int labelAt, UnitNames knownUnits) {
        List<String> candidates = new ArrayList<>();
        for (int at : new int[] {labelAt - 1, labelAt + 1}) {
            if (at >= 0 && at < header.size()) {
                String token = header.get(at);
                if (!isTitleOrYear(token) && !HEADER_LABELS.contains(token) && !knownUnits.couldBeAUnit(token)) {
                    candidates.add(token);
                }
            }
        }
        return candidates.size() == 1 ? candidates.get(0) : null;
    }

    private static boolean isTitleOrYear(String token) {
        return token.contains("自评表") || token.matches(".*\\(\\s*20\\d.*") || token.endsWith("年度)")
                || token.endsWith("度)");
    }

    /**
     * The funds figures in the page's order: the total row's six (three amounts, the weight and score, which are
     * at most 10, and the rate with its % sign, in any order among themselves), the current-year row's three, then
     * the other two rows together: four figures are two each (年初预算数, 全年预算数; 全年执行数 blank), six are
     * three each; any other count cannot be shared out.
     */
    Map<FundSource, FundsRow> funds(Problems problems) {
        List<String> figures = new ArrayList<>();
        for (String token : tokens.subList(fundsStart, goalsStart)) {
            if (OcrAmount.readRate(token).isNumber() && !token.startsWith("(")) {
                figures.add(token);
            }
        }
        Map<FundSource, FundsRow> rows = new EnumMap<>(FundSource.class);
        for (FundSource source : FundSource.values()) {
            rows.put(source, row(source, List.of(), null));
        }
        if (figures.size() < 9) {
            problems.add(line.number(), "funds", "the funds table run together on this line holds only "
                    + figures.size() + " figures", "本行资金表只有" + figures.size() + "个数字");
            return rows;
        }
        List<String> total = figures.subList(0, 6);
        List<String> rates = total.stream().filter(f -> f.endsWith("%")).toList();
        List<String> amounts = total.stream().filter(f -> !f.endsWith("%") && !isSmall(f)).toList();
        if (rates.size() != 1 || amounts.size() != 3) {
            problems.add(line.number(), "funds.total", "the 年度资金总额 figures run together on this line ("
                    + String.join(" ", total) + ") cannot be told apart", "年度资金总额的数字无法区分");
        } else {
            List<BigDecimal> small = total.stream().filter(RunTogetherLine::isSmall)
                    .map(f -> OcrAmount.read(f).exact()).toList();
            rows.put(FundSource.TOTAL, new FundsRow(line.number(), FundSource.TOTAL, amountsOf(amounts),
                    OcrAmount.readRate(rates.get(0)), OcrAmount.read(small.get(0).max(small.get(1)).toPlainString()),
                    OcrAmount.read(small.get(0).min(small.get(1)).toPlainString())));
        }
        rows.put(FundSource.CURRENT_YEAR_APPROPRIATION,
                row(FundSource.CURRENT_YEAR_APPROPRIATION, figures.subList(6, 9), null));
        List<String> rest = figures.subList(9, figures.size());
        if (rest.size() == 4 || rest.size() == 6) {
            int each = rest.size() / 2;
            rows.put(FundSource.CARRYOVER, row(FundSource.CARRYOVER, rest.subList(0, each), null));
            rows.put(FundSource.OTHER, row(FundSource.OTHER, rest.subList(each, rest.size()), null));
        } else {
            problems.add(line.number(), "funds", "the 上年结转资金 and 其他资金 rows run together on this line hold "
                    + rest.size() + " figures (" + String.join(" ", rest) + "), which cannot be shared out between them",
                    "上年结转资金与其他资金两行共有" + rest.size() + "个数字,无法分配");
        }
        return rows;
    }

    private static boolean isSmall(String figure) {
        OcrAmount amount = OcrAmount.read(figure);
        return amount.exact() != null && amount.exact().compareTo(BigDecimal.TEN) <= 0;
    }

    private FundsRow row(FundSource source, List<String> figures, OcrAmount rate) {
        return new FundsRow(line.number(), source, amountsOf(figures), rate, null, null);
    }

    private static List<OcrAmount> amountsOf(List<String> figures) {
        List<OcrAmount> amounts = new ArrayList<>();
        for (int c = 0; c < TabularFunds.AMOUNTS; c++) {
            amounts.add(c < figures.size() ? OcrAmount.read(figures.get(c)) : OcrAmount.blank());
        }
        return amounts;
    }

    List<String> goalPieces() {
        return tokens.subList(Math.min(goalsStart + 1, indicatorHeading), indicatorHeading);
    }

    List<String> indicatorTokens() {
        return tokens.subList(indicatorsStart, tokens.size());
    }
}

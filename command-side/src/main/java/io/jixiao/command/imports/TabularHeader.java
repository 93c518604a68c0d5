package io.jixiao.command.imports;

import io.jixiao.kernel.evaluation.AmountUnit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of a form laid out as a table: the year line, the 项目名称 line, the 主管部门 / 实施单位 line, and the
 * amount unit printed in the funds table's label column.
 */
final class TabularHeader {
    static final Pattern YEAR = Pattern.compile("\\((20\\d\\d)");
    private static final List<String> FUNDS_HEADINGS = List.of("年初预算数", "全年预算数", "全年执行数", "分值",
            "执行率", "得分");

    private TabularHeader() {
    }

    /** {@code anchor}: index of the 年度资金总额 row in the block; {@code fundsEnd}: index of the last funds row. */
    static HeaderText read(FormBlock block, int anchor, int fundsEnd, UnitNames knownUnits) {
        Integer year = null;
        Integer yearLine = null;
        for (int i = 0; i <= anchor && year == null; i++) {
            Matcher m = YEAR.matcher(block.lines().get(i).compact());
            if (m.find()) {
                year = Integer.parseInt(m.group(1));
                yearLine = block.lines().get(i).number();
            }
        }
        int unitIndex = block.indexOf(l -> l.mentions("主管") || l.mentions("部门"), 0);
        if (unitIndex > anchor) {
            unitIndex = -1;
        }
        int nameIndex = block.indexOf(TabularHeader::isProjectLine, 0);
        if (nameIndex > anchor || nameIndex == unitIndex) {
            nameIndex = -1;
        }
        String projectName = nameIndex < 0 ? null : projectName(block.lines().get(nameIndex), knownUnits);
        List<String> pieces = new ArrayList<>();
        int beforeLabel = unitIndex < 0 ? 0 : unitPieces(block.lines().get(unitIndex), pieces);
        UnitLabel unit = amountUnit(block.lines().subList(Math.max(nameIndex, 0), fundsEnd + 1));
        return new HeaderText(year, yearLine, projectName,
                nameIndex < 0 ? null : block.lines().get(nameIndex).number(),
                pieces, beforeLabel, unitIndex < 0 ? null : block.lines().get(unitIndex).number(),
                unit.unit(), unit.line());
    }

    private static boolean isProjectLine(TextLine line) {
        List<String> cells = line.nonEmptyCells();
        if (cells.isEmpty()) {
            return false;
        }
        String first = OcrText.compact(cells.get(0));
        return line.mentions("名称") || first.equals("项目") || first.equals("页目")
                || cells.size() > 1 && OcrText.compact(cells.get(1)).equals("项目");
    }

    /** The cells after the label, joined: OCR splits a long name over several cells. */
    private static String projectName(TextLine line, UnitNames knownUnits) {
        StringBuilder name = new StringBuilder();
        boolean afterLabel = false;
        boolean unitsOnLine = line.mentions("实施单") || line.mentions("主管");
        for (String cell : line.nonEmptyCells()) {
            String compact = OcrText.compact(cell);
            if (!afterLabel) {
                int label = compact.indexOf("名称");
                if (label >= 0) {
                    afterLabel = true;
                    name.append(compact.substring(label + 2));
                } else if (compact.endsWith("项目") || compact.endsWith("页目")) {
                    afterLabel = !line.mentions("名称");
                }
                continue;
            }
            if (unitsOnLine && knownUnits.couldBeAUnit(compact)) {
                break;
            }
            name.append(compact);
        }
        return name.toString();
    }

    /**
     * Splits the cells after the 主管部门 label into pieces (a space inside a cell is a wrap, which is where OCR
     * interleaves two cells), drops the 实施单位 label and any funds heading merged into the line, and returns how
     * many pieces came before the label.
     */
    static int unitPieces(TextLine line, List<String> pieces) {
        int before = -1;
        boolean afterDepartmentLabel = false;
        boolean sawFirstHalf = false;
        for (String cell : line.nonEmptyCells()) {
            for (String token : cell.split("\\s+")) {
                String piece = OcrText.compact(token);
                if (piece.isEmpty() || FUNDS_HEADINGS.contains(piece)) {
                    continue;
                }
                if (!afterDepartmentLabel) {
                    if (piece.contains("部门")) {
                        afterDepartmentLabel = true;
                        continue;
                    }
                    if (piece.equals("主管")) {
                        sawFirstHalf = true;
                        continue;
                    }
                    if (!sawFirstHalf) {
                        continue;
                    }
                    afterDepartmentLabel = true;
                }
                if (piece.startsWith("实施单")) {
                    before = before < 0 ? pieces.size() : before;
                    String rest = piece.replaceFirst("^实施单位?", "");
                    if (!rest.isEmpty()) {
                        pieces.add(rest);
                    }
                } else if (piece.equals("位") && before == pieces.size()) {
                    continue;
                } else if (piece.endsWith("实施单")) {
                    pieces.add(piece.substring(0, piece.length() - 3));
                } else {
                    pieces.add(piece);
                }
            }
        }
        return before < 0 ? pieces.size() : before;
    }

    record UnitLabel(AmountUnit unit, Integer line) {
    }

    /** 万元 or 元 as the funds label prints it; nothing when the label is damaged ({@code 资金 元)}) or absent. */
    static UnitLabel amountUnit(List<TextLine> lines) {
        for (TextLine line : lines) {
            String compact = line.compact();
            boolean tenThousand = compact.contains("万元");
            boolean yuan = compact.contains("(元)") || compact.contains("（元）");
            if (tenThousand != yuan) {
                return new UnitLabel(tenThousand ? AmountUnit.TEN_THOUSAND_YUAN : AmountUnit.YUAN, line.number());
            }
        }
        return new UnitLabel(null, null);
    }
}

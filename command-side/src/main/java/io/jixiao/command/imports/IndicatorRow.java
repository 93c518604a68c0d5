package io.jixiao.command.imports;

import java.util.List;

/**
 * One indicator row as printed, before its categories are known: the cells that may hold its 三级指标 (OCR
 * prints a name once, splits it over two cells, or prints a clipped copy before the full one), 年度指标值,
 * 实际完成值, 分值, 得分 and 偏差原因分析及改进措施 (null where the cell is blank).
 */
record IndicatorRow(int line, List<String> nameCells, String target, String actual, OcrAmount weight,
                    OcrAmount score, String deviation) {

    IndicatorRow {
        nameCells = List.copyOf(nameCells);
    }
}

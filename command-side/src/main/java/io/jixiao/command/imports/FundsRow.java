package io.jixiao.command.imports;

import io.jixiao.kernel.evaluation.FundSource;

import java.util.List;

/**
 * One row of the funds table as printed: 年初预算数, 全年预算数, 全年执行数 (blank where the cell is blank), the
 * row's 执行率 when it prints one, and on the total row the 分值 and 得分 of budget execution (null otherwise).
 */
record FundsRow(int line, FundSource source, List<OcrAmount> amounts, OcrAmount rate, OcrAmount weight,
                OcrAmount score) {
    static final List<String> COLUMNS = List.of("initialBudget", "adjustedBudget", "executed");
    static final List<String> COLUMNS_ZH = List.of("年初预算数", "全年预算数", "全年执行数");

    FundsRow {
        amounts = List.copyOf(amounts);
    }
}

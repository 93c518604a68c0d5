package io.jixiao.kernel.forms;

import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.FundSource;

import java.util.List;

/**
 * The 项目支出汇总表 that opens a unit's year, as the Anting 2024 publication prints it: one row per project with
 * the fiscal amount provided (the published figures equal the total 全年执行数) and the initial and adjusted
 * budget per source. Rows and columns are 0-based.
 *
 * <pre>
 *   A    B    C        D                E..G 年初预算数                     H..J 调整后预算数
 * 0 项目支出汇总表 (A:J)
 * 1 unit and year (A:F)                                    金额单位：万元 (G:J)
 * 2 序号 单位 项目名称 财政提供预算金额 年初预算数 (E:G)                  调整后预算数 (H:J)
 * 3 (2:3 merged)                        其中：当年财政拨款 上年结转资金 其他资金  (the same three)
 * 4.. one row per form
 * </pre>
 */
public final class SummaryLayout {
    public static final String TITLE = "项目支出汇总表";
    public static final String NUMBER = "序号";
    public static final String UNIT = "单位";
    public static final String PROJECT_NAME = OfficialLayout.PROJECT_NAME;
    public static final String FISCAL_PROVIDED = "财政提供预算金额";
    public static final String INITIAL_BUDGET = OfficialLayout.INITIAL_BUDGET;
    public static final String ADJUSTED_BUDGET = "调整后预算数";
    /** The sources shown under each budget group, in this order. */
    public static final List<FundSource> SOURCES = List.of(FundSource.CURRENT_YEAR_APPROPRIATION,
            FundSource.CARRYOVER, FundSource.OTHER);

    public static final int COLUMN_COUNT = 10;
    public static final List<Integer> COLUMN_WIDTHS = List.of(6, 30, 40, 14, 14, 12, 12, 14, 12, 12);

    public static final int TITLE_ROW = 0;
    public static final int INFO_ROW = 1;
    public static final int GROUP_HEADER_ROW = 2;
    public static final int SOURCE_HEADER_ROW = 3;
    public static final int FIRST_FORM_ROW = 4;

    public static final int NUMBER_COLUMN = 0;
    public static final int UNIT_COLUMN = 1;
    public static final int PROJECT_COLUMN = 2;
    public static final int FISCAL_PROVIDED_COLUMN = 3;
    public static final int FIRST_INITIAL_COLUMN = 4;
    public static final int FIRST_ADJUSTED_COLUMN = FIRST_INITIAL_COLUMN + SOURCES.size();

    public static final Span TITLE_SPAN = Span.row(TITLE_ROW, 0, COLUMN_COUNT - 1);
    public static final Span INFO_SPAN = Span.row(INFO_ROW, 0, 5);
    public static final Span AMOUNT_UNIT_SPAN = Span.row(INFO_ROW, 6, COLUMN_COUNT - 1);
    public static final Span INITIAL_GROUP_SPAN = Span.row(GROUP_HEADER_ROW, FIRST_INITIAL_COLUMN,
            FIRST_ADJUSTED_COLUMN - 1);
    public static final Span ADJUSTED_GROUP_SPAN = Span.row(GROUP_HEADER_ROW, FIRST_ADJUSTED_COLUMN,
            COLUMN_COUNT - 1);

    private SummaryLayout() {
    }

    /** 序号, 单位, 项目名称 and 财政提供预算金额 head both header rows. */
    public static Span tallHeaderSpan(int column) {
        return Span.column(column, GROUP_HEADER_ROW, SOURCE_HEADER_ROW);
    }

    public static int formRow(int index) {
        return FIRST_FORM_ROW + index;
    }

    public static String infoLine(String unitName, int fiscalYear) {
        return (unitName == null ? "" : unitName + "  ") + fiscalYear + "年";
    }

    public static String amountUnitLine(AmountUnit unit) {
        return "金额单位：" + unit.label();
    }
}

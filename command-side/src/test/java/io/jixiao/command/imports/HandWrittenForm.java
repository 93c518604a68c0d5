package io.jixiao.command.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * A small form typed by hand in the layout of the published 万元 forms (tab-separated cells, OCR spaces inside the
 * figures), clean, with one line at a time to damage. Line numbers are those of the text (1-based).
 */
final class HandWrittenForm {
    static final int FUNDS_TOTAL = 5;
    static final int FUNDS_CURRENT = 6;
    static final int FUNDS_OTHER = 8;
    static final int GOALS = 10;
    static final int QUANTITY = 13;
    static final int QUALITY = 14;
    static final int SOCIAL = 16;
    static final int SATISFACTION = 18;

    private final List<String> lines = new ArrayList<>(List.of(
            "\t\t\t\t(2024年度)",
            "项目名称\t\t日常运行保障",
            "主管部门\t\t上海市某区某镇人民政府\t实施单位\t上海市某区某镇城市运行中心",
            "\t\t\t年初预算数\t全年预算数\t全年执行数\t分数\t执行率(%)\t得分",
            "\t\t年度资金总额\t752. 94\t762. 25\t758. 02\t10.00\t99. 44\t9. 94",
            "\t项目资金 (万元)\t其中: 当年财政拨款\t752. 94\t762. 25\t758. 02\t-\t99. 44\t-",
            "\t\t上年结转资金\t0.00\t0.00\t0.00\t-\t0.00\t-",
            "\t\t其他资金\t0.00\t0.00\t0.00\t-\t0.00\t-",
            "\t\t预期目标\t\t\t实际完成情况",
            "年度 总体 目标\t保障城市运行中心日常运转。\t保障了城市运行中心日常运转。",
            "一级指标\t二级指标\t三级指标\t\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
            "成本指标\t经济成本指 标\t成本节约率\t\t≥0.00(%)\t0. 56 (%)\t15. 00\t15. 00\t",
            "\t数量指标\t日常运作计划完成率\t\t=100. 00 (%)\t100. 00 (%)\t20. 00\t20. 00\t",
            "产出指标\t质量指标\t合同履约达标率\t\t=100. 00 (%)\t100. 00 (%)\t15.00\t15.00\t",
            "\t时效指标\t日常保障完成及时性\t\t及时\t达成指标\t10.00\t10.00\t",
            "\t社会效益指\t日常工作保障率\t\t=100. 00 (%)\t100. 00 (%)\t10.00\t10.00\t",
            "效益指标\t标\t安全事故发生数\t\t=0.00(次)\t0.00(次)\t10.00\t10.00\t",
            "满意度指标\t服务对象满 意度指标\t保障对象满意\t意度\t≥90.00(%)\t85. 00 (%)\t10.00\t9.00\t满意度略低,将加强沟通。",
            "\t\t总分\t\t\t\t100.00\t98.94",
            "评分等级\t\t\t\t\t优"));

    HandWrittenForm with(int line, String text) {
        lines.set(line - 1, text);
        return this;
    }

    String text() {
        return String.join("\n", lines);
    }

    /** This form twice in one file, the second one printing {@code line} as given. */
    String twiceWithSecond(int line, String text) {
        String first = text();
        return first + "\n\n" + new HandWrittenForm().with(line, text).text();
    }
}

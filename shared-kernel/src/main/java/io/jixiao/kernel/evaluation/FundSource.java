package io.jixiao.kernel.evaluation;

import java.util.Arrays;
import java.util.Optional;

/** The rows of the funds table. {@code apiName} is the path segment and JSON key. */
public enum FundSource {
    TOTAL("total", "年度资金总额"),
    CURRENT_YEAR_APPROPRIATION("currentYearAppropriation", "当年财政拨款"),
    CARRYOVER("carryover", "上年结转资金"),
    OTHER("other", "其他资金");

    private final String apiName;
    private final String label;

    FundSource(String apiName, String label) {
        this.apiName = apiName;
        this.label = label;
    }

    public String apiName() {
        return apiName;
    }

    public String label() {
        return label;
    }

    public static Optional<FundSource> fromApiName(String name) {
        return Arrays.stream(values()).filter(s -> s.apiName.equals(name)).findFirst();
    }
}

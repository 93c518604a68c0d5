package io.jixiao.kernel.organization;

public enum UnitKind {
    /** 财政局 */
    FINANCE_BUREAU("财政局"),
    /** 主管部门 (may also implement projects of its own) */
    COMPETENT_DEPARTMENT("主管部门"),
    /** 实施单位 */
    IMPLEMENTING_UNIT("实施单位");

    private final String labelZh;

    UnitKind(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() {
        return labelZh;
    }

    /**
     * Where a unit of this kind may sit: a finance bureau at the top or under a higher bureau; a department under a
     * bureau or a higher department; an implementing unit anywhere, but nothing but implementing units below it.
     */
    public boolean mayBeUnder(UnitKind parent) {
        return switch (this) {
            case FINANCE_BUREAU -> parent == FINANCE_BUREAU;
            case COMPETENT_DEPARTMENT -> parent == FINANCE_BUREAU || parent == COMPETENT_DEPARTMENT;
            case IMPLEMENTING_UNIT -> true;
        };
    }
}

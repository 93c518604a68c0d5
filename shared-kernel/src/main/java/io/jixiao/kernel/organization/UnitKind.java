package io.jixiao.kernel.organization;

public enum UnitKind {
    /** 财政局 */
    FINANCE_BUREAU,
    /** 主管部门 (may also implement projects of its own) */
    COMPETENT_DEPARTMENT,
    /** 实施单位 */
    IMPLEMENTING_UNIT
}

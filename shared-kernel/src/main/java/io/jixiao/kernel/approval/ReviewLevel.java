package io.jixiao.kernel.approval;

/** The levels a submitted form passes, in order. */
public enum ReviewLevel {
    /** 单位审核 */
    UNIT,
    /** 主管部门审核 */
    DEPARTMENT,
    /** 财政复核 */
    FINANCE
}

package io.jixiao.kernel.organization;

/** What a person may do in their own unit (and, for auditors and administrators, below it). */
public enum Role {
    /** 填报人: fills in and submits the forms of their unit. */
    FILLER,
    /** 单位审核人: reviews the forms of their own unit before they leave it. */
    UNIT_REVIEWER,
    /** 主管部门审批人: reviews the forms of the units the department supervises. */
    DEPARTMENT_APPROVER,
    /** 财政复核人: the finance bureau's review, the last level. */
    FINANCE_REVIEWER,
    /** 审计/监督: reads everything in the subtree, changes nothing. */
    AUDITOR,
    /** 管理员: manages the organization below the unit. */
    ADMINISTRATOR
}

package io.jixiao.kernel.organization;

/** What a person may do in their own unit (and, for auditors and administrators, below it). */
public enum Role {
    /** 填报人: fills in and submits the forms of their unit. */
    FILLER("填报人"),
    /** 单位审核人: reviews the forms of their own unit before they leave it. */
    UNIT_REVIEWER("单位审核人"),
    /** 主管部门审批人: reviews the forms of the units the department supervises. */
    DEPARTMENT_APPROVER("主管部门审批人"),
    /** 财政复核人: the finance bureau's review, the last level. */
    FINANCE_REVIEWER("财政复核人"),
    /** 监督员: reads everything in the subtree, changes nothing. */
    AUDITOR("监督员"),
    /** 管理员: manages the organization below the finance bureau. */
    ADMINISTRATOR("管理员");

    private final String labelZh;

    Role(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() {
        return labelZh;
    }

    /** Review and administration belong to the kind of unit that does them; the other roles fit any unit. */
    public boolean allowedIn(UnitKind kind) {
        return switch (this) {
            case DEPARTMENT_APPROVER -> kind == UnitKind.COMPETENT_DEPARTMENT;
            case FINANCE_REVIEWER, ADMINISTRATOR -> kind == UnitKind.FINANCE_BUREAU;
            case FILLER, UNIT_REVIEWER, AUDITOR -> true;
        };
    }
}

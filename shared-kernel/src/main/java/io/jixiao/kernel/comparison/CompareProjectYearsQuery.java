package io.jixiao.kernel.comparison;

/**
 * One project of an implementing unit across fiscal years, found by its code or by its name (either may be null,
 * not both): forms with the code, and forms without a code whose normalized name matches.
 */
public record CompareProjectYearsQuery(String unitId, String projectCode, String projectName) {
}

package io.jixiao.kernel.evaluation;

/** 年度总体目标: what was expected and what was actually achieved, free text. */
public record Goals(String expected, String actual) {
    public static final Goals BLANK = new Goals(null, null);
}

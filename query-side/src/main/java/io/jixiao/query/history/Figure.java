package io.jixiao.query.history;

/**
 * One figure a person enters on a form: its machine path (e.g. {@code indicators.I3.actual}), its place in words
 * (e.g. {@code 指标 产出指标/数量指标/培训次数 实际完成值}), its value for comparison and as the form shows it.
 */
public record Figure(String path, String label, Object value, String text) {
}

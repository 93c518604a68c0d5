package io.jixiao.kernel.approval;

/** One level of a form's review chain and the unit whose people act at it. */
public record ReviewStep(ReviewLevel level, String unitId) {
}

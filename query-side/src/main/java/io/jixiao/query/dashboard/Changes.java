package io.jixiao.query.dashboard;

/** Figures changed after a point in the workflow: how many changes, and on which forms. */
public record Changes(int figures, FormSet forms) {
}

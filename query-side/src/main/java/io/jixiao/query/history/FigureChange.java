package io.jixiao.query.history;

/** A figure that reads differently in two states of a form; a side where the figure did not exist reads null. */
public record FigureChange(String path, String label, String oldValue, String newValue) {
}

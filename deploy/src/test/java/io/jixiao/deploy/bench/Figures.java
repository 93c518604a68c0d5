package io.jixiao.deploy.bench;

import java.util.ArrayList;
import java.util.List;

/** The block of figures a run prints: each labelled with what it measures, the store size then, and its target. */
final class Figures {
    record Figure(String key, String what, String value, String target, Boolean pass) {
        String line() {
            return String.format("%-34s %s%n    %s%s", key, value, what,
                    target == null ? "" : String.format("%n    target %s: %s", target,
                            pass == null ? "n/a" : pass ? "PASS" : "MISS"));
        }
    }

    private final List<Figure> figures = new ArrayList<>();

    void add(String key, String what, String value, String target, Boolean pass) {
        Figure figure = new Figure(key, what, value, target, pass);
        figures.add(figure);
        System.out.println("[bench] " + figure.line());
    }

    void add(String key, String what, String value) {
        add(key, what, value, null, null);
    }

    List<Figure> all() {
        return figures;
    }

    boolean has(String keyPrefix) {
        return figures.stream().anyMatch(f -> f.key().startsWith(keyPrefix));
    }

    String block(String header) {
        StringBuilder out = new StringBuilder("\n==== " + header + " ====\n");
        for (Figure figure : figures) {
            out.append(figure.line()).append('\n');
        }
        return out.append("==== end of figures ====\n").toString();
    }
}

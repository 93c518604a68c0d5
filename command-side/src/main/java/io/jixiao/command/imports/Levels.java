package io.jixiao.command.imports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives each indicator row its 一级指标 and 二级指标. A category is a merged cell printed once, about the middle of
 * its rows, so a row carries its label, shares one printed between it and a neighbour, or carries none.
 * <ul>
 * <li>A label printed between two rows goes to the one of them that has no other label; to both when neither
 * has.</li>
 * <li>A category cell holding text that is no label (a garbled label) is reported: the row has a label of its
 * own, unread.</li>
 * <li>A row without a label takes the label of the labelled rows above and below when they agree (or when there
 * is a label on one side only); when they differ OCR does not say where one category ends and the next begins,
 * and the row is reported.</li>
 * <li>A 二级指标 names its 一级指标 (数量指标 belongs to 产出指标), which settles most 一级指标 without a choice.</li>
 * </ul>
 */
final class Levels {
    private final int rows;
    private final List<LevelMark> marks;

    private Levels(int rows, List<LevelMark> marks) {
        this.rows = rows;
        this.marks = marks;
    }

    /** Per row: {level1, level2, why level1 is unknown, why level2 is unknown}; a value is null where unknown. */
    static List<String[]> assign(int rows, List<LevelMark> marks) {
        return new Levels(rows, marks).assign();
    }

    private List<String[]> assign() {
        Printed printed1 = printed(1);
        Printed printed2 = printed(2);
        String[] level1 = printed1.labels().clone();
        String[] level2 = printed2.labels().clone();
        String[] why1 = printed1.conflicts().clone();
        String[] why2 = printed2.conflicts().clone();
        for (int r = 0; r < rows; r++) {
            if (level1[r] == null && why1[r] == null && level2[r] != null) {
                Set<String> parents = LevelLabels.PARENTS.get(level2[r]);
                level1[r] = parents.size() == 1 ? parents.iterator().next() : null;
            }
        }
        String[] settled1 = level1.clone();
        for (int r = 0; r < rows; r++) {
            if (level1[r] == null && why1[r] == null) {
                Set<String> candidates = candidates(printed1, settled1, r);
                if (level2[r] != null) {
                    candidates.retainAll(LevelLabels.PARENTS.get(level2[r]));
                }
                level1[r] = only(candidates);
                why1[r] = level1[r] == null ? why(candidates, "一级指标") : null;
            }
        }
        String[] settled2 = level2.clone();
        for (int r = 0; r < rows; r++) {
            if (level2[r] == null && why2[r] == null) {
                Set<String> candidates = candidates(printed2, settled2, r);
                String parent = level1[r];
                if (parent != null) {
                    candidates.removeIf(c -> !LevelLabels.PARENTS.get(c).contains(parent));
                }
                level2[r] = only(candidates);
                why2[r] = level2[r] == null ? why(candidates, "二级指标") : null;
            }
            if (level1[r] == null && level2[r] != null && LevelLabels.PARENTS.get(level2[r]).size() == 1) {
                level1[r] = LevelLabels.PARENTS.get(level2[r]).iterator().next();
                why1[r] = null;
            }
        }
        List<String[]> result = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            result.add(new String[] {level1[r], level2[r], level1[r] == null ? why1[r] : null,
                    level2[r] == null ? why2[r] : null});
        }
        return result;
    }

    private static String only(Set<String> candidates) {
        return candidates.size() == 1 ? candidates.iterator().next() : null;
    }

    private static String why(Set<String> candidates, String level) {
        return candidates.isEmpty() ? "no " + level + " printed near it"
                : "not printed on it; it is one of " + String.join(", ", candidates);
    }

    /** The labels printed between this row and a neighbour, or else those of the nearest labelled rows. */
    private Set<String> candidates(Printed printed, String[] settled, int row) {
        if (!printed.open().get(row).isEmpty()) {
            return new LinkedHashSet<>(printed.open().get(row));
        }
        Set<String> found = new LinkedHashSet<>();
        for (int r = row - 1; r >= 0; r--) {
            if (settled[r] != null) {
                found.add(settled[r]);
                break;
            }
        }
        for (int r = row + 1; r < rows; r++) {
            if (settled[r] != null) {
                found.add(settled[r]);
                break;
            }
        }
        return found;
    }

    /**
     * Labels of one level as printed: {@code labels} where a row's own label (or the only one it can take) is
     * known, {@code conflicts} where a row carries two, {@code open} the labels printed beside a row left open.
     */
    private record Printed(String[] labels, String[] conflicts, List<Set<String>> open) {
    }

    private Printed printed(int level) {
        String[] labels = new String[rows];
        String[] conflicts = new String[rows];
        List<Set<String>> certain = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            certain.add(new LinkedHashSet<>());
        }
        List<LevelMark> between = new ArrayList<>();
        String[] garbled = new String[rows];
        for (LevelMark mark : marks) {
            if (mark.level() != level) {
                continue;
            }
            if (mark.label() == null) {
                if (mark.firstRow() >= 0 && mark.firstRow() < rows) {
                    garbled[mark.firstRow()] = mark.unreadable();
                }
            } else if (mark.certain()) {
                for (int r = Math.max(mark.firstRow(), 0); r <= Math.min(mark.lastRow(), rows - 1); r++) {
                    certain.get(r).add(mark.label());
                }
            } else {
                between.add(mark);
            }
        }
        for (int r = 0; r < rows; r++) {
            if (certain.get(r).size() == 1) {
                labels[r] = certain.get(r).iterator().next();
            } else if (certain.get(r).size() > 1) {
                conflicts[r] = "several printed on it: " + String.join(", ", certain.get(r));
            } else if (garbled[r] != null) {
                conflicts[r] = "its cell reads '" + garbled[r] + "', which is no category";
            }
        }
        List<Set<String>> open = settleBetween(between, labels, conflicts);
        return new Printed(labels, conflicts, open);
    }

    /** Places labels printed between rows until nothing changes; returns what stays open for each row. */
    private List<Set<String>> settleBetween(List<LevelMark> between, String[] labels, String[] conflicts) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (LevelMark mark : between) {
                List<Integer> eligible = new ArrayList<>();
                boolean placed = false;
                for (int r : rowsOf(mark)) {
                    placed |= mark.label().equals(labels[r]);
                    if (labels[r] == null && conflicts[r] == null) {
                        eligible.add(r);
                    }
                }
                if (!placed && eligible.size() == 1) {
                    labels[eligible.get(0)] = mark.label();
                    changed = true;
                }
            }
            for (int r = 0; r < rows; r++) {
                Set<String> beside = beside(between, r);
                if (labels[r] == null && conflicts[r] == null && beside.size() == 1) {
                    labels[r] = beside.iterator().next();
                    changed = true;
                }
            }
        }
        List<Set<String>> open = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            open.add(labels[r] == null && conflicts[r] == null ? beside(between, r) : Set.of());
        }
        return open;
    }

    private Set<String> beside(List<LevelMark> between, int row) {
        Set<String> beside = new LinkedHashSet<>();
        for (LevelMark mark : between) {
            if (rowsOf(mark).contains(row)) {
                beside.add(mark.label());
            }
        }
        return beside;
    }

    private List<Integer> rowsOf(LevelMark mark) {
        List<Integer> covered = new ArrayList<>();
        for (int r = Math.max(mark.firstRow(), 0); r <= Math.min(mark.lastRow(), rows - 1); r++) {
            covered.add(r);
        }
        return covered;
    }
}

package io.jixiao.command.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The closed vocabulary of the indicator tree's category cells: 一级指标 and 二级指标 names, which 一级指标 each
 * 二级指标 belongs to, and the vertical side label 绩效指标 some templates print beside the table. 成本指标 is both
 * a 一级指标 (newer templates, with 经济成本指标 under it) and a 二级指标 under 产出指标 (older ones).
 */
final class LevelLabels {
    static final String COST = "成本指标";
    static final List<String> LEVEL1 = List.of("产出指标", "效益指标", "满意度指标", COST);
    static final Map<String, Set<String>> PARENTS = Map.ofEntries(
            Map.entry("数量指标", Set.of("产出指标")),
            Map.entry("质量指标", Set.of("产出指标")),
            Map.entry("时效指标", Set.of("产出指标")),
            Map.entry(COST, Set.of("产出指标", COST)),
            Map.entry("经济成本指标", Set.of(COST)),
            Map.entry("社会成本指标", Set.of(COST)),
            Map.entry("生态环境成本指标", Set.of(COST)),
            Map.entry("经济效益指标", Set.of("效益指标")),
            Map.entry("社会效益指标", Set.of("效益指标")),
            Map.entry("生态效益指标", Set.of("效益指标")),
            Map.entry("可持续影响指标", Set.of("效益指标")),
            Map.entry("服务对象满意度指标", Set.of("满意度指标")));
    private static final List<String> SIDE = List.of("绩效指标", "绩效", "效指标", "指标", "绩", "效", "指", "标");
    private static final List<String> LABELS_LONGEST_FIRST = labelsLongestFirst();

    private LevelLabels() {
    }

    private static List<String> labelsLongestFirst() {
        List<String> labels = new ArrayList<>(PARENTS.keySet());
        LEVEL1.stream().filter(l -> !labels.contains(l)).forEach(labels::add);
        labels.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(labels);
    }

    static boolean isLevel2(String label) {
        return PARENTS.containsKey(label);
    }

    static boolean isLevel1(String label) {
        return LEVEL1.contains(label);
    }

    /**
     * The category labels a cell holds, in order, when its Chinese characters are nothing but labels and pieces of
     * the side label; null when anything else is in it.
     */
    static List<String> labelsIn(String text) {
        String han = OcrText.hanOnly(text);
        if (han.isEmpty()) {
            return null;
        }
        List<String> labels = new ArrayList<>();
        int at = 0;
        while (at < han.length()) {
            String found = null;
            for (String label : LABELS_LONGEST_FIRST) {
                if (han.startsWith(label, at)) {
                    found = label;
                    break;
                }
            }
            if (found != null) {
                labels.add(found);
                at += found.length();
                continue;
            }
            int from = at;
            String side = SIDE.stream().filter(s -> han.startsWith(s, from)).findFirst().orElse(null);
            if (side == null) {
                return null;
            }
            at += side.length();
        }
        return labels;
    }

    /** Only side-label characters: 绩, 效, 指, 标 and their runs. */
    static boolean isSideLabel(String text) {
        List<String> labels = labelsIn(text);
        return labels != null && labels.isEmpty();
    }

    /** The end of a label wrapped over two rows ({@code 意度指标}): the labels it can end, empty if none. */
    static List<String> endedBy(String text) {
        String han = OcrText.hanOnly(text);
        if (han.length() < 2 || isSideLabel(han)) {
            return null;
        }
        List<String> ended = LABELS_LONGEST_FIRST.stream().filter(l -> l.endsWith(han) && !l.equals(han)).toList();
        return ended.isEmpty() ? null : ended;
    }

    /** The label whose start this is, when exactly one label starts so (a label wrapped over two rows). */
    static String startedBy(String text) {
        String han = OcrText.hanOnly(text);
        if (han.length() < 2) {
            return null;
        }
        List<String> started = LABELS_LONGEST_FIRST.stream().filter(l -> l.startsWith(han) && !l.equals(han)).toList();
        return started.size() == 1 ? started.get(0) : null;
    }
}

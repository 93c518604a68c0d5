package io.jixiao.command.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The unit names a file prints, and how a damaged reading of one is recognised. A file prints the same few units
 * on every form. The vocabulary keeps the clean readings (Chinese characters only, ending like a unit name) except
 * the variants of another reading printed at least as often (a clipped copy, one with a run of characters printed
 * twice, a near miss of two edits or fewer) and a reading seen once that starts like none of the others (clipped
 * at its start).
 */
final class UnitNames {
    private static final Pattern COMPLETE_ENDING = Pattern.compile(
            ".*(室|中心|政府|局|委员会|管委会|院|所|站|馆|队|处|厅|社|校|园|署|公司|集团|协会|学会)$");
    private static final int NEAR_MISS = 2;
    private static final int LEAST_KEPT = 5;
    private static final int LEAST_COMMON_PREFIX = 3;

    private final Set<String> vocabulary;
    private final String commonPrefix;

    private UnitNames(Set<String> vocabulary) {
        this.vocabulary = vocabulary;
        this.commonPrefix = commonPrefix(vocabulary);
    }

    static UnitNames of(Collection<String> readings) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String reading : readings) {
            String name = OcrText.compact(reading);
            if (!name.isEmpty() && name.codePoints().allMatch(OcrText::isHan) && COMPLETE_ENDING.matcher(name).matches()) {
                counts.merge(name, 1, Integer::sum);
            }
        }
        Set<String> kept = new HashSet<>(counts.keySet());
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            String name = entry.getKey();
            int count = entry.getValue();
            boolean variant = counts.entrySet().stream().filter(o -> !o.getKey().equals(name)).anyMatch(o ->
                    o.getValue() > count && NameMatch.editDistance(o.getKey(), name) <= NEAR_MISS
                            || o.getValue() >= count && count == 1 && NameMatch.isSubsequence(name, o.getKey())
                            || o.getValue() >= count && NameMatch.withoutRepeats(name).contains(o.getKey()));
            boolean strayOnce = count == 1 && counts.size() > 1 && counts.keySet().stream()
                    .filter(o -> !o.equals(name)).noneMatch(o -> sharedStart(o, name) >= LEAST_COMMON_PREFIX);
            if (variant || strayOnce) {
                kept.remove(name);
            }
        }
        return new UnitNames(Set.copyOf(kept));
    }

    private static int sharedStart(String a, String b) {
        int n = 0;
        while (n < Math.min(a.length(), b.length()) && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    /** What all the file's unit names start with (上海市松江区), if they share enough to tell. */
    private static String commonPrefix(Set<String> names) {
        if (names.size() < 2) {
            return "";
        }
        String prefix = names.iterator().next();
        for (String name : names) {
            prefix = prefix.substring(0, sharedStart(prefix, name));
        }
        return prefix.length() >= LEAST_COMMON_PREFIX ? prefix : "";
    }

    /** Starts like a unit of the file, or ends like a unit name. */
    boolean couldBeAUnit(String text) {
        String compact = OcrText.compact(text);
        return compact.length() >= LEAST_COMMON_PREFIX && vocabulary.stream()
                .anyMatch(v -> v.startsWith(compact.substring(0, LEAST_COMMON_PREFIX)))
                || COMPLETE_ENDING.matcher(compact).matches();
    }

    /** Starts like the file's units, ends like a unit name, nothing misread: a whole name, not a clipped one. */
    private boolean looksWhole(String name) {
        return name.startsWith(commonPrefix) && COMPLETE_ENDING.matcher(name).matches() && OcrText.damage(name) == null
                && name.codePoints().allMatch(OcrText::isHan);
    }

    NameReading resolve(String reading) {
        String printed = OcrText.compact(reading);
        if (printed.isEmpty()) {
            return NameReading.unreadable("nothing was captured");
        }
        if (vocabulary.contains(printed)) {
            return new NameReading(printed, NameReading.Kind.EXACT, null);
        }
        String han = OcrText.hanOnly(printed);
        List<String> withoutStrays = vocabulary.stream()
                .filter(v -> v.equals(han) || NameMatch.withoutRepeats(han).contains(v)).toList();
        if (withoutStrays.size() == 1) {
            return new NameReading(withoutStrays.get(0), NameReading.Kind.REPAIRED,
                    "'" + printed + "' read as " + withoutStrays.get(0) + " (stray or repeated characters dropped)");
        }
        List<String> clippedFrom = vocabulary.stream().filter(v -> NameMatch.isSubsequence(han, v)).toList();
        if (!looksWhole(han) && clippedFrom.size() == 1 && keepsEnough(han, clippedFrom.get(0))) {
            return new NameReading(clippedFrom.get(0), NameReading.Kind.REPAIRED,
                    "'" + printed + "' completed as " + clippedFrom.get(0) + ", printed in full on other forms");
        }
        if (!looksWhole(han) && clippedFrom.size() > 1) {
            return NameReading.unreadable("'" + printed + "' is clipped and fits several units: "
                    + String.join(", ", clippedFrom));
        }
        String near = vocabulary.stream().filter(v -> NameMatch.editDistance(v, han) <= NEAR_MISS).findFirst()
                .orElse(null);
        if (near != null) {
            return NameReading.unreadable("'" + printed + "' is a misread name, probably " + near);
        }
        if (!looksWhole(printed)) {
            String damage = OcrText.damage(printed);
            return NameReading.unreadable("'" + printed + "' is " + (damage != null ? "damaged: " + damage
                    : "clipped or misread (it is no name printed elsewhere in the file and does not look whole)"));
        }
        return new NameReading(printed, NameReading.Kind.AS_PRINTED, null);
    }

    private static boolean keepsEnough(String kept, String whole) {
        int length = NameMatch.length(kept);
        return length >= LEAST_KEPT && length * 5 >= NameMatch.length(whole) * 2;
    }

    /**
     * Both unit cells, from pieces in reading order: first as the 实施单位 label divides them; when that does not
     * give two names of the file, every way of sharing the pieces out (in order, the first piece being the
     * department's, whose cell is left of the other) that does, if they all agree.
     */
    UnitPair split(List<String> pieces, int piecesBeforeLabel) {
        UnitPair naive = new UnitPair(resolve(String.join("", pieces.subList(0, piecesBeforeLabel))),
                resolve(String.join("", pieces.subList(piecesBeforeLabel, pieces.size()))));
        if (naive.department().confirmed() && naive.implementing().confirmed() || pieces.size() > 12) {
            return naive;
        }
        List<UnitPair> confirmed = new ArrayList<>();
        for (int mask = 0; mask < 1 << pieces.size(); mask += 2) {
            StringBuilder department = new StringBuilder();
            StringBuilder implementing = new StringBuilder();
            for (int i = 0; i < pieces.size(); i++) {
                ((mask & 1 << i) == 0 ? department : implementing).append(pieces.get(i));
            }
            UnitPair pair = new UnitPair(resolve(department.toString()), resolve(implementing.toString()));
            if (pair.department().confirmed() && pair.implementing().confirmed()) {
                confirmed.add(pair);
            }
        }
        List<List<String>> names = confirmed.stream()
                .map(p -> List.of(p.department().value(), p.implementing().value())).distinct().toList();
        return names.size() == 1 ? confirmed.get(0) : naive;
    }

    record UnitPair(NameReading department, NameReading implementing) {
    }
}

package io.jixiao.command.imports;

import java.util.Comparator;
import java.util.List;

/**
 * Project names as the file's 项目支出汇总表 lists them, when it has one: a form whose name OCR damaged or clipped
 * is recognised when exactly one listed name fits what was kept.
 */
final class ProjectNames {
    private static final int MOST_STRAY_CHARACTERS = 3;
    private static final int LEAST_SHARED_RUN = 5;

    private final List<String> listed;

    ProjectNames(List<String> listed) {
        this.listed = listed.stream().map(OcrText::compact).filter(s -> !s.isEmpty()).distinct().toList();
    }

    NameReading resolve(String reading) {
        String printed = OcrText.compact(reading);
        if (printed.isEmpty()) {
            return NameReading.unreadable("nothing follows the label");
        }
        if (listed.contains(printed)) {
            return new NameReading(printed, NameReading.Kind.EXACT, null);
        }
        List<String> withStrays = listed.stream().filter(s -> NameMatch.isSubsequence(s, printed)
                && NameMatch.length(printed) - NameMatch.length(s) <= MOST_STRAY_CHARACTERS).toList();
        if (withStrays.size() == 1) {
            return new NameReading(withStrays.get(0), NameReading.Kind.REPAIRED, "'" + printed
                    + "' read as " + withStrays.get(0) + " of the summary table (stray characters dropped)");
        }
        String trimmed = printed.replaceAll("^[\\p{Punct}—–]+|[\\p{Punct}—–]+$", "");
        List<String> containing = listed.stream().filter(s -> trimmed.length() >= LEAST_SHARED_RUN
                && s.contains(trimmed)).toList();
        if (containing.size() == 1) {
            return new NameReading(containing.get(0), NameReading.Kind.REPAIRED, "'" + printed
                    + "' is clipped; completed as " + containing.get(0) + " of the summary table");
        }
        String damage = OcrText.damage(printed);
        if (damage != null) {
            String best = uniqueBestSharing(printed);
            if (best != null) {
                return new NameReading(best, NameReading.Kind.REPAIRED, "'" + printed + "' is damaged ("
                        + damage + "); only " + best + " of the summary table shares its longest run");
            }
            return NameReading.unreadable("'" + printed + "' is damaged: " + damage);
        }
        return new NameReading(printed, NameReading.Kind.AS_PRINTED, null);
    }

    /** The one listed name sharing a longer run of characters with the reading than any other, if long enough. */
    private String uniqueBestSharing(String printed) {
        List<String> byRun = listed.stream()
                .sorted(Comparator.comparingInt((String s) -> NameMatch.longestCommonRun(printed, s)).reversed())
                .toList();
        if (byRun.isEmpty()) {
            return null;
        }
        int best = NameMatch.longestCommonRun(printed, byRun.get(0));
        int second = byRun.size() > 1 ? NameMatch.longestCommonRun(printed, byRun.get(1)) : 0;
        return best >= LEAST_SHARED_RUN && best > second ? byRun.get(0) : null;
    }
}

package io.jixiao.kernel.scoring;

/**
 * Whether an actual's unit can be measured against the target's. Units must be equal, or one left out, or one
 * a longer form of the other (人 / 人次, 次 / 次数): the seeds compare 1669人次 with >=5000人, and reading both
 * as head counts is what the evaluator did. Such a pair is comparable but {@link Match#RELATED}, so the
 * difference is shown.
 */
public final class Units {
    private Units() {
    }

    public enum Match {
        /** Same unit, or one side without a unit. */
        SAME,
        /** Different but one extends the other: compared by number, and the difference is pointed out. */
        RELATED,
        /** Not comparable (个 against %, 小时 against 天). */
        DIFFERENT
    }

    public static Match match(String targetUnit, String actualUnit) {
        String target = canonical(targetUnit);
        String actual = canonical(actualUnit);
        if (target.isEmpty() || actual.isEmpty() || target.equals(actual)) {
            return Match.SAME;
        }
        if (target.startsWith(actual) || actual.startsWith(target)) {
            return Match.RELATED;
        }
        return Match.DIFFERENT;
    }

    /** 个月 and 月, 日 and 天, 星期 and 周 are the same units written two ways. */
    static String canonical(String unit) {
        if (unit == null) {
            return "";
        }
        String u = unit.startsWith("个") && unit.length() > 1 ? unit.substring(1) : unit;
        return switch (u) {
            case "日" -> "天";
            case "星期" -> "周";
            default -> u;
        };
    }
}

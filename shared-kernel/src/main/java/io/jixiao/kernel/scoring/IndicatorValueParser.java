package io.jixiao.kernel.scoring;

import io.jixiao.kernel.scoring.IndicatorValue.Achievement;
import io.jixiao.kernel.scoring.IndicatorValue.AchievementLevel;
import io.jixiao.kernel.scoring.IndicatorValue.Blank;
import io.jixiao.kernel.scoring.IndicatorValue.CalendarMonth;
import io.jixiao.kernel.scoring.IndicatorValue.Comparison;
import io.jixiao.kernel.scoring.IndicatorValue.Deadline;
import io.jixiao.kernel.scoring.IndicatorValue.DeadlineKind;
import io.jixiao.kernel.scoring.IndicatorValue.FreeText;
import io.jixiao.kernel.scoring.IndicatorValue.Qualitative;
import io.jixiao.kernel.scoring.IndicatorValue.Quantity;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the strings units type into 年度指标值 and 实际完成值. The order of the attempts matters: a verdict
 * (达成指标) and a deadline (2024年9月前) would otherwise pass for a qualitative word or a figure.
 */
public final class IndicatorValueParser {
    /** Longest run of Chinese characters still read as one qualitative word (控制在概算范围内 has 8). */
    static final int LONGEST_QUALITATIVE_WORD = 8;

    private static final Pattern ACHIEVED = Pattern.compile("^已?(?:全部|完全)?达成(?:年度)?指标值?$");
    private static final Pattern PARTLY = Pattern.compile("^部分达成(?:年度)?指标值?(?:并具有一定效果)?$");
    private static final Pattern NOT_ACHIEVED = Pattern.compile("^未达成(?:年度)?指标值?(?:且效果较差)?$");

    private static final Pattern BY_MONTH =
            Pattern.compile("^(\\d{4})年(\\d{1,2})月(?:底|末)?(?:前|以前|之前)(?:完成)?$");
    private static final Pattern BY_YEAR_END = Pattern.compile("^(\\d{4})年(?:底|末)(?:前|以前|之前)?(?:完成)?$");
    private static final Pattern WITHIN =
            Pattern.compile("^(\\d+(?:\\.\\d+)?)(个?(?:小时|分钟|工作日|天|日|周|星期|月|年))(?:以内|之内|内)(?:完成)?$");
    private static final Pattern WITHIN_YEAR = Pattern.compile("^(?:(?:当|本)年度?内?|年内|年底前)(?:完成)?$");
    private static final Pattern ON_SCHEDULE =
            Pattern.compile("^(?:(?:根据|按照|依据|按)\\p{IsHan}{1,10},?)?(?:如期|按期|按时|按计划)完成$");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})年(\\d{1,2})月(?:底|末)?已?(?:完成)?$");

    private static final Pattern QUANTITY = Pattern.compile(
            "^(>=|<=|≥|≤|≧|≦|=|>|<)?([-+]?\\d+(?:\\.\\d+)?)(?:\\(([\\p{L}%‰/·°℃]{1,8})\\)|([\\p{L}%‰/·°℃]{0,8}))$");
    private static final Pattern QUALITATIVE =
            Pattern.compile("^\\p{IsHan}{1," + LONGEST_QUALITATIVE_WORD + "}$");
    /** Compiled once: every read model scores every form it writes, and String.replaceAll compiles at each call. */
    private static final Pattern SPACES = Pattern.compile("[\\p{Z}\\s]+");
    private static final Pattern THOUSANDS_SEPARATOR = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[,;:、。!?…]");

    private IndicatorValueParser() {
    }

    public static IndicatorValue parse(String raw) {
        String text = normalize(raw);
        if (text.isEmpty()) {
            return new Blank();
        }
        IndicatorValue value = achievement(text);
        if (value == null) {
            value = deadline(text);
        }
        if (value == null) {
            value = month(text);
        }
        if (value == null) {
            value = quantity(text);
        }
        if (value == null && QUALITATIVE.matcher(text).matches()) {
            value = new Qualitative(text, text);
        }
        return value != null ? value : new FreeText(text, whyFreeText(text));
    }

    /**
     * Folds full-width forms (NFKC: ＞＝ to >=, ％ to %, （ to (, ， to ,), drops every space (OCR and typing put
     * them inside numbers and words alike), drops thousands separators and a closing 。.
     */
    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        text = SPACES.matcher(text).replaceAll("");
        text = THOUSANDS_SEPARATOR.matcher(text).replaceAll("");
        while (text.endsWith("。")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }

    private static IndicatorValue achievement(String text) {
        if (ACHIEVED.matcher(text).matches()) {
            return new Achievement(text, AchievementLevel.ACHIEVED);
        }
        if (PARTLY.matcher(text).matches()) {
            return new Achievement(text, AchievementLevel.PARTLY_ACHIEVED);
        }
        if (NOT_ACHIEVED.matcher(text).matches()) {
            return new Achievement(text, AchievementLevel.NOT_ACHIEVED);
        }
        return null;
    }

    private static IndicatorValue deadline(String text) {
        Matcher m = BY_MONTH.matcher(text);
        if (m.matches()) {
            YearMonth month = yearMonth(m.group(1), m.group(2));
            return month == null ? null : new Deadline(text, DeadlineKind.BY_MONTH, month, null, null);
        }
        m = BY_YEAR_END.matcher(text);
        if (m.matches()) {
            return new Deadline(text, DeadlineKind.BY_MONTH, yearMonth(m.group(1), "12"), null, null);
        }
        m = WITHIN.matcher(text);
        if (m.matches()) {
            return new Deadline(text, DeadlineKind.WITHIN, null, new BigDecimal(m.group(1)), m.group(2));
        }
        if (WITHIN_YEAR.matcher(text).matches()) {
            return new Deadline(text, DeadlineKind.WITHIN_YEAR, null, null, null);
        }
        if (ON_SCHEDULE.matcher(text).matches()) {
            return new Deadline(text, DeadlineKind.ON_SCHEDULE, null, null, null);
        }
        return null;
    }

    private static IndicatorValue month(String text) {
        Matcher m = MONTH.matcher(text);
        if (!m.matches()) {
            return null;
        }
        YearMonth month = yearMonth(m.group(1), m.group(2));
        return month == null ? null : new CalendarMonth(text, month);
    }

    private static IndicatorValue quantity(String text) {
        Matcher m = QUANTITY.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String unit = m.group(3) != null ? m.group(3) : m.group(4);
        return new Quantity(text, comparison(m.group(1)), new BigDecimal(m.group(2)), unit);
    }

    private static Comparison comparison(String symbol) {
        if (symbol == null) {
            return Comparison.NONE;
        }
        return switch (symbol) {
            case ">=", "≥", "≧" -> Comparison.AT_LEAST;
            case "<=", "≤", "≦" -> Comparison.AT_MOST;
            case ">" -> Comparison.MORE_THAN;
            case "<" -> Comparison.LESS_THAN;
            default -> Comparison.EQUAL;
        };
    }

    private static YearMonth yearMonth(String year, String month) {
        int m = Integer.parseInt(month);
        return m >= 1 && m <= 12 ? YearMonth.of(Integer.parseInt(year), m) : null;
    }

    private static String whyFreeText(String text) {
        if (SENTENCE_PUNCTUATION.matcher(text).find()) {
            return "punctuation inside: a sentence or a clipped phrase, not a value";
        }
        if (text.chars().anyMatch(Character::isDigit)) {
            return "figures mixed with words in no known pattern (not a quantity, deadline or month)";
        }
        if (text.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return "longer than a qualitative word (more than " + LONGEST_QUALITATIVE_WORD + " characters)";
        }
        return "characters that are neither figures nor Chinese words";
    }
}

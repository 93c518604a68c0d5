package io.jixiao.deploy.demo;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Texts that name years ("2024年9月前", "2023年12月底前已完成") moved to another year: every year they name moves
 * by the same number of years, so a form still speaks of its own year and of the one before it.
 */
final class Years {
    private static final Pattern YEAR = Pattern.compile("(20\\d\\d)年");

    private Years() {
    }

    static String moved(String text, int fromYear, int toYear) {
        if (text == null) {
            return null;
        }
        Matcher matcher = YEAR.matcher(text);
        StringBuilder moved = new StringBuilder();
        while (matcher.find()) {
            int year = Integer.parseInt(matcher.group(1)) + toYear - fromYear;
            matcher.appendReplacement(moved, year + "年");
        }
        matcher.appendTail(moved);
        return moved.toString();
    }
}

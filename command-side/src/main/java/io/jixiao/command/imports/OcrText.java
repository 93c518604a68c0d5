package io.jixiao.command.imports;

import java.util.regex.Pattern;

/**
 * Text as OCR leaves it. The forms are Chinese: a space inside a cell is where a line of the cell wrapped (or where
 * OCR broke a number), never a space of the text, so spaces are dropped. Characters no Chinese form contains (a
 * lone Latin letter, Cyrillic, Georgian, Hangul, a bullet) betray a misread glyph.
 */
final class OcrText {
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern LONE_LATIN = Pattern.compile("(?<![A-Za-z])[A-Za-z](?![A-Za-z])");
    private static final String PUNCTUATION = ",.;:!?%()、。，；：！？“”\"'《》<>=≥≤-—–+/·~‰℃°[]【】（）…×";

    private OcrText() {
    }

    static String compact(String text) {
        return text == null ? "" : WHITESPACE.matcher(text).replaceAll("");
    }

    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    static String hanOnly(String text) {
        StringBuilder han = new StringBuilder();
        text.codePoints().filter(OcrText::isHan).forEach(han::appendCodePoint);
        return han.toString();
    }

    static boolean hasHan(String text) {
        return text.codePoints().anyMatch(OcrText::isHan);
    }

    static boolean isPunctuationOnly(String text) {
        String compact = compact(text);
        return compact.codePoints().allMatch(c -> PUNCTUATION.indexOf(c) >= 0 || c == '_' || c == '•');
    }

    /** Why a text cannot be what the form printed, or null when nothing in it looks misread. */
    static String damage(String text) {
        String compact = compact(text);
        if (!bracketsBalance(compact)) {
            return "unbalanced brackets";
        }
        if (hasHan(compact) && LONE_LATIN.matcher(compact).find()) {
            return "a stray Latin letter";
        }
        int foreign = compact.codePoints()
                .filter(c -> !isHan(c) && !Character.isLetterOrDigit(c) && PUNCTUATION.indexOf(c) < 0)
                .findFirst().orElse(-1);
        if (foreign >= 0) {
            return "the character " + new String(Character.toChars(foreign)) + " (a misread glyph)";
        }
        int script = compact.codePoints().filter(c -> Character.isLetter(c) && !isHan(c)
                && c >= 128).findFirst().orElse(-1);
        if (script >= 0) {
            return "the non-Chinese letter " + new String(Character.toChars(script)) + " (a misread glyph)";
        }
        return null;
    }

    private static boolean bracketsBalance(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '（' || c == '【' || c == '[' || c == '《') {
                depth++;
            } else if (c == ')' || c == '）' || c == '】' || c == ']' || c == '》') {
                depth--;
                if (depth < 0) {
                    return false;
                }
            }
        }
        return depth == 0;
    }

    /** A short form of a text for a message: its start, then an ellipsis. */
    static String shorten(String text, int length) {
        String compact = text == null ? "" : text.strip();
        return compact.length() <= length ? compact : compact.substring(0, length) + "…";
    }
}

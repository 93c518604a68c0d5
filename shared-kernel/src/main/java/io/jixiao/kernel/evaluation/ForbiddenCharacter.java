package io.jixiao.kernel.evaluation;

import java.util.Locale;

/**
 * A character no name or value may hold ({@link InputRules#forbiddenCharacter}): where it is in the text, which one
 * (as {@code U+202E}), and why, in English and Chinese.
 */
public record ForbiddenCharacter(int index, int codePoint, Kind kind) {
    public enum Kind {
        /** U+FFFE, U+FFFF, U+FDD0..U+FDEF and every plane's last two: not text, and not XML */
        NONCHARACTER("a Unicode non-character", "Unicode 非字符"),
        /** half of a surrogate pair without its other half: no character at all */
        LONE_SURROGATE("half of a broken character (a lone surrogate)", "残缺的字符（孤立代理项）"),
        /** C0 and C1 controls, and tab or line break where the text is one line */
        CONTROL("a control character", "控制字符"),
        /** U+202A..U+202E, U+2066..U+2069, U+200E, U+200F, U+061C: they reorder what is shown */
        BIDI_CONTROL("a bidirectional control character, which changes the order text is shown in",
                "双向文本控制符（会改变文字的显示顺序）"),
        /** U+200B, U+200C, U+200D, U+2060, U+FEFF: invisible, so two names that look the same would differ */
        ZERO_WIDTH("an invisible zero-width character", "不可见的零宽字符");

        private final String english;
        private final String chinese;

        Kind(String english, String chinese) {
            this.english = english;
            this.chinese = chinese;
        }

        public String english() {
            return english;
        }

        public String chinese() {
            return chinese;
        }
    }

    /** The character as Unicode names it: {@code U+202E}, {@code U+1FFFE}. */
    public String label() {
        return String.format(Locale.ROOT, "U+%04X", codePoint);
    }

    /** "contains U+202E (a bidirectional control character, ...)", after the name of the field. */
    public String message() {
        return " contains " + label() + " (" + kind.english() + "), which is not allowed: remove it.";
    }

    public String messageZh() {
        return " 含有不允许的字符 " + label() + "（" + kind.chinese() + "），请删除。";
    }
}

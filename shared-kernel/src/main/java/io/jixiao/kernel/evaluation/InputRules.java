package io.jixiao.kernel.evaluation;

import io.jixiao.kernel.Refusal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a person may type into a form, in one place: the commands (HTTP, imports, demo data) decide with it and the
 * editor's preview reads with it, so a figure the preview accepts is one the save accepts, and a refusal says the
 * same code either way ({@link FormField#code()}).
 */
public final class InputRules {
    /** 10 trillion 元: more than any budget line of a Chinese local government. */
    public static final BigDecimal MAX_AMOUNT_YUAN = new BigDecimal("10000000000000");
    public static final BigDecimal MAX_WEIGHT = new BigDecimal("100");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,16}(\\.\\d{1,6})?");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d{1,6})?");

    private final InputLimits limits;

    public InputRules(InputLimits limits) {
        this.limits = limits;
    }

    /**
     * A text as it is kept: trimmed, blank as none; refused when longer than the field's limit or holding a
     * character {@link #forbiddenCharacter} names (line breaks and tabs are allowed: goals and reasons run over
     * several lines, and a name in a workbook cell may wrap).
     */
    public String text(FieldAt at, String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        int maxLength = limits.of(at.field().textSize());
        if (trimmed.length() > maxLength) {
            throw at.invalid(at.path() + " is longer than " + maxLength + " characters.",
                    at.path() + " 超过 " + maxLength + " 个字符。");
        }
        Optional<ForbiddenCharacter> forbidden = forbiddenCharacter(trimmed, true);
        if (forbidden.isPresent()) {
            ForbiddenCharacter found = forbidden.get();
            throw at.with("codePoint", found.label()).invalid(at.path() + found.message(),
                    at.path() + found.messageZh());
        }
        return trimmed.isEmpty() ? null : trimmed;
    }

    /**
     * The one text rule of the system, for every name and value a person or a file gives (forms, the organization,
     * imports): the first character that no text may hold, if any. Refused are what is not text at all (Unicode
     * non-characters such as U+FFFF, lone surrogates; XML cannot carry them, so a workbook holding one would be
     * broken), control characters (C0 and C1; tab and line feed only when {@code multiLine}), and the invisible
     * characters that make a name look like another or read backwards: bidirectional controls (U+202E...) and
     * zero-width characters, U+200D (the zero-width joiner) included. Chinese text never needs them; an emoji
     * sequence joined by U+200D is refused too, since a form has no use for emoji and the joiner alone can hide
     * inside a Latin name.
     */
    public static Optional<ForbiddenCharacter> forbiddenCharacter(String text, boolean multiLine) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            int codePoint;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                codePoint = Character.toCodePoint(c, text.charAt(i + 1));
            } else if (Character.isSurrogate(c)) {
                return Optional.of(new ForbiddenCharacter(i, c, ForbiddenCharacter.Kind.LONE_SURROGATE));
            } else {
                codePoint = c;
            }
            ForbiddenCharacter.Kind kind = kindOf(codePoint, multiLine);
            if (kind != null) {
                return Optional.of(new ForbiddenCharacter(i, codePoint, kind));
            }
            i += Character.charCount(codePoint);
        }
        return Optional.empty();
    }

    private static ForbiddenCharacter.Kind kindOf(int codePoint, boolean multiLine) {
        if ((codePoint & 0xFFFE) == 0xFFFE || (codePoint >= 0xFDD0 && codePoint <= 0xFDEF)) {
            return ForbiddenCharacter.Kind.NONCHARACTER;
        }
        if (Character.isISOControl(codePoint)) {
            // CR is a line break too: Windows clients and some workbooks send CR LF, kept as sent
            return multiLine && (codePoint == '\n' || codePoint == '\r' || codePoint == '\t') ? null
                    : ForbiddenCharacter.Kind.CONTROL;
        }
        if ((codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069)
                || codePoint == 0x200E || codePoint == 0x200F || codePoint == 0x061C) {
            return ForbiddenCharacter.Kind.BIDI_CONTROL;
        }
        if ((codePoint >= 0x200B && codePoint <= 0x200D) || codePoint == 0x2060 || codePoint == 0xFEFF) {
            return ForbiddenCharacter.Kind.ZERO_WIDTH;
        }
        return null;
    }

    public String requiredText(FieldAt at, String value) {
        return required(at, text(at, value));
    }

    /** A value that must be given (a blank text counts as not given). */
    public static <T> T required(FieldAt at, T value) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            throw at.invalid(at.path() + " is required.", at.path() + " 为必填项。");
        }
        return value;
    }

    /** A number as typed: {@code "758.02"}, thousands separators allowed ({@code "4,514.45"}); null stays null. */
    public static BigDecimal decimal(FieldAt at, String typed) {
        if (typed == null) {
            return null;
        }
        String text = typed.strip();
        if (GROUPED.matcher(text).matches()) {
            text = text.replace(",", "");
        }
        if (!DECIMAL.matcher(text).matches()) {
            String shown = typed.length() > 40 ? typed.substring(0, 40) + "…" : typed;
            throw at.invalid(at.path() + " must be a decimal number such as \"758.02\", not \"" + shown + "\".",
                    at.path() + " 应为数字（如 \"758.02\"），而不是 \"" + shown + "\"。");
        }
        return new BigDecimal(text);
    }

    /** An amount in 元 (converted from the form's unit before it is checked); null stays null. */
    public static BigDecimal amount(FieldAt at, BigDecimal yuan) {
        if (yuan == null) {
            return null;
        }
        if (yuan.signum() < 0) {
            throw at.invalid(at.path() + " cannot be negative.", at.path() + " 不能为负数。");
        }
        if (yuan.compareTo(MAX_AMOUNT_YUAN) > 0) {
            throw at.invalid(at.path() + " is implausibly large (more than 10 trillion yuan).",
                    at.path() + " 金额过大（超过 10 万亿元），不合常理。");
        }
        return yuan;
    }

    /** An indicator's weight (分值): 0 to 100 points, at most 2 decimals; null stays null. */
    public static BigDecimal weight(FieldAt at, BigDecimal weight) {
        if (weight == null) {
            return null;
        }
        if (weight.signum() < 0 || weight.compareTo(MAX_WEIGHT) > 0) {
            throw at.invalid(at.path() + " must be between 0 and 100 points.", at.path() + " 分值应在 0 到 100 之间。");
        }
        if (weight.scale() > 2 && weight.stripTrailingZeros().scale() > 2) {
            throw at.invalid(at.path() + " has more than 2 decimals.", at.path() + " 最多保留两位小数。");
        }
        return weight;
    }

    /** A given score: from 0 to the indicator's weight; null stays null. */
    public static BigDecimal score(FieldAt at, BigDecimal score, BigDecimal weight) {
        if (score == null) {
            return null;
        }
        if (score.signum() < 0 || (weight != null && score.compareTo(weight) > 0)) {
            throw at.invalid("The score must lie between 0 and the indicator's weight (" + weight + ").",
                    "得分应在 0 与该指标分值（" + weight + "）之间。");
        }
        return score;
    }

    /** A funds row the request names that the form does not have. */
    public static Refusal unknownFundsRow(String path, String name) {
        return FieldAt.of(FormField.FUNDS_ROW, path).with("row", String.valueOf(name)).invalid(
                "Unknown funds row " + name + "; use total, currentYearAppropriation, carryover or other.",
                "资金来源 " + name + " 不存在，应为 total、currentYearAppropriation、carryover 或 other。");
    }

    /**
     * An indicator the request names that the form does not have (404, as for any missing thing); {@code path} is
     * where a body named it, null when the address did.
     */
    public static Refusal unknownIndicator(String indicatorId, String path) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("indicatorId", String.valueOf(indicatorId));
        if (path != null) {
            details.put("field", path);
        }
        return new Refusal(Refusal.Kind.NOT_FOUND, "INDICATOR_NOT_FOUND",
                "The form has no indicator " + indicatorId + ".", "表单中没有指标 " + indicatorId + "。", details);
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

package io.jixiao.deploy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

/**
 * Values a careless or malicious client puts into well-formed JSON: every one has the right JSON type (a string),
 * and what it holds is hostile. Drawn from a seeded random, so a run can be replayed.
 */
final class HostileValues {
    /** Texts the rules may accept or refuse: whatever is accepted must come back as it was sent. */
    private static final List<String> TEXTS = List.of(
            "\u202Eexe.tnemucod", "abc\u202Efdp.exe", "\u200F\u05E9\u05DC\u05D5\u05DD RTL", "\u2066isolated\u2069",
            "👨\u200D👩\u200D👧\u200D👦", "a\u200Bb\u200Cc\u200Dd", "\uFEFFbom", "😀🀄𝕏𠀀𩸽", "e\u0301\u0301\u0301\u0301",
            "{\"$gt\":\"\"}", "{\"$ne\":null}", "$where", "'; DROP TABLE evaluations; --", "1' OR '1'='1",
            "${jndi:ldap://127.0.0.1/a}", "%s%n%x", "../../etc/passwd", "\\u0000 written out",
            "=CMD|' /C calc'!A0", "+1+1", "-2+3", "@SUM(1+1)*cmd|' /C calc'!A0", "=HYPERLINK(\"http://x\",\"y\")",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg/onload=alert(1)>",
            "</textarea><b>", "&lt;&amp;&#0;", "  leading and trailing  ", "\t第一行\n第二行\n", "   ", "",
            "null", "undefined", "NaN", "true", "[]", "１２３ 全角", "\u00A0nbsp\u00A0", "\u3000全角空格\u3000",
            "多行\r\n文本", "\u2028line separator", "ǅǈ ß ﬁ İ", "汉字与English混排");
    /** Texts that no rule may accept: a control character is never part of a form. */
    private static final List<String> CONTROL = List.of("a\u0000b", "bell\u0007", "\u001B[31mred\u001B[0m",
            "back\bspace", "form\ffeed", "del\u007F", "vt\u000Bx");
    /** Numbers as strings, as the API takes them. */
    private static final List<String> NUMBERS = List.of(
            "NaN", "Infinity", "-Infinity", "1e5", "1E+400", "0x1F", "１２３", "١٢٣", "12 34", "+12", "--1",
            ".5", "5.", "00012.30", "-0", "-0.00", "-0.01", "-12.5", "9999999999999999", "99999999999999999",
            "10000000000000", "10000000000001", "1000000000.0001", "1000000000", "0.000001", "0.0000001",
            " 12.5 ", "12.5\u00A0", "1_000", "1,234,567.89", "1,23", "", "   ", "{\"$gt\":\"\"}", "=1+1",
            "<b>1</b>", "12.5😀", "0", "100", "100.01", "33.333", "7.50", "1e-400");

    private final Random random;

    HostileValues(Random random) {
        this.random = random;
    }

    /** A hostile text for a field holding at most {@code limit} characters; sometimes just over it. */
    String text(int limit) {
        int kind = random.nextInt(20);
        if (kind == 0) {
            return "汉".repeat(limit);
        }
        if (kind == 1) {
            return "汉".repeat(limit + 1);
        }
        if (kind == 2) {
            return "x".repeat(Math.max(5001, limit + 1));
        }
        if (kind == 3) {
            return " ".repeat(3) + "界".repeat(limit) + " ".repeat(3);
        }
        if (kind == 4) {
            return CONTROL.get(random.nextInt(CONTROL.size()));
        }
        return TEXTS.get(random.nextInt(TEXTS.size()));
    }

    String number() {
        return NUMBERS.get(random.nextInt(NUMBERS.size()));
    }

    /** A password of 8 to 72 UTF-8 bytes made of hostile characters, or one outside those bounds. */
    String password() {
        return switch (random.nextInt(6)) {
            case 0 -> "短";
            case 1 -> "密".repeat(25);
            case 2 -> "p\u0000ss\u202Eword";
            case 3 -> "{\"$gt\":\"\"} OR 1=1";
            case 4 -> "😀😀😀😀密码ZWJ\u200D";
            default -> "  spaces around  ";
        };
    }

    // ---- what the documented rules say about a value ----

    /** The documented rule every path applies: a text is stripped of surrounding blanks, and blank is no text. */
    static String stripped(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    static boolean tooLong(String text, int limit) {
        String stripped = stripped(text);
        return stripped != null && stripped.codePointCount(0, stripped.length()) > limit;
    }

    /** C0 control characters other than tab and line breaks, and DEL: never part of a form. */
    static boolean hasControlCharacter(String text) {
        String stripped = stripped(text);
        return stripped != null && stripped.chars().anyMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                || c == 0x7F);
    }

    static boolean refusedText(String text, int limit) {
        return tooLong(text, limit) || hasControlCharacter(text);
    }

    /** The number a string means if read as a plain decimal (thousands separators allowed), else null. */
    static BigDecimal plainNumber(String text) {
        if (text == null) {
            return null;
        }
        String plain = text.strip();
        if (plain.matches("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
            plain = plain.replace(",", "");
        }
        if (!plain.matches("-?\\d+(\\.\\d+)?")) {
            return null;
        }
        return new BigDecimal(plain);
    }
}

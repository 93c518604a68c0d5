package io.jixiao.kernel.evaluation;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form of a project or indicator name in which the same name typed differently compares equal: full-width
 * characters as half-width (NFKC: （ to (, ０ to 0, Ａ to A, the ideographic space to a space), no white space
 * at all, every kind of bracket as round brackets (【】〔〕〖〗「」『』《》〈〉[]{}<> to ()), Latin letters in lower case.
 */
public final class NormalizedNames {
    private static final String OPENING = "([{<【〔〖「『《〈";
    private static final String CLOSING = ")]}>】〕〗」』》〉";

    private NormalizedNames() {
    }

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String compatible = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder normalized = new StringBuilder(compatible.length());
        compatible.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return;
            }
            if (OPENING.indexOf(c) >= 0) {
                normalized.append('(');
            } else if (CLOSING.indexOf(c) >= 0) {
                normalized.append(')');
            } else {
                normalized.appendCodePoint(c);
            }
        });
        return normalized.toString().toLowerCase(Locale.ROOT);
    }

    /** A project code as compared: NFKC, no white space, upper case; null or blank means no code. */
    public static String code(String projectCode) {
        if (projectCode == null || projectCode.isBlank()) {
            return null;
        }
        return Normalizer.normalize(projectCode, Normalizer.Form.NFKC).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}

package io.jixiao.query.exports;

/**
 * Text as an .xlsx file can hold it. A workbook is XML, which has no place for U+FFFE, U+FFFF, lone surrogates or
 * most control characters, and POI writes them anyway, leaving a file no reader opens. The kernel's text rule
 * keeps them out of new forms, but events stored before it may hold them, and a year's export must never fail: at
 * this boundary each is shown as U+FFFD (�), so the reader sees that something was there.
 */
final class XmlText {
    static final char REPLACEMENT = '\uFFFD';

    private XmlText() {
    }

    static String of(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder clean = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean allowed = pair || c == '\t' || c == '\n' || c == '\r'
                    || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (!allowed && clean == null) {
                clean = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (clean != null) {
                if (pair) {
                    clean.append(c).append(text.charAt(i + 1));
                } else {
                    clean.append(allowed ? c : REPLACEMENT);
                }
            }
            if (pair) {
                i++;
            }
        }
        return clean == null ? text : clean.toString();
    }
}

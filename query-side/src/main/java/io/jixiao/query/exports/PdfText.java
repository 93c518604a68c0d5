package io.jixiao.query.exports;

import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Text measured and wrapped in one font. Chinese wraps between any two characters, Latin words and figures
 * ("≥90.00(%)", "2024-2025年") stay whole where they fit, and Chinese punctuation follows the usual rules: a
 * closing mark never starts a line, an opening mark never ends one. Characters the font lacks print as "?".
 */
final class PdfText {
    private static final String CLOSING = "，。、；：？！）》」』〉】”’%％·…,.;:!?)]}";
    private static final String OPENING = "（《「『〈【“‘([{";
    private static final int MISSING = '?';

    private final PDFont font;
    private final Map<Integer, Boolean> printable = new HashMap<>();

    PdfText(PDFont font) {
        this.font = font;
    }

    PDFont font() {
        return font;
    }

    /** The text with what cannot be drawn replaced: tabs and other controls by spaces, glyphs the font lacks by "?". */
    String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.replace("\r\n", "\n").codePoints().forEach(c -> {
            if (c == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                out.append(' ');
            } else {
                out.appendCodePoint(hasGlyph(c) ? c : MISSING);
            }
        });
        return out.toString();
    }

    float width(String printableText, float size) {
        try {
            return font.getStringWidth(printableText) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of {@code text} in a box {@code maxWidth} wide; at least one (possibly empty) line. */
    List<String> wrap(String text, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable(text).split("\n", -1)) {
            fill(tokens(paragraph), size, maxWidth, lines);
        }
        return lines;
    }

    private void fill(List<String> tokens, float size, float maxWidth, List<String> lines) {
        StringBuilder line = new StringBuilder();
        for (String token : tokens) {
            if (token.isBlank() && line.isEmpty()) {
                continue;
            }
            if (width(line + token, size) <= maxWidth) {
                line.append(token);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
            }
            if (token.isBlank()) {
                continue;
            }
            for (int i = 0; i < token.length(); ) {
                int c = token.codePointAt(i);
                String character = new String(Character.toChars(c));
                if (!line.isEmpty() && width(line + character, size) > maxWidth) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(character);
                i += Character.charCount(c);
            }
        }
        lines.add(line.toString().stripTrailing());
    }

    /** Unbreakable pieces: one wide character, one Latin word, or one space, with punctuation glued on. */
    private static List<String> tokens(String paragraph) {
        List<String> raw = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        paragraph.codePoints().forEach(c -> {
            if (c == ' ' || isWide(c)) {
                flush(word, raw);
                raw.add(new String(Character.toChars(c)));
            } else {
                word.appendCodePoint(c);
            }
        });
        flush(word, raw);
        List<String> glued = new ArrayList<>();
        boolean openPending = false;
        for (String token : raw) {
            if (openPending) {
                glued.set(glued.size() - 1, glued.get(glued.size() - 1) + token);
            } else if (isMark(token, CLOSING) && !glued.isEmpty() && !glued.get(glued.size() - 1).isBlank()) {
                glued.set(glued.size() - 1, glued.get(glued.size() - 1) + token);
            } else {
                glued.add(token);
            }
            openPending = isMark(token, OPENING);
        }
        return glued;
    }

    private static boolean isMark(String token, String marks) {
        return token.codePointCount(0, token.length()) == 1 && marks.indexOf(token.codePointAt(0)) >= 0;
    }

    private static void flush(StringBuilder word, List<String> tokens) {
        if (!word.isEmpty()) {
            tokens.add(word.toString());
            word.setLength(0);
        }
    }

    private static boolean isWide(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.GENERAL_PUNCTUATION;
    }

    private boolean hasGlyph(int c) {
        return printable.computeIfAbsent(c, code -> {
            try {
                font.encode(new String(Character.toChars(code)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }
}

package io.jixiao.query.exports;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Text measured, wrapped and drawn in a set of faces: each character in the first face that has it, the faces
 * embedded in the document only once used. Chinese wraps between any two characters, Latin words and figures
 * ("≥90.00(%)", "2024-2025年") stay whole where they fit, and Chinese punctuation follows the usual rules: a
 * closing mark never starts a line, an opening mark never ends one. A character no face has prints as "□", so
 * the reader sees that something is missing.
 */
final class PdfText {
    private static final String CLOSING = "，。、；：？！）》」』〉】”’%％·…,.;:!?)]}";
    private static final String OPENING = "（《「『〈【“‘([{";
    static final int MISSING = '□';
    private static final int LAST_RESORT = '?';
    private static final int NO_FACE = -1;

    private final PDDocument document;
    private final List<PdfFontFile> faces;
    private final PDFont[] embedded;
    private final Map<Integer, Integer> faceOf = new HashMap<>();
    private final int missing;

    PdfText(PDDocument document, PdfFontSet fonts) {
        this.document = document;
        this.faces = fonts.faces();
        this.embedded = new PDFont[faces.size()];
        this.missing = face(MISSING) != NO_FACE ? MISSING : LAST_RESORT;
    }

    /** The text with what cannot be drawn replaced: tabs and other controls by spaces, characters no face has by "□". */
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
                out.appendCodePoint(face(c) != NO_FACE ? c : missing);
            }
        });
        return out.toString();
    }

    /** Draws one printable line with its baseline starting at (x, baseline), switching faces where needed. */
    void show(PDPageContentStream out, String printableLine, float size, float x, float baseline) throws IOException {
        out.beginText();
        out.newLineAtOffset(x, baseline);
        for (Run run : runs(printableLine)) {
            out.setFont(run.font(), size);
            out.showText(run.text());
        }
        out.endText();
    }

    float width(String printableText, float size) {
        try {
            float units = 0;
            for (Run run : runs(printableText)) {
                units += run.font().getStringWidth(run.text());
            }
            return units / 1000f * size;
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

    /** Maximal pieces of the text drawn in one face; a character no face has becomes the missing mark. */
    private List<Run> runs(String printableText) throws IOException {
        List<Run> runs = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        int pieceFace = NO_FACE;
        for (int i = 0; i < printableText.length(); ) {
            int c = printableText.codePointAt(i);
            i += Character.charCount(c);
            int face = face(c);
            if (face == NO_FACE) {
                c = missing;
                face = face(c);
            }
            if (face != pieceFace && !piece.isEmpty()) {
                runs.add(new Run(embedded(pieceFace), piece.toString()));
                piece.setLength(0);
            }
            pieceFace = face;
            piece.appendCodePoint(c);
        }
        if (!piece.isEmpty()) {
            runs.add(new Run(embedded(pieceFace), piece.toString()));
        }
        return runs;
    }

    /** The index of the first face that has the character, or {@link #NO_FACE}. */
    private int face(int c) {
        return faceOf.computeIfAbsent(c, code -> {
            for (int i = 0; i < faces.size(); i++) {
                if (faces.get(i).has(code)) {
                    return i;
                }
            }
            return NO_FACE;
        });
    }

    private PDFont embedded(int face) throws IOException {
        if (embedded[face] == null) {
            embedded[face] = faces.get(face).embedIn(document);
        }
        return embedded[face];
    }

    private record Run(PDFont font, String text) {
    }
}

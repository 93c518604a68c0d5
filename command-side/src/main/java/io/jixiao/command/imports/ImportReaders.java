package io.jixiao.command.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Which reader a file needs, by its name and, where the name says nothing, by its first bytes. */
public final class ImportReaders {
    private ImportReaders() {
    }

    public enum Format { XLSX, JSON, TEXT }

    public static Format format(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || (content.length > 1 && content[0] == 'P' && content[1] == 'K')) {
            return Format.XLSX;
        }
        if (name.endsWith(".json") || new String(content, 0, Math.min(content.length, 64), StandardCharsets.UTF_8)
                .strip().startsWith("{")) {
            return Format.JSON;
        }
        return Format.TEXT;
    }

    public static List<FormReading> read(String fileName, byte[] content) {
        return read(fileName, content, WorkbookLimits.defaults());
    }

    /** {@code limits} bound what reading a workbook may take; the other formats are bounded by the file's size. */
    public static List<FormReading> read(String fileName, byte[] content, WorkbookLimits limits) {
        try {
            return switch (format(fileName, content)) {
                case XLSX -> OfficialWorkbookReader.read(new ByteArrayInputStream(content), fileName, limits);
                case JSON -> FixtureForms.contents(new ByteArrayInputStream(content), fileName);
                case TEXT -> PublishedTextReader.read(new String(content, StandardCharsets.UTF_8), fileName);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

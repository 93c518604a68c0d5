package io.jixiao.command.imports;

import java.util.List;

/**
 * What a reader made of one form of a file: {@code form} names it (sheet name, or file#n), {@code content} is what
 * could be read (null when nothing usable), {@code problems} is everything that could not. Only a form without
 * problems is imported: all or nothing per form.
 */
public record FormReading(String form, FormContent content, List<ImportProblem> problems) {
    public FormReading {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public boolean readable() {
        return content != null && problems.isEmpty();
    }

    /**
     * Why no form could be taken from the file at all, if so: the readers then give one reading named after the file
     * (not readable, over a limit, no form in it), and the import failed rather than refused some of its forms.
     */
    public static java.util.Optional<ImportProblem> wholeFileProblem(List<FormReading> readings, String fileName) {
        if (readings.size() != 1 || readings.get(0).content() != null || !readings.get(0).form().equals(fileName)
                || readings.get(0).problems().isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(readings.get(0).problems().get(0));
    }
}

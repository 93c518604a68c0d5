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
}

package io.jixiao.command.imports;

import java.util.ArrayList;
import java.util.List;

/** What could not be read from one form, each with the line of the text where it was found. */
final class Problems {
    private final String form;
    private final List<ImportProblem> found = new ArrayList<>();

    Problems(String form) {
        this.form = form;
    }

    void add(Integer line, String field, String message, String messageZh) {
        String where = line == null ? "" : "line " + line + ": ";
        String whereZh = line == null ? "" : "第" + line + "行:";
        found.add(new ImportProblem(form, line, field, where + message, whereZh + messageZh));
    }

    List<ImportProblem> all() {
        return List.copyOf(found);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }
}

package io.jixiao.command.imports;

import io.jixiao.kernel.forms.Place;

import java.util.ArrayList;
import java.util.List;

/** The problems found on one sheet, each at its cell (row and column letter as Excel shows them) where it has one. */
final class SheetProblems {
    private final String sheet;
    private final List<ImportProblem> problems = new ArrayList<>();

    SheetProblems(String sheet) {
        this.sheet = sheet;
    }

    void at(Place place, String message, String messageZh) {
        problems.add(new ImportProblem(sheet, place.rowNumber(), place.columnLetter(),
                place.reference() + ": " + message, place.reference() + "：" + messageZh));
    }

    /** A problem of the sheet as a whole, or of a row with no single cell to blame. */
    void sheet(Integer rowNumber, String message, String messageZh) {
        problems.add(new ImportProblem(sheet, rowNumber, null, message, messageZh));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<ImportProblem> all() {
        return List.copyOf(problems);
    }
}

package io.jixiao.command.imports;

import io.jixiao.kernel.evaluation.ForbiddenCharacter;
import io.jixiao.kernel.evaluation.InputRules;
import io.jixiao.kernel.forms.Place;

import java.util.List;
import java.util.Optional;

/**
 * The kernel's one text rule ({@link InputRules#forbiddenCharacter}) applied where a file is read, so a character no
 * form may hold is reported at its cell or line, and the form is refused before any command is sent.
 */
final class ForbiddenCharacters {
    private ForbiddenCharacters() {
    }

    /** Every cell of the sheet that is read (the top-left cell of a merged area once). */
    static void inSheet(SheetCells cells, SheetProblems problems) {
        for (int row = 0; row <= cells.lastRow(); row++) {
            for (int column = 0; column < SheetCells.MAX_COLUMNS; column++) {
                if (!cells.spanAt(row, column).topLeft().equals(new Place(row, column))) {
                    continue;
                }
                Optional<ForbiddenCharacter> found = InputRules.forbiddenCharacter(cells.text(row, column), true);
                if (found.isPresent()) {
                    problems.at(new Place(row, column), "The cell" + found.get().message(),
                            "单元格" + found.get().messageZh());
                }
            }
        }
    }

    /** Every cell of the lines of one form of a text. */
    static void inLines(List<TextLine> lines, Problems problems) {
        for (TextLine line : lines) {
            for (int cell = 0; cell < line.cells().size(); cell++) {
                Optional<ForbiddenCharacter> found = InputRules.forbiddenCharacter(line.cells().get(cell), true);
                if (found.isPresent()) {
                    problems.add(line.number(), null, "cell " + (cell + 1) + found.get().message(),
                            "第" + (cell + 1) + "格" + found.get().messageZh());
                }
            }
        }
    }
}

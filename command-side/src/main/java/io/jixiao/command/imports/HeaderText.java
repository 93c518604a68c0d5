package io.jixiao.command.imports;

import io.jixiao.kernel.evaluation.AmountUnit;

import java.util.List;

/**
 * The header of one form as printed, before anything is completed from the rest of the file: the year, the
 * project name, the pieces of the two unit cells in reading order and how many of them came before the 实施单位
 * label (OCR interleaves the lines of the two cells when they wrap), and the amount unit (null when its label is
 * damaged). Each with the line it came from; null where nothing was found.
 */
record HeaderText(Integer fiscalYear, Integer yearLine,
                  String projectName, Integer projectLine,
                  List<String> unitPieces, int piecesBeforeLabel, Integer unitLine,
                  AmountUnit amountUnit, Integer amountUnitLine) {

    HeaderText {
        unitPieces = unitPieces == null ? List.of() : List.copyOf(unitPieces);
    }
}

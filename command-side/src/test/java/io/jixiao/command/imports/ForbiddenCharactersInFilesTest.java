package io.jixiao.command.imports;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11 item 6 at the readers: a character the kernel's text rule refuses makes the form unreadable, with a
 * problem naming its cell (sheet, row and column) or its line, so no command is sent and no event is written.
 */
class ForbiddenCharactersInFilesTest {

    @Test
    void aWorkbookCellHoldingABidiOverrideOrANonCharacterIsAProblemAtThatCell() {
        SheetBuilder book = new SheetBuilder().officialForm("表").put("B3", "测试\u202E项目")
                .put("D14", "合格率\uFDD0");

        FormReading reading = OfficialWorkbookReader.read(book.stream(), "f.xlsx").get(0);

        assertThat(reading.readable()).isFalse();
        assertThat(reading.problems()).filteredOn(p -> p.message().contains("U+"))
                .extracting(ImportProblem::form, ImportProblem::row, ImportProblem::column)
                .contains(org.assertj.core.api.Assertions.tuple("表", 3, "B"),
                        org.assertj.core.api.Assertions.tuple("表", 14, "D"));
        ImportProblem bidi = reading.problems().stream().filter(p -> "B".equals(p.column()) && p.row() == 3)
                .findFirst().orElseThrow();
        assertThat(bidi.message()).contains("B3", "U+202E");
        assertThat(bidi.messageZh()).contains("B3", "U+202E", "不允许");
    }

    @Test
    void aCleanWorkbookHasNoSuchProblem() {
        FormReading reading = OfficialWorkbookReader.read(new SheetBuilder().officialForm("表").stream(), "f.xlsx")
                .get(0);
        assertThat(reading.problems()).isEmpty();
    }

    @Test
    void aLineOfPublishedTextHoldingAZeroWidthCharacterIsAProblemAtThatLine() {
        String text = new HandWrittenForm().with(HandWrittenForm.QUALITY,
                "产出指标\t质量指标\t合同履约\u200B达标率\t\t=100. 00 (%)\t100. 00 (%)\t15.00\t15.00\t").text();

        List<FormReading> readings = PublishedTextReader.read(text, "typed.txt");

        assertThat(readings).singleElement().satisfies(reading -> {
            assertThat(reading.readable()).isFalse();
            assertThat(reading.problems()).anySatisfy(problem -> {
                assertThat(problem.row()).isEqualTo(HandWrittenForm.QUALITY);
                assertThat(problem.message()).contains("line " + HandWrittenForm.QUALITY, "cell 3", "U+200B");
                assertThat(problem.messageZh()).contains("U+200B");
            });
        });
    }

    @Test
    void aByteOrderMarkOpeningATextFileIsNoProblem() {
        List<FormReading> readings = PublishedTextReader.read("\uFEFF" + new HandWrittenForm().text(), "bom.txt");
        assertThat(readings).singleElement().satisfies(reading -> assertThat(reading.problems()).isEmpty());
    }
}

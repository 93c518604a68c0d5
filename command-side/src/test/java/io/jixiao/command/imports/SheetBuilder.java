package io.jixiao.command.imports;

import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.FundSource;
import io.jixiao.kernel.forms.OfficialLayout;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import static io.jixiao.kernel.forms.OfficialLayout.*;

/** Writes test workbooks cell by cell ("B3" = value), as another system or a person with Excel would. */
final class SheetBuilder {
    private final XSSFWorkbook book = new XSSFWorkbook();
    private Sheet sheet;

    SheetBuilder sheet(String name) {
        sheet = book.createSheet(name);
        return this;
    }

    SheetBuilder put(String reference, Object value) {
        CellReference at = new CellReference(reference);
        Row row = sheet.getRow(at.getRow()) == null ? sheet.createRow(at.getRow()) : sheet.getRow(at.getRow());
        Cell cell = row.getCell(at.getCol()) == null ? row.createCell(at.getCol()) : row.getCell(at.getCol());
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value == null) {
            cell.setBlank();
        } else {
            cell.setCellValue(value.toString());
        }
        return this;
    }

    SheetBuilder merge(String range) {
        sheet.addMergedRegion(CellRangeAddress.valueOf(range));
        return this;
    }

    /**
     * A form in the official layout with three indicators (产出指标 40 + 30 over two rows, 满意度指标 20): the tests
     * then change the cells they are about.
     */
    SheetBuilder officialForm(String name) {
        sheet(name);
        put("A1", TITLE).merge("A1:I1").put("A2", yearLine(2024)).merge("A2:I2");
        put("A3", PROJECT_NAME).put("B3", "测试项目").merge("B3:I3");
        put("A4", COMPETENT_DEPARTMENT).put("B4", "测试主管部门").merge("B4:D4");
        put("E4", IMPLEMENTING_UNIT).put("F4", "测试实施单位").merge("F4:I4");
        put("A5", fundsLabel(AmountUnit.TEN_THOUSAND_YUAN)).merge("A5:A9");
        put("C5", INITIAL_BUDGET).put("D5", ADJUSTED_BUDGET).put("E5", EXECUTED).put("F5", WEIGHT)
                .put("G5", EXECUTION_RATE).put("H5", SCORE);
        for (FundSource source : FundSource.values()) {
            int row = OfficialLayout.fundsRow(source) + 1;
            put("B" + row, fundsRowLabel(source)).put("C" + row, 0).put("D" + row, 0).put("E" + row, 0);
        }
        put("F6", 10);
        put("A10", GOALS).merge("A10:A11").put("B10", EXPECTED_GOAL).merge("B10:E10")
                .put("F10", ACTUAL_GOAL).merge("F10:I10").put("B11", "预期").merge("B11:E11")
                .put("F11", "实际").merge("F11:I11");
        put("A12", INDICATORS).merge("A12:A15").put("B12", LEVEL1).put("C12", LEVEL2).put("D12", INDICATOR_NAME)
                .put("E12", TARGET).put("F12", ACTUAL_VALUE).put("G12", WEIGHT).put("H12", SCORE)
                .put("I12", DEVIATION);
        indicator(13, "产出指标", "数量指标", "培训次数", ">=2次", "2次", 40, 40).merge("B13:B14");
        indicator(14, null, "质量指标", "合格率", "≥90.00(%)", "95.00(%)", 30, 30);
        indicator(15, "满意度指标", "服务对象满意度指标", "满意度", "及时", "及时", 20, 20);
        put("A16", TOTAL).merge("A16:F16").put("G16", 100).put("H16", 100);
        return put("A17", GRADE).merge("A17:F17").put("G17", "优").merge("G17:I17")
                .put("A19", PROJECT_LEAD).put("E19", FINANCE_LEAD);
    }

    SheetBuilder indicator(int row, String level1, String level2, String name, String target, String actual,
                           Object weight, Object score) {
        return put("B" + row, level1).put("C" + row, level2).put("D" + row, name).put("E" + row, target)
                .put("F" + row, actual).put("G" + row, weight).put("H" + row, score);
    }

    byte[] bytes() {
        try (book) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    InputStream stream() {
        return new ByteArrayInputStream(bytes());
    }
}

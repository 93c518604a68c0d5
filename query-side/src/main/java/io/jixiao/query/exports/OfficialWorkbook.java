package io.jixiao.query.exports;

import io.jixiao.kernel.forms.ExportFacts;
import io.jixiao.kernel.forms.SummaryLayout;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Forms as .xlsx in the official layout of 财政项目支出绩效自评表 ({@link io.jixiao.kernel.forms.OfficialLayout}),
 * amounts as numbers in the unit each form was filled in, ready to print on A4 landscape. Every workbook also holds
 * a very hidden sheet of {@link ExportFacts}, so that importing it again gives back exactly the forms exported.
 */
public final class OfficialWorkbook {
    private OfficialWorkbook() {
    }

    /** One form, one sheet named after its project. */
    public static byte[] form(ExportedForm form) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            SheetStyles styles = new SheetStyles(workbook);
            SheetNames names = new SheetNames(ExportFacts.SHEET_NAME);
            String name = names.claim(form.state().projectName());
            ExportFacts facts = FormSheet.write(workbook.createSheet(name), styles, form);
            FactsSheet.write(workbook, List.of(facts));
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A unit's year: the 项目支出汇总表 first, then one sheet per form in the given order, named by its number in the
     * summary and its project ("1 其他专项工作经费(…)", cut to Excel's 31 characters).
     */
    public static byte[] unitYear(String unitName, int fiscalYear, List<ExportedForm> forms) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            SheetStyles styles = new SheetStyles(workbook);
            SheetNames names = new SheetNames(ExportFacts.SHEET_NAME);
            SummarySheet.write(workbook.createSheet(names.claim(SummaryLayout.TITLE)), styles, unitName, fiscalYear,
                    forms);
            List<ExportFacts> facts = new ArrayList<>();
            for (int i = 0; i < forms.size(); i++) {
                ExportedForm form = forms.get(i);
                String name = names.claim((i + 1) + " " + form.state().projectName());
                facts.add(FormSheet.write(workbook.createSheet(name), styles, form));
            }
            FactsSheet.write(workbook, facts);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        workbook.setActiveSheet(0);
        workbook.setFirstVisibleTab(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}

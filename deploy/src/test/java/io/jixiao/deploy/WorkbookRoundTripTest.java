package io.jixiao.deploy;

import io.jixiao.command.imports.FixtureForms;
import io.jixiao.command.imports.FixtureForms.FixtureForm;
import io.jixiao.command.imports.FormContent;
import io.jixiao.command.imports.FormReading;
import io.jixiao.command.imports.ImportProblem;
import io.jixiao.command.imports.OfficialWorkbookReader;
import io.jixiao.platform.organization.OrganizationFile;
import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.DraftEvaluationCommand;
import io.jixiao.kernel.evaluation.EvaluationDraftedEvent;
import io.jixiao.kernel.evaluation.EvaluationFold;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.evaluation.FundLine;
import io.jixiao.kernel.evaluation.FundSource;
import io.jixiao.kernel.evaluation.Funds;
import io.jixiao.kernel.evaluation.Indicator;
import io.jixiao.kernel.evaluation.IndicatorInput;
import io.jixiao.kernel.forms.ExportFacts;
import io.jixiao.kernel.forms.OfficialLayout;
import io.jixiao.kernel.forms.Place;
import io.jixiao.kernel.organization.Actor;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.organization.Unit;
import io.jixiao.kernel.scoring.ScoringPolicy;
import io.jixiao.query.exports.ExportedForm;
import io.jixiao.query.exports.OfficialWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Export then import of the official Excel template, without the application: each seed fixture becomes its draft
 * command, the form the aggregate would make of it (amounts to 元 as the aggregate converts them, folded by the
 * kernel's fold), the workbook the query side writes, and what the command side reads back: every figure and text
 * as the fixture states it, in the form's own unit.
 */
class WorkbookRoundTripTest {
    private static final String ANTING = "anting-2024.json";
    private static final String SONGJIANG = "songjiang-2023.json";
    private static Organization organization;

    @BeforeAll
    static void organization() throws IOException {
        try (InputStream yaml = resource("io/jixiao/platform/organization/demo-organization.yml")) {
            organization = OrganizationFile.read(yaml).current();
        }
    }

    static Stream<Arguments> seedForms() throws IOException {
        organization();
        return Stream.concat(fixtures(ANTING).stream(), fixtures(SONGJIANG).stream())
                .map(form -> Arguments.of(form.source(), form));
    }

    @Test
    void thereAre24SeedForms() throws IOException {
        assertThat(seedForms()).hasSize(24);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedForms")
    void everySeedFormComesBackExactly(String source, FixtureForm fixture) {
        byte[] workbook = OfficialWorkbook.form(exported(fixture.draft()));

        List<FormReading> readings = read(workbook);

        assertThat(readings).hasSize(1);
        assertThat(readings.get(0).problems()).isEmpty();
        assertSameForm(readings.get(0).content(), fixture.draft());
    }

    /** 240 forms: the summary and the facts sheet with a row per form pass the workbook limits as configured. */
    @Test
    void aYearOfHundredsOfFormsReadsWithinTheDefaultLimits() throws IOException {
        List<FixtureForm> seeds = Stream.concat(fixtures(ANTING).stream(), fixtures(SONGJIANG).stream()).toList();
        List<ExportedForm> forms = new java.util.ArrayList<>();
        for (int copy = 0; copy < 10; copy++) {
            seeds.forEach(seed -> forms.add(exported(seed.draft())));
        }

        List<FormReading> readings = read(OfficialWorkbook.unitYear("上海市松江区财政局", 2024, forms));

        assertThat(readings).hasSize(240).allSatisfy(reading -> assertThat(reading.problems()).isEmpty());
    }

    @Test
    void antingsYearComesBackAsItsTenForms() throws IOException {
        List<FixtureForm> fixtures = fixtures(ANTING);
        List<ExportedForm> forms = fixtures.stream().map(f -> exported(f.draft())).toList();

        List<FormReading> readings = read(OfficialWorkbook.unitYear("上海市嘉定区安亭镇城市运行管理中心", 2024, forms));

        assertThat(readings).hasSize(10);
        for (int i = 0; i < fixtures.size(); i++) {
            assertThat(readings.get(i).problems()).isEmpty();
            assertSameForm(readings.get(i).content(), fixtures.get(i).draft());
        }
    }

    /** Without the hidden facts a workbook reads by the unit names it prints; the rest is the same. */
    @Test
    void aWorkbookWithoutOurFactsReadsByNames() throws IOException {
        DraftEvaluationCommand draft = fixtures(SONGJIANG).get(5).draft();
        byte[] workbook = edit(OfficialWorkbook.form(exported(draft)),
                book -> book.removeSheetAt(book.getSheetIndex(ExportFacts.SHEET_NAME)));

        FormContent content = read(workbook).get(0).content();

        assertThat(content.competentDepartmentId()).isNull();
        assertThat(content.implementingUnitId()).isNull();
        assertThat(content.competentDepartmentName()).isEqualTo("上海市松江区人民政府办公室");
        assertThat(content).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .ignoringFields("competentDepartmentId", "implementingUnitId").isEqualTo(expected(draft));
    }

    /**
     * A seed form the system holds with a nameless indicator comes back from our untouched export; the same sheet
     * is refused once a person has changed it, or without the facts that prove it untouched.
     */
    @Test
    void aNamelessIndicatorPassesOnlyInAnUntouchedExport() throws IOException {
        DraftEvaluationCommand draft = fixtures(ANTING).get(7).draft();
        int nameless = 12;
        assertThat(draft.indicators().get(nameless).name()).isNull();
        byte[] untouched = OfficialWorkbook.form(exported(draft));
        byte[] changed = edit(untouched, book -> cell(book.getSheetAt(0), OfficialLayout.indicatorRow(0),
                OfficialLayout.TARGET_COLUMN).setCellValue("≥95.00(%)"));
        byte[] withoutFacts = edit(untouched,
                book -> book.removeSheetAt(book.getSheetIndex(ExportFacts.SHEET_NAME)));

        assertThat(read(untouched).get(0).problems()).isEmpty();
        Place nameCell = new Place(OfficialLayout.indicatorRow(nameless), OfficialLayout.NAME_COLUMN);
        for (byte[] refused : List.of(changed, withoutFacts)) {
            assertThat(read(refused).get(0).problems()).extracting(ImportProblem::row, ImportProblem::column)
                    .containsExactly(tuple(nameCell.rowNumber(), nameCell.columnLetter()));
        }
    }

    /** The broken workbook of issue 5: a text in an amount cell, a missing indicator name, weights summing to 95. */
    @Test
    void aBrokenWorkbookIsRefusedWithRowAndColumn() throws IOException {
        DraftEvaluationCommand draft = fixtures(ANTING).get(0).draft();
        assertThat(draft.indicators().get(3).weight()).isEqualByComparingTo("10");
        byte[] broken = edit(OfficialWorkbook.form(exported(draft)), book -> {
            Sheet sheet = book.getSheetAt(0);
            cell(sheet, OfficialLayout.fundsRow(FundSource.TOTAL), OfficialLayout.EXECUTED_COLUMN)
                    .setCellValue("七百五十八万");
            cell(sheet, OfficialLayout.indicatorRow(2), OfficialLayout.NAME_COLUMN).setBlank();
            cell(sheet, OfficialLayout.indicatorRow(3), OfficialLayout.WEIGHT_COLUMN).setCellValue(5);
            cell(sheet, OfficialLayout.indicatorRow(3), OfficialLayout.SCORE_COLUMN).setCellValue(5);
        });

        FormReading reading = read(broken).get(0);

        assertThat(reading.readable()).isFalse();
        assertThat(reading.problems()).extracting(ImportProblem::form).containsOnly(reading.form());
        assertThat(reading.problems()).extracting(p -> p.column() + p.row()).containsExactly("E6", "D15", "G21");
        assertThat(reading.problems().get(0).message()).contains("七百五十八万", "not a number");
        assertThat(reading.problems().get(0).messageZh()).contains("应为数字");
        assertThat(reading.problems().get(1).message()).contains("no name");
        assertThat(reading.problems().get(1).messageZh()).contains("缺少名称");
        assertThat(reading.problems().get(2).message()).contains("add up to 95.00", "not 100");
        assertThat(reading.problems().get(2).messageZh()).contains("分值合计为 95.00");
    }

    private static void assertSameForm(FormContent content, DraftEvaluationCommand draft) {
        assertThat(content).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(expected(draft));
    }

    /** The fixture's form as a reader should state it: amounts in the form's unit, units by id and by name. */
    private static FormContent expected(DraftEvaluationCommand draft) {
        return new FormContent(draft.fiscalYear(), draft.projectName(), draft.projectCode(),
                draft.competentDepartmentId(), unitName(draft.competentDepartmentId()), draft.implementingUnitId(),
                unitName(draft.implementingUnitId()), draft.amountUnit(), draft.funds(), draft.goals(),
                draft.indicators());
    }

    private static ExportedForm exported(DraftEvaluationCommand draft) {
        return new ExportedForm(drafted(draft), unitName(draft.competentDepartmentId()),
                unitName(draft.implementingUnitId()));
    }

    /** The form as ProjectEvaluation drafts it: amounts in 元 by AmountUnit.toYuan, indicators numbered I1..In. */
    private static EvaluationState drafted(DraftEvaluationCommand c) {
        AmountUnit unit = c.amountUnit();
        Funds funds = Funds.BLANK;
        for (FundSource source : FundSource.values()) {
            FundLine line = c.funds().line(source);
            funds = funds.with(source, new FundLine(unit.toYuan(line.initialBudget()),
                    unit.toYuan(line.adjustedBudget()), unit.toYuan(line.executed())));
        }
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < c.indicators().size(); i++) {
            IndicatorInput in = c.indicators().get(i);
            indicators.add(new Indicator(EvaluationFold.indicatorId(i + 1), in.level1(), in.level2(), in.name(),
                    in.target(), in.weight(), in.actual(), in.score(), in.deviation()));
        }
        return EvaluationFold.evolve(EvaluationState.EMPTY, new EvaluationDraftedEvent(c.evaluationId(),
                c.fiscalYear(), c.projectName(), c.projectCode(), c.competentDepartmentId(), c.implementingUnitId(),
                unit, ScoringPolicy.byName(c.scoringPolicy()).name(), funds, c.goals(), indicators, c.source(),
                c.actor()));
    }

    private static List<FixtureForm> fixtures(String file) throws IOException {
        try (InputStream json = resource("demo/fixtures/" + file)) {
            return FixtureForms.read(json, file, organization, unit -> Actor.system("workbook round trip"));
        }
    }

    private static String unitName(String unitId) {
        return organization.unit(unitId).map(Unit::name).orElseThrow();
    }

    private static List<FormReading> read(byte[] workbook) {
        return OfficialWorkbookReader.read(new ByteArrayInputStream(workbook), "forms.xlsx");
    }

    private interface Edit {
        void apply(Workbook workbook) throws IOException;
    }

    private static byte[] edit(byte[] workbook, Edit edit) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            edit.apply(book);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    private static Cell cell(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column);
    }

    private static InputStream resource(String path) {
        InputStream in = WorkbookRoundTripTest.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + path);
        }
        return in;
    }
}

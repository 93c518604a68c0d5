package io.jixiao.query.exports;

import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.Refusal.Kind;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.evaluation.ListEvaluationsQuery;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.organization.Unit;
import io.jixiao.query.access.Caller;
import io.jixiao.query.access.Callers;
import io.jixiao.query.access.ReadPolicy;
import io.jixiao.query.history.FormStates;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Forms out (README "Forms in and out"): the official Excel template and the printable PDF, of any version. */
@RestController
public class ExportController {
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final FormStates forms;
    private final ReadPolicy policy;
    private final Organization organization;
    private final QueryGateway queries;
    private final OfficialPdf pdf;

    public ExportController(FormStates forms, ReadPolicy policy, Organization organization, QueryGateway queries,
                            OfficialPdf pdf) {
        this.forms = forms;
        this.policy = policy;
        this.organization = organization;
        this.queries = queries;
        this.pdf = pdf;
    }

    @GetMapping("/api/evaluations/{evaluationId}/export")
    public Mono<ResponseEntity<byte[]>> form(@PathVariable String evaluationId,
                                             @RequestParam(name = "format", required = false) String format,
                                             @RequestParam(name = "version", required = false) String version) {
        String kind = format(format, true);
        return Callers.current().publishOn(Schedulers.boundedElastic()).map(caller -> {
            ExportedForm form = exported(forms.visible(caller, evaluationId, version));
            String name = form.state().fiscalYear() + "-" + form.state().projectName()
                    + (version == null || version.isBlank() ? "" : "-v" + version.strip());
            return kind.equals("pdf") ? file(pdf.form(form), name + ".pdf", MediaType.APPLICATION_PDF)
                    : file(OfficialWorkbook.form(form), name + ".xlsx", XLSX);
        });
    }

    /** A unit's year: one sheet per form of the unit and every unit below it, and the 项目支出汇总表. */
    @GetMapping("/api/exports/units/{unitId}")
    public Mono<ResponseEntity<byte[]>> unitYear(@PathVariable String unitId,
                                                 @RequestParam(name = "fiscalYear", required = false) String year,
                                                 @RequestParam(name = "format", required = false) String format) {
        format(format, false);
        int fiscalYear = fiscalYear(year);
        return Callers.current().publishOn(Schedulers.boundedElastic()).map(caller -> {
            policy.requireUnit(caller, unitId);
            List<ExportedForm> unitForms = listed(fiscalYear, unitId).stream()
                    .map(id -> forms.visible(caller, id, null))
                    .sorted(Comparator.comparing(EvaluationState::implementingUnitId)
                            .thenComparing(EvaluationState::projectName))
                    .map(this::exported)
                    .toList();
            String unitName = organization.unit(unitId).map(Unit::name).orElse(unitId);
            return file(OfficialWorkbook.unitYear(unitName, fiscalYear, unitForms),
                    fiscalYear + "-" + unitName + "-项目支出绩效自评表.xlsx", XLSX);
        });
    }

    private List<String> listed(int fiscalYear, String unitId) {
        try {
            List<Document> summaries = queries.query(new ListEvaluationsQuery(fiscalYear, unitId, null),
                    ResponseTypes.multipleInstancesOf(Document.class)).get(30, TimeUnit.SECONDS);
            return summaries.stream().map(s -> s.getString("evaluationId")).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not list the unit's forms", e);
        }
    }

    private ExportedForm exported(EvaluationState state) {
        return new ExportedForm(state, name(state.competentDepartmentId()), name(state.implementingUnitId()));
    }

    private String name(String unitId) {
        return organization.unit(unitId).map(Unit::name).orElse(unitId);
    }

    private static ResponseEntity<byte[]> file(byte[] content, String fileName, MediaType type) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName.replaceAll("[\\\\/:*?\"<>|]", "_"), StandardCharsets.UTF_8).build()
                        .toString())
                .contentType(type)
                .body(content);
    }

    private static String format(String format, boolean pdfAllowed) {
        String kind = format == null || format.isBlank() ? "xlsx" : format.strip().toLowerCase();
        if (!(kind.equals("xlsx") || (pdfAllowed && kind.equals("pdf")))) {
            throw new Refusal(Kind.INVALID_INPUT, "INVALID_FORMAT",
                    "format must be " + (pdfAllowed ? "xlsx or pdf" : "xlsx (a PDF is printed per form)") + ".",
                    "format 应为 " + (pdfAllowed ? "xlsx 或 pdf" : "xlsx（PDF 按单张表导出）") + "。",
                    Map.of("field", "format"));
        }
        return kind;
    }

    private static int fiscalYear(String year) {
        try {
            int value = Integer.parseInt(year == null ? "" : year.strip());
            if (value >= 2000 && value <= 2100) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new Refusal(Kind.INVALID_INPUT, "INVALID_PARAMETER", "fiscalYear is required: a year such as 2024.",
                "fiscalYear 必填，为年份，如 2024。", Map.of("field", "fiscalYear"));
    }
}

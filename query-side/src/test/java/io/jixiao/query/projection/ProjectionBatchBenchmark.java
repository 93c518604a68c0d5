package io.jixiao.query.projection;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.platform.storage.EmbeddedMongo;
import io.jixiao.query.comparison.ProjectYearsIndex;
import io.jixiao.query.comparison.ProjectYearsIndexer;
import io.jixiao.query.dashboard.DashboardFormStore;
import io.jixiao.query.dashboard.UnitDashboardProjection;
import io.jixiao.query.dashboard.UnitYearStore;
import io.jixiao.query.evaluation.EvaluationFormProjection;
import io.jixiao.query.evaluation.EvaluationFormStore;
import io.jixiao.query.evaluation.KernelEvaluationRules;
import io.jixiao.query.history.AntingHistory;
import io.jixiao.query.history.FigureChangeProjection;
import io.jixiao.query.history.FigureChangeStore;
import io.jixiao.query.support.DemoOrganization;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.queryhandling.QueryUpdateEmitter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.mockito.Mockito.mock;

/**
 * How fast each read model takes a stream of events in batches of a given size: an engine call (the projections
 * driven in Axon's batching unit of work, as the processor drives them, without reading the event store), on the
 * embedded server's H2 file backend, each read model from empty. Not a test; run as BENCHMARKS.md says, e.g.
 * {@code ProjectionBatchBenchmark 2000 1,100,500 [read models]}: 2,000 forms of 14 events each, interleaved a
 * form at a time, in batches of 1, 100 and 500 events, every read model or those named.
 */
public final class ProjectionBatchBenchmark {
    private static final Organization ORGANIZATION = DemoOrganization.organization();

    private ProjectionBatchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int forms = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int[] batchSizes = java.util.Arrays.stream((args.length > 1 ? args[1] : "1,100,500").split(","))
                .mapToInt(Integer::parseInt).toArray();
        List<EventMessage<?>> stream = stream(forms);
        System.out.printf("%d events of %d forms; heap max %d MB%n", stream.size(), forms,
                Runtime.getRuntime().maxMemory() >> 20);
        Map<String, Function<MongoDatabase, List<AnnotationEventHandlerAdapter>>> models = Map.of(
                "evaluation-forms", db -> List.of(new AnnotationEventHandlerAdapter(new EvaluationFormProjection(
                        new EvaluationFormStore(db), ORGANIZATION, new KernelEvaluationRules()))),
                "unit-dashboards", db -> List.of(new AnnotationEventHandlerAdapter(new UnitDashboardProjection(
                                new DashboardFormStore(db), new UnitYearStore(db), ORGANIZATION,
                                mock(QueryUpdateEmitter.class))),
                        new AnnotationEventHandlerAdapter(new ProjectYearsIndexer(new ProjectYearsIndex(db)))),
                "figure-changes", db -> List.of(new AnnotationEventHandlerAdapter(new FigureChangeProjection(
                        new FigureChangeStore(db, FigureChangeStore.SearchPlan.SCAN)))));
        for (int batchSize : batchSizes) {
            for (String name : List.of("evaluation-forms", "unit-dashboards", "figure-changes")) {
                if (args.length > 2 && !args[2].contains(name)) {
                    continue;
                }
                Path dir = Files.createTempDirectory("projection-bench");
                try (EmbeddedMongo mongo = EmbeddedMongo.start(dir);
                     MongoClient client = MongoClients.create(mongo.connectionString())) {
                    MongoDatabase database = client.getDatabase("jixiao");
                    List<AnnotationEventHandlerAdapter> handlers = models.get(name).apply(database);
                    long started = System.nanoTime();
                    for (int from = 0; from < stream.size(); from += batchSize) {
                        handle(handlers, stream.subList(from, Math.min(stream.size(), from + batchSize)));
                    }
                    double seconds = (System.nanoTime() - started) / 1e9;
                    System.out.printf("batch %5d  %-17s %8.0f events/s (%.1f s)%n", batchSize, name,
                            stream.size() / seconds, seconds);
                }
            }
        }
    }

    private static void handle(List<AnnotationEventHandlerAdapter> handlers, List<EventMessage<?>> batch) {
        ResultMessage<?> result = ProjectionBatches.handle(batch, handlers);
        if (result.isExceptional()) {
            throw new IllegalStateException(result.exceptionResult());
        }
    }

    /** Each form's 14 events (AntingHistory), the forms taking turns, one event each, a second apart. */
    static List<EventMessage<?>> stream(int forms) {
        List<List<EvaluationEvent>> lives = new ArrayList<>();
        for (int i = 0; i < forms; i++) {
            lives.add(AntingHistory.events("ev-bench-" + i, "AT-CENTER", "AT-GOV"));
        }
        List<EventMessage<?>> stream = new ArrayList<>();
        Map<String, Long> sequences = new HashMap<>();
        Instant time = Instant.parse("2025-03-01T02:00:00Z");
        for (int step = 0; step < lives.get(0).size(); step++) {
            for (List<EvaluationEvent> life : lives) {
                EvaluationEvent event = life.get(step);
                long sequence = sequences.merge(event.evaluationId(), 1L, Long::sum) - 1;
                stream.add(new GenericDomainEventMessage<>("ProjectEvaluation", event.evaluationId(), sequence, event,
                        MetaData.emptyInstance(), UUID.randomUUID().toString(), time));
                time = time.plus(Duration.ofSeconds(1));
            }
        }
        return stream;
    }
}

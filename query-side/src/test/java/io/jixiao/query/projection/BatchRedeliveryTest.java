package io.jixiao.query.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.evaluation.FindEvaluationQuery;
import io.jixiao.kernel.organization.Organization;
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
import io.jixiao.query.support.InMemoryMongo;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.times;

/**
 * Every read model written in batches gives exactly the documents a one-by-one run gives, whatever batch a failure
 * hits and at whichever of its bulk writes (half of that write applied): the processor hands that batch over again,
 * as it does when its token was not stored, and the documents end the same.
 */
class BatchRedeliveryTest {
    private static final Organization ORGANIZATION = DemoOrganization.organization();
    private static final Instant START = Instant.parse("2025-03-01T02:00:00Z");
    private static InMemoryMongo mongo;

    @BeforeAll
    static void startMongo() {
        mongo = new InMemoryMongo();
    }

    @AfterAll
    static void stopMongo() {
        mongo.close();
    }

    /** Three forms of one unit, their lives interleaved one event each, an hour apart, as the store orders them. */
    private static List<EventMessage<?>> stream() {
        List<List<EvaluationEvent>> lives = List.of(AntingHistory.events("ev-a", "AT-CENTER", "AT-GOV"),
                AntingHistory.events("ev-b", "AT-CENTER", "AT-GOV"), AntingHistory.events("ev-c", "AT-CENTER", "AT-GOV"));
        List<EventMessage<?>> stream = new ArrayList<>();
        Map<String, Long> sequences = new HashMap<>();
        Instant time = START;
        for (int step = 0; step < lives.get(0).size(); step++) {
            for (List<EvaluationEvent> life : lives) {
                if (step < life.size()) {
                    EvaluationEvent event = life.get(step);
                    long sequence = sequences.merge(event.evaluationId(), 1L, Long::sum) - 1;
                    stream.add(new GenericDomainEventMessage<>("ProjectEvaluation", event.evaluationId(), sequence,
                            event, MetaData.emptyInstance(), UUID.randomUUID().toString(), time));
                    time = time.plus(Duration.ofHours(1));
                }
            }
        }
        return stream;
    }

    @Test
    void aBatchThatFailsHalfwayAndIsHandedOverAgainEndsAsTheOneByOneRun() {
        List<EventMessage<?>> stream = stream();
        Map<String, List<Document>> oneByOne = oneByOne(stream);
        int batchSize = 5;
        int runs = 0;
        for (int failingBatch = 0; failingBatch * batchSize < stream.size(); failingBatch++) {
            for (int failingWrite = 1; ; failingWrite++) {
                FailingWrites failure = new FailingWrites(failingWrite);
                ReadModels models = new ReadModels(failure.over(mongo.freshDatabase()));
                int from = 0;
                while (from < failingBatch * batchSize) {
                    models.handleUntilDone(stream.subList(from, from + batchSize));
                    from += batchSize;
                }
                failure.arm();
                ResultMessage<?> failed = models.handle(stream.subList(from, Math.min(stream.size(), from + batchSize)));
                failure.disarm();
                // Handed over again in a longer batch, as a processor that reads further ahead may do: the forms the
                // failed attempt wrote must be taken as they are stored, not as the attempt had read them.
                int redelivered = failed.isExceptional() ? 2 * batchSize : batchSize;
                for (; from < stream.size(); from += redelivered, redelivered = batchSize) {
                    models.handleUntilDone(stream.subList(from, Math.min(stream.size(), from + redelivered)));
                }
                if (!failure.fired()) {
                    break; // this batch makes fewer writes: every one of them has failed once
                }
                assertThat(dump(models.database)).as("batch %d failing at write %d", failingBatch, failingWrite)
                        .isEqualTo(oneByOne);
                runs++;
            }
        }
        assertThat(runs).as("failures injected").isGreaterThan(stream.size());
    }

    @Test
    void theWholeStreamHandedOverTwiceInOtherBatchesChangesNothing() {
        List<EventMessage<?>> stream = stream();
        Map<String, List<Document>> oneByOne = oneByOne(stream);
        ReadModels models = new ReadModels(mongo.freshDatabase());
        for (int batchSize : new int[]{7, 3, 42}) {
            for (int from = 0; from < stream.size(); from += batchSize) {
                models.handleUntilDone(stream.subList(from, Math.min(stream.size(), from + batchSize)));
            }
            assertThat(dump(models.database)).isEqualTo(oneByOne);
        }
    }

    @Test
    void aLiveFormIsSentOncePerBatchWithItsLatestState() {
        List<EventMessage<?>> stream = stream().subList(0, 9);
        QueryUpdateEmitter updates = mock(QueryUpdateEmitter.class);
        MongoDatabase database = mongo.freshDatabase();
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("updates", updates));
        AnnotationEventHandlerAdapter forms = new AnnotationEventHandlerAdapter(new EvaluationFormProjection(
                new EvaluationFormStore(database), ORGANIZATION, new KernelEvaluationRules(),
                beans.getBeanProvider(QueryUpdateEmitter.class)));
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(stream);
        unitOfWork.executeWithResult(() -> forms.handle(unitOfWork.getMessage()));
        // Nine events of three forms, three each: one update per form, at its third version.
        verify(updates, times(3)).emit(any(Class.class), any(), any(Object.class));
        org.mockito.ArgumentCaptor<Object> sent = org.mockito.ArgumentCaptor.forClass(Object.class);
        verify(updates, times(3)).emit(org.mockito.ArgumentMatchers.<Class<FindEvaluationQuery>>any(), any(),
                sent.capture());
        assertThat(sent.getAllValues()).extracting(form -> ((Document) form).get("version")).containsOnly(3L);
    }

    private static Map<String, List<Document>> oneByOne(List<EventMessage<?>> stream) {
        ReadModels models = new ReadModels(mongo.database("one-by-one-" + UUID.randomUUID()));
        for (EventMessage<?> event : stream) {
            models.handleAlone(event);
        }
        return dump(models.database);
    }

    /** Every document of every read-model collection, by collection. */
    private static Map<String, List<Document>> dump(MongoDatabase database) {
        Map<String, List<Document>> dump = new TreeMap<>();
        for (String name : database.listCollectionNames()) {
            List<Document> documents = new ArrayList<>();
            for (Document document : database.getCollection(name).find().sort(Sorts.ascending("_id"))) {
                documents.add(document);
            }
            if (!documents.isEmpty()) {
                dump.put(name, documents);
            }
        }
        assertThat(dump).containsKeys(EvaluationFormStore.COLLECTION, UnitYearStore.COLLECTION,
                DashboardFormStore.COLLECTION, ProjectYearsIndex.COLLECTION, FigureChangeStore.CHANGES,
                FigureChangeStore.KEYS, FigureChangeStore.FORMS);
        return dump;
    }

    /** The three processors' projections on one database, each batch in one unit of work per processor. */
    private static final class ReadModels {
        private final MongoDatabase database;
        private final List<List<AnnotationEventHandlerAdapter>> processors;

        ReadModels(MongoDatabase database) {
            this.database = database;
            QueryUpdateEmitter updates = mock(QueryUpdateEmitter.class);
            this.processors = List.of(
                    List.of(new AnnotationEventHandlerAdapter(new EvaluationFormProjection(
                            new EvaluationFormStore(database), ORGANIZATION, new KernelEvaluationRules()))),
                    List.of(new AnnotationEventHandlerAdapter(new UnitDashboardProjection(
                                    new DashboardFormStore(database), new UnitYearStore(database), ORGANIZATION, updates)),
                            new AnnotationEventHandlerAdapter(new ProjectYearsIndexer(new ProjectYearsIndex(database)))),
                    List.of(new AnnotationEventHandlerAdapter(new FigureChangeProjection(
                            new FigureChangeStore(database, FigureChangeStore.SearchPlan.SCAN)))));
        }

        /** The batch through every processor; the first failure's result, or a successful one. */
        ResultMessage<?> handle(List<EventMessage<?>> batch) {
            ResultMessage<?> last = null;
            for (List<AnnotationEventHandlerAdapter> handlers : processors) {
                last = ProjectionBatches.handle(batch, handlers);
                if (last.isExceptional()) {
                    return last;
                }
            }
            return last;
        }

        /** As the processor does: a batch that failed is handed over again (here at once, at most twice more). */
        void handleUntilDone(List<EventMessage<?>> batch) {
            ResultMessage<?> result = handle(batch);
            for (int attempt = 1; attempt < 3 && result.isExceptional(); attempt++) {
                result = handle(batch);
            }
            assertThat(result.isExceptional()).as("batch handled").isFalse();
        }

        void handleAlone(EventMessage<?> event) {
            for (List<AnnotationEventHandlerAdapter> handlers : processors) {
                for (AnnotationEventHandlerAdapter handler : handlers) {
                    try {
                        handler.handle(event);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
    }

    /** While armed, the n-th bulk write applies the first half of its writes and then fails, as a crash would. */
    private static final class FailingWrites {
        private final int failing;
        private final AtomicInteger bulks = new AtomicInteger();
        private volatile boolean armed;
        private volatile boolean fired;

        FailingWrites(int failing) {
            this.failing = failing;
        }

        void arm() {
            bulks.set(0);
            armed = true;
        }

        void disarm() {
            armed = false;
        }

        boolean fired() {
            return fired;
        }

        MongoDatabase over(MongoDatabase database) {
            return proxy(MongoDatabase.class, database, (target, method, args) -> {
                Object answer = invoke(target, method, args);
                if (method.getName().equals("getCollection")) {
                    MongoCollection<?> collection = (MongoCollection<?>) answer;
                    return proxy(MongoCollection.class, collection, this::collection);
                }
                return answer;
            });
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private Object collection(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
            if (armed && method.getName().equals("bulkWrite") && bulks.incrementAndGet() == failing) {
                List writes = (List) args[0];
                List half = writes.subList(0, writes.size() / 2);
                if (!half.isEmpty()) {
                    ((MongoCollection) target).bulkWrite(half);
                }
                fired = true;
                throw new IllegalStateException("The process stopped in the middle of a bulk write");
            }
            return invoke(target, method, args);
        }

        private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        private interface Call {
            Object call(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable;
        }

        @SuppressWarnings("unchecked")
        private static <T> T proxy(Class<T> type, Object target, Call call) {
            InvocationHandler handler = (p, method, args) -> call.call(target, method, args);
            return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, handler);
        }
    }
}

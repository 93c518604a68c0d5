package io.jixiao.query.history;

import com.mongodb.client.MongoDatabase;
import io.jixiao.query.support.InMemoryMongo;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a real MongoDB every search is hinted at an index whose leading keys are equality filters of that search and
 * whose remaining keys are exactly its sort, newest first: the server reads the page in order from the index.
 */
class AuditIndexesTest {
    private static final Boolean[] OPTIONAL_FLAG = {null, true, false};

    @Test
    void everyCombinationOfFiltersIsServedByAnIndexLedByItsEqualitiesAndEndingInItsSort() {
        int combinations = 0;
        for (String actor : Arrays.asList(null, "at-center-filler")) {
            for (Integer year : Arrays.asList(null, 2024)) {
                for (Boolean submitted : OPTIONAL_FLAG) {
                    for (Boolean approved : OPTIONAL_FLAG) {
                        for (Instant from : Arrays.asList(null, Instant.parse("2025-01-01T00:00:00Z"))) {
                            AuditQuery query = new AuditQuery(Set.of("AT-CENTER", "AT-GOV"), year, actor, from, null,
                                    submitted, approved, 0, 50);
                            AuditIndexes.Index index = AuditIndexes.serving(query);
                            assertThat(equalityFields(FigureChangeKeys.filter(query))).as(query.toString())
                                    .containsAll(index.equalities());
                            List<String> keys = new ArrayList<>(index.keys().toBsonDocument().keySet());
                            assertThat(keys.subList(index.equalities().size(), keys.size()))
                                    .isEqualTo(new ArrayList<>(FigureChangeKeys.NEWEST_FIRST.toBsonDocument().keySet()));
                            combinations++;
                        }
                    }
                }
            }
        }
        assertThat(combinations).isEqualTo(72);
    }

    @Test
    void theSortIsNewestFirstWithTheIdBreakingTies() {
        BsonDocument sort = FigureChangeKeys.NEWEST_FIRST.toBsonDocument();
        assertThat(sort.getInt32("t").getValue()).isEqualTo(-1);
        assertThat(sort.getInt32("_id").getValue()).isEqualTo(-1);
        for (AuditIndexes.Index index : AuditIndexes.ALL) {
            BsonDocument keys = index.keys().toBsonDocument();
            assertThat(keys.getInt32("t").getValue()).isEqualTo(-1);
            assertThat(keys.getInt32("_id").getValue()).isEqualTo(-1);
        }
    }

    @Test
    void theStoreCreatesTheNamedIndexesOnceAndAHintedSearchRunsOnTheEmbeddedServer() {
        try (InMemoryMongo mongo = new InMemoryMongo()) {
            MongoDatabase database = mongo.freshDatabase();
            new FigureChangeStore(database, FigureChangeStore.SearchPlan.INDEXED);
            FigureChangeStore again = new FigureChangeStore(database, FigureChangeStore.SearchPlan.INDEXED);
            Set<String> names = new HashSet<>();
            database.getCollection(FigureChangeStore.KEYS).listIndexes().forEach(i -> names.add(i.getString("name")));
            assertThat(names).containsAll(AuditIndexes.ALL.stream().map(AuditIndexes.Index::name).toList());
            for (AuditIndexes.Index index : AuditIndexes.ALL) {
                assertThat(database.getCollection(FigureChangeStore.KEYS).listIndexes().into(new ArrayList<>()))
                        .filteredOn(i -> index.name().equals(i.getString("name")))
                        .singleElement().extracting(i -> i.get("key", Document.class))
                        .isEqualTo(Document.parse(index.keys().toBsonDocument().toJson()));
            }
            assertThat(again.search(new AuditQuery(Set.of("AT-CENTER"), 2024, "x", null, null, true, null, 0, 5))
                    .total()).isZero();
        }
    }

    @Test
    void theEmbeddedServerIsNotAskedForIndexesItWouldIgnoreWithAWarning() {
        try (InMemoryMongo mongo = new InMemoryMongo()) {
            MongoDatabase database = mongo.freshDatabase();
            FigureChangeStore scan = new FigureChangeStore(database, FigureChangeStore.SearchPlan.SCAN);
            Set<String> names = new HashSet<>();
            database.getCollection(FigureChangeStore.KEYS).listIndexes().forEach(i -> names.add(i.getString("name")));
            assertThat(names).doesNotContainAnyElementsOf(AuditIndexes.ALL.stream().map(AuditIndexes.Index::name)
                    .toList());
            assertThat(scan.search(new AuditQuery(Set.of("AT-CENTER"), 2024, "x", null, null, true, null, 0, 5))
                    .total()).isZero();
        }
    }

    /** Fields the filter pins to one value or a set of values ($eq, $in): what an index prefix can serve. */
    private static Set<String> equalityFields(org.bson.conversions.Bson filter) {
        Set<String> fields = new HashSet<>();
        collect(filter.toBsonDocument(), fields);
        return fields;
    }

    private static void collect(BsonDocument filter, Set<String> fields) {
        for (Map.Entry<String, BsonValue> clause : filter.entrySet()) {
            if (clause.getKey().equals("$and")) {
                clause.getValue().asArray().forEach(part -> collect(part.asDocument(), fields));
            } else if (!clause.getValue().isDocument()) {
                fields.add(clause.getKey());
            } else {
                BsonDocument operators = clause.getValue().asDocument();
                if (operators.containsKey("$eq") || operators.containsKey("$in")) {
                    fields.add(clause.getKey());
                }
            }
        }
    }
}

package io.jixiao.query.history;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.CountOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.query.evaluation.EvaluationFormStore;
import io.jixiao.query.evaluation.EvaluationStateJson;
import io.jixiao.query.evaluation.VersionedForms;
import io.jixiao.query.projection.BulkWrites;
import io.jixiao.query.projection.FormStateCache;
import io.jixiao.query.projection.Generation;
import io.jixiao.query.projection.ReadModelGenerations;
import io.jixiao.query.projection.TouchedForms;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The audit read model. {@value #CHANGES}: one document per (form, version, figure) as the history shows it;
 * {@value #KEYS}: the compact twin of each that searches filter and sort; {@value #FORMS}: the fold's state of each
 * form, so the projection knows a figure's old value without reading another projection that may be elsewhere in
 * the stream. Every write is an upsert by a key derived from the event, so handling an event twice changes nothing.
 */
@Component
public class FigureChangeStore {
    public static final String CHANGES = "figure_changes";
    public static final String KEYS = "figure_change_keys";
    public static final String FORMS = "figure_change_forms";
    private static final String EVALUATION_ID = "evaluationId";
    private static final String VERSION = "version";
    private static final String STATE = "state";

    /** A page of changes, newest first, and how many match in all. */
    public record Page(long total, List<Document> changes) {
    }

    /** How a search finds its page of keys; both give the same answer. */
    public enum SearchPlan {
        /**
         * A real MongoDB: the count and the page (sorted, skipped, limited) are each served by a compound index led by
         * the search's equality filters and ending in its sort, so the server neither scans the collection nor sorts
         * in memory.
         */
        INDEXED,
        /**
         * The embedded server, which ignores secondary indexes and scans the whole collection for every query: one
         * scan of the compact keys streams the matching ids and times to the application, which counts them and keeps
         * only the newest up to the end of the page, instead of a scan for the count and another for the page.
         */
        SCAN
    }

    /** A key as the SCAN plan holds it while it streams the matches. */
    private record Match(long time, String id) {
        static final Comparator<Match> NEWEST_FIRST = Comparator.comparingLong(Match::time)
                .thenComparing(Match::id).reversed();
    }

    private final MongoDatabase database;
    private final Generation generation;
    private final SearchPlan plan;
    private final FormStateCache<EvaluationState> cache;

    /** Without {@code MONGODB_URI} the system runs on the embedded server (as the platform's event store decides). */
    @Autowired
    public FigureChangeStore(MongoDatabase database, ReadModelGenerations generations,
                             @Value("${MONGODB_URI:}") String mongoUri,
                             @Value("${jixiao.projections.cached-forms:" + EvaluationFormStore.DEFAULT_CACHED_FORMS
                                     + "}") int cachedForms) {
        this(database, generations.of(FigureChangeProjection.PROCESSING_GROUP), plan(mongoUri), cachedForms);
    }

    public FigureChangeStore(MongoDatabase database, SearchPlan plan) {
        this(database, Generation.first(), plan, EvaluationFormStore.DEFAULT_CACHED_FORMS);
    }

    /** On the collections of {@code generation} (a rebuild's, or the active one). */
    public FigureChangeStore(MongoDatabase database, Generation generation, SearchPlan plan, int cachedForms) {
        this.database = database;
        this.generation = generation;
        this.plan = plan;
        this.cache = new FormStateCache<>(cachedForms);
        generation.onSwitch(cache::clear);
        createIndexes();
    }

    public static SearchPlan plan(String mongoUri) {
        return mongoUri == null || mongoUri.isBlank() ? SearchPlan.SCAN : SearchPlan.INDEXED;
    }

    /** Zero-padded so that ids sort by version within a form. */
    static String changeId(String evaluationId, long version, String field) {
        return evaluationId + "|" + String.format("%010d", version) + "|" + field;
    }

    Optional<EvaluationState> state(String evaluationId) {
        Document stored = forms().find(Filters.eq("_id", evaluationId)).first();
        return Optional.ofNullable(stored).map(d -> EvaluationStateJson.read(d.getString(STATE)));
    }

    /**
     * Stores the form's state only if it still stands at {@code previousVersion}, so a processor that fell behind
     * cannot put an older state back. The filter is exactly the unique index's keys: the embedded server looks it up.
     *
     * @return false when another writer already moved the form past that version
     */
    boolean saveState(EvaluationState state, long previousVersion) {
        return VersionedForms.replaceAtVersion(forms(), state.evaluationId(), previousVersion, stored(state));
    }

    private static Document stored(EvaluationState state) {
        return new Document("_id", state.evaluationId()).append(EVALUATION_ID, state.evaluationId())
                .append(VERSION, state.version()).append(STATE, EvaluationStateJson.write(state));
    }

    /** The change first and its key after it, so a search never finds a key whose change is missing. */
    void record(Document change, Document key) {
        recordAll(List.of(new FigureChangeDocuments.Written(change, key)));
    }

    /** Every change in one bulk write, then every key in another: a search never finds a key whose change is missing. */
    void recordAll(List<FigureChangeDocuments.Written> written) {
        List<WriteModel<Document>> changeWrites = new ArrayList<>(written.size());
        List<WriteModel<Document>> keyWrites = new ArrayList<>(written.size());
        ReplaceOptions upsert = new ReplaceOptions().upsert(true);
        for (FigureChangeDocuments.Written one : written) {
            changeWrites.add(new ReplaceOneModel<>(Filters.eq("_id", one.change().get("_id")), one.change(), upsert));
            keyWrites.add(new ReplaceOneModel<>(Filters.eq("_id", one.key().get("_id")), one.key(), upsert));
        }
        BulkWrites.all(changes(), changeWrites);
        BulkWrites.all(keys(), keyWrites);
    }

    /** A fresh set of forms for a batch of events, starting from the states stored (or cached) here. */
    TouchedForms touched() {
        return new TouchedForms(cache, this::state);
    }

    /**
     * Stores every state in one bulk write, each only if its form still stands at the previous version.
     *
     * @return the ids of forms another writer had already moved on; they were left as they were
     */
    Set<String> saveStates(List<EvaluationState> states, List<Long> previousVersions) {
        List<VersionedForms.Replacement> replacements = new ArrayList<>(states.size());
        for (int i = 0; i < states.size(); i++) {
            replacements.add(new VersionedForms.Replacement(states.get(i).evaluationId(), previousVersions.get(i),
                    stored(states.get(i))));
        }
        return VersionedForms.replaceAllAtVersion(forms(), replacements);
    }

    Page search(AuditQuery query) {
        Bson filter = FigureChangeKeys.filter(query);
        long skip = (long) query.page() * query.size();
        Ids found = plan == SearchPlan.INDEXED ? indexed(filter, query, skip) : scanned(filter, query, skip);
        List<Document> page = new ArrayList<>(found.ids().size());
        for (String id : found.ids()) {
            // One exact _id read each: the embedded server answers an $in over _id with a full scan.
            Document change = changes().find(Filters.eq("_id", id)).projection(Projections.excludeId()).first();
            if (change != null) {
                page.add(change);
            }
        }
        return new Page(found.total(), page);
    }

    /** How many keys match, and the ids of the page's keys, newest first. */
    private record Ids(long total, List<String> ids) {
    }

    private Ids indexed(Bson filter, AuditQuery query, long skip) {
        String index = AuditIndexes.serving(query).name();
        long total = keys().countDocuments(filter, new CountOptions().hintString(index));
        List<String> ids = new ArrayList<>();
        keys().find(filter).hintString(index).sort(FigureChangeKeys.NEWEST_FIRST)
                .skip((int) Math.min(skip, Integer.MAX_VALUE)).limit(query.size())
                .projection(Projections.include(FigureChangeKeys.ID))
                .forEach(key -> ids.add(key.getString(FigureChangeKeys.ID)));
        return new Ids(total, ids);
    }

    /** Keeps no more than the newest {@code skip + size} matches while it counts them all. */
    private Ids scanned(Bson filter, AuditQuery query, long skip) {
        long kept = skip + query.size();
        PriorityQueue<Match> newest = new PriorityQueue<>(Match.NEWEST_FIRST.reversed());
        long total = 0;
        for (Document key : keys().find(filter).projection(Projections.include(FigureChangeKeys.TIME))) {
            total++;
            newest.add(new Match(key.getDate(FigureChangeKeys.TIME).getTime(), key.getString(FigureChangeKeys.ID)));
            if (newest.size() > kept) {
                newest.poll();
            }
        }
        return new Ids(total, newest.stream().sorted(Match.NEWEST_FIRST).skip(skip).map(Match::id).toList());
    }

    void drop() {
        cache.clear();
        changes().drop();
        keys().drop();
        forms().drop();
        createIndexes();
    }

    /**
     * The audit indexes serve the INDEXED plan only, and only where missing. The embedded server (the SCAN plan)
     * ignores secondary indexes and warns that each is "not yet implemented", which is nothing a user can act on:
     * it is not asked for them.
     */
    private void createIndexes() {
        VersionedForms.createIndex(forms());
        if (plan != SearchPlan.INDEXED) {
            return;
        }
        Set<String> existing = new HashSet<>();
        keys().listIndexes().forEach(index -> existing.add(index.getString("name")));
        for (AuditIndexes.Index index : AuditIndexes.ALL) {
            if (!existing.contains(index.name())) {
                keys().createIndex(index.keys(), new IndexOptions().name(index.name()));
            }
        }
    }

    private MongoCollection<Document> changes() {
        return database.getCollection(generation.collection(CHANGES));
    }

    private MongoCollection<Document> keys() {
        return database.getCollection(generation.collection(KEYS));
    }

    private MongoCollection<Document> forms() {
        return database.getCollection(generation.collection(FORMS));
    }
}

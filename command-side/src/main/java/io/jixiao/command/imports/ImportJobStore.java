package io.jixiao.command.imports;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Binary;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Import jobs and their files, in MongoDB so a job outlives the process that started it. A job is one document
 * (status, progress, what was created, skipped and refused); its file is kept in chunks below MongoDB's document
 * limit until the job is done. Every read and write is by exact {@code _id} (the embedded server indexes nothing
 * else), except the rare scan for jobs to resume.
 */
public class ImportJobStore {
    static final String JOBS = "import_jobs";
    static final String FILES = "import_files";
    private static final int CHUNK = 4 * 1024 * 1024;

    private final MongoDatabase database;

    public ImportJobStore(MongoDatabase database) {
        this.database = database;
    }

    MongoCollection<Document> jobs() {
        return database.getCollection(JOBS);
    }

    void create(Document job, byte[] file) {
        String jobId = job.getString("_id");
        int chunks = Math.max(1, (file.length + CHUNK - 1) / CHUNK);
        for (int i = 0; i < chunks; i++) {
            byte[] part = Arrays.copyOfRange(file, i * CHUNK, Math.min(file.length, (i + 1) * CHUNK));
            database.getCollection(FILES).insertOne(new Document("_id", jobId + ":" + i).append("data", new Binary(part)));
        }
        // the job is written last: a job that exists always has its whole file
        jobs().insertOne(job.append("chunks", chunks));
    }

    Optional<Document> find(String jobId) {
        return Optional.ofNullable(jobs().find(Filters.eq("_id", jobId)).first());
    }

    byte[] file(Document job) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < job.getInteger("chunks", 0); i++) {
            Document chunk = database.getCollection(FILES).find(Filters.eq("_id", job.getString("_id") + ":" + i))
                    .first();
            if (chunk == null) {
                throw new IllegalStateException("Import file of job " + job.getString("_id") + " is incomplete");
            }
            out.writeBytes(chunk.get("data", Binary.class).getData());
        }
        return out.toByteArray();
    }

    void deleteFile(Document job) {
        for (int i = 0; i < job.getInteger("chunks", 0); i++) {
            database.getCollection(FILES).deleteOne(Filters.eq("_id", job.getString("_id") + ":" + i));
        }
    }

    /**
     * Takes a job for {@code runner} if it is still held by {@code heldBy} with that heartbeat: compare-and-set, so
     * of two instances resuming the same job only one wins.
     */
    boolean claim(Document job, String runner, Instant now) {
        Bson unchanged = Filters.and(Filters.eq("_id", job.getString("_id")),
                Filters.eq("runner", job.getString("runner")), Filters.eq("heartbeatAt", job.get("heartbeatAt")));
        return jobs().updateOne(unchanged, Updates.combine(Updates.set("runner", runner),
                Updates.set("heartbeatAt", now), Updates.set("status", "RUNNING"))).getModifiedCount() == 1;
    }

    /** Progress of a job this runner holds; false when another runner took it over. */
    boolean update(String jobId, String runner, Bson changes) {
        return jobs().updateOne(Filters.and(Filters.eq("_id", jobId), Filters.eq("runner", runner)), changes)
                .getModifiedCount() == 1;
    }

    /** Jobs this runner holds (waiting for a worker or running) stay its own: their heartbeat is now. */
    void beat(Collection<String> jobIds, String runner, Instant now) {
        if (!jobIds.isEmpty()) {
            jobs().updateMany(Filters.and(Filters.in("_id", jobIds), Filters.eq("runner", runner)),
                    Updates.set("heartbeatAt", now));
        }
    }

    /** Jobs of one person still queued or running, on any instance. */
    long unfinishedOf(String ownerId) {
        return jobs().countDocuments(Filters.and(Filters.eq("ownerId", ownerId),
                Filters.in("status", "QUEUED", "RUNNING")));
    }

    List<Document> unfinished() {
        return jobs().find(Filters.in("status", "QUEUED", "RUNNING")).sort(Sorts.ascending("createdAt"))
                .into(new ArrayList<>());
    }
}

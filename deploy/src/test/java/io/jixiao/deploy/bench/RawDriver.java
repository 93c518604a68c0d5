package io.jixiao.deploy.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static com.mongodb.client.model.Filters.in;

/**
 * The embedded server of the running launcher, through the plain MongoDB driver: the floor under the figures
 * measured through the application. Reads the event store's commit documents in windows of 1,000 global indexes
 * (the exact-key {@code $in} the event store's tracking reader uses, without turning payloads into objects), and
 * inserts documents of an event commit's size into a scratch collection with {@code insertOne} (acknowledged, no
 * wait for the H2 commit, which the application adds per command).
 */
final class RawDriver implements AutoCloseable {
    private final MongoClient client;
    private final MongoDatabase database;

    RawDriver(int port) {
        this.client = MongoClients.create("mongodb://127.0.0.1:" + port);
        this.database = client.getDatabase("jixiao");
    }

    /** Reads every event up to {@code head}; returns events per second. */
    double readRate(long head) {
        MongoCollection<Document> commits = database.getCollection("event_commits");
        long events = 0;
        long start = System.nanoTime();
        for (long from = 0; from <= head; from += 1000) {
            List<Long> window = new ArrayList<>(1000);
            for (long i = from; i < from + 1000; i++) {
                window.add(i);
            }
            for (Document commit : commits.find(in("firstGlobalIndex", window))) {
                List<?> list = commit.getList("events", Object.class);
                events += list == null ? 1 : list.size();
            }
        }
        return events / ((System.nanoTime() - start) / 1e9);
    }

    /** {@code threads} clients inserting for {@code seconds}; returns documents per second. */
    double insertRate(int threads, int seconds) throws InterruptedException {
        Document sample = database.getCollection("event_commits").find(new Document("kind", "commit")).first();
        if (sample == null) {
            sample = database.getCollection("event_commits").find().first();
        }
        Document template = sample == null ? new Document("payload", "x".repeat(1500)) : sample;
        MongoCollection<Document> scratch = database.getCollection("bench_scratch_inserts");
        AtomicLong inserted = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> clients = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int client = t;
            Thread thread = new Thread(() -> {
                for (long n = 0; System.nanoTime() < end; n++) {
                    Document copy = new Document(template);
                    copy.put("_id", "scratch:" + client + ":" + n + ":" + start);
                    scratch.insertOne(copy);
                    inserted.incrementAndGet();
                }
            });
            thread.start();
            clients.add(thread);
        }
        for (Thread thread : clients) {
            thread.join();
        }
        double rate = inserted.get() / ((System.nanoTime() - start) / 1e9);
        scratch.drop();
        return rate;
    }

    @Override
    public void close() {
        client.close();
    }
}

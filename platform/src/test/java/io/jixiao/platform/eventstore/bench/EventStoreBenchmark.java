package io.jixiao.platform.eventstore.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.jixiao.platform.eventstore.BulkFill;
import io.jixiao.platform.eventstore.MongoCommitStorageEngine;
import io.jixiao.platform.eventstore.upcasting.KernelEventUpcasters;
import io.jixiao.platform.storage.EmbeddedMongo;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.json.JacksonSerializer;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Measures the event store on the embedded server (mongo-java-server, H2 file on disk, group commit) at several
 * store sizes: a command (load one aggregate's stream, append one event, wait until durable) and tracking (a fresh
 * gap-aware reader from the tail, deserializing every payload). Each size gets its own store and a discarded
 * warm-up of both measurements first.
 * <p>
 * Arguments: store sizes in events (default 1000 10000 50000 200000), optionally {@code --seconds=N} per
 * measurement (default 8), {@code --cache-mb=N} for the H2 page cache (default
 * {@link EmbeddedMongo#defaultCacheMegabytes()}) and {@code --dir=PATH} for the data (default a temporary directory,
 * deleted after). It prints the cache size used.
 */
public final class EventStoreBenchmark {

    /** The benchmark's event: something like a form field being changed. */
    public record FieldChanged(String form, String field, String value, String by) {
    }

    private static final int EVENTS_PER_AGGREGATE = 5;
    private static final int FILL_BATCH = 1_000;
    private static final int WARM_UP_SECONDS = 2;

    private EventStoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        List<Integer> sizes = new ArrayList<>();
        int seconds = 8;
        int cacheMegabytes = EmbeddedMongo.defaultCacheMegabytes();
        Path baseDir = null;
        for (String arg : args) {
            if (arg.startsWith("--cache-mb=")) {
                cacheMegabytes = Integer.parseInt(arg.substring("--cache-mb=".length()));
            } else if (arg.startsWith("--seconds=")) {
                seconds = Integer.parseInt(arg.substring("--seconds=".length()));
            } else if (arg.startsWith("--dir=")) {
                baseDir = Path.of(arg.substring("--dir=".length()));
            } else {
                sizes.add(Integer.parseInt(arg.replace("_", "")));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1_000, 10_000, 50_000, 200_000);
        }
        System.out.printf("H2 page cache %d MB, max heap %d MB, %d processors%n", cacheMegabytes,
                          Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors());
        System.out.printf("%-14s %-8s %-9s %-12s %-15s %-22s %-18s%n", "stored events", "fill s", "file MB",
                          "commands/s", "command p99 ms", "commands/s 4 clients", "tracking events/s");
        for (int size : sizes) {
            Path dir = baseDir == null ? Files.createTempDirectory("jixiao-bench-")
                    : Files.createDirectories(baseDir.resolve("events-" + size));
            try {
                System.out.println(run(dir, size, seconds, cacheMegabytes));
            } finally {
                if (baseDir == null) {
                    deleteRecursively(dir);
                }
            }
        }
    }

    private static String run(Path dir, int size, int seconds, int cacheMegabytes) throws Exception {
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dir, cacheMegabytes);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            int aggregates = size / EVENTS_PER_AGGREGATE;
            long fillStart = System.nanoTime();
            fill(new BulkFill(client.getDatabase("jixiao"), serializer), aggregates);
            mongo.durabilityBarrier().awaitDurable();
            double fillSeconds = (System.nanoTime() - fillStart) / 1e9;

            MongoCommitStorageEngine engine = MongoCommitStorageEngine.builder()
                                                                      .database(client.getDatabase("jixiao"))
                                                                      .eventSerializer(serializer)
                                                                      .snapshotSerializer(serializer)
                                                                      .durabilityBarrier(mongo.durabilityBarrier())
                                                                      // every read as the application reads
                                                                      .upcasterChain(KernelEventUpcasters.chain())
                                                                      .build();
            commands(engine, aggregates, 0, 1, WARM_UP_SECONDS);
            tracking(engine, WARM_UP_SECONDS);
            double[] commands = commands(engine, aggregates, 0, 1, seconds);
            double concurrentCommands = concurrentCommands(engine, aggregates, seconds);
            double tracking = tracking(engine, seconds);
            double fileMegabytes = Files.size(dir.resolve(EmbeddedMongo.FILE_NAME)) / 1e6;
            return String.format("%-14d %-8.1f %-9.1f %-12.0f %-15.1f %-22.0f %-18.0f", size, fillSeconds,
                                 fileMegabytes, commands[0], commands[1], concurrentCommands, tracking);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Aggregate after aggregate interleaved: sequence 0 of all, then 1 of all, ... one event per commit. */
    private static void fill(BulkFill fill, int aggregates) {
        List<List<? extends EventMessage<?>>> batch = new ArrayList<>(FILL_BATCH);
        for (int sequence = 0; sequence < EVENTS_PER_AGGREGATE; sequence++) {
            for (int aggregate = 0; aggregate < aggregates; aggregate++) {
                batch.add(List.of(event(aggregate, sequence)));
                if (batch.size() == FILL_BATCH) {
                    fill.append(batch);
                    batch = new ArrayList<>(FILL_BATCH);
                }
            }
        }
        if (!batch.isEmpty()) {
            fill.append(batch);
        }
    }

    /** Four clients on disjoint aggregates, as a server handling requests in parallel: commits are shared. */
    private static double concurrentCommands(MongoCommitStorageEngine engine, int aggregates, int seconds)
            throws InterruptedException, ExecutionException {
        int clients = 4;
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            List<Future<double[]>> results = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                int slice = client;
                results.add(threads.submit(() -> commands(engine, aggregates, slice, clients, seconds)));
            }
            double total = 0;
            for (Future<double[]> result : results) {
                total += result.get()[0];
            }
            return total;
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * Commands on the aggregates {@code slice, slice + slices, ...}; returns commands per second and the 99th
     * percentile latency in milliseconds.
     */
    private static double[] commands(MongoCommitStorageEngine engine, int aggregates, int slice, int slices,
                                     int seconds) {
        Random random = new Random(7 + slice);
        List<Long> latencies = new ArrayList<>();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            long commandStart = System.nanoTime();
            int aggregate = random.nextInt(aggregates / slices) * slices + slice;
            long last = -1;
            Iterator<? extends DomainEventMessage<?>> stream = engine.readEvents(id(aggregate)).asStream().iterator();
            while (stream.hasNext()) {
                DomainEventMessage<?> event = stream.next();
                event.getPayload();
                last = event.getSequenceNumber();
            }
            engine.appendEvents(event(aggregate, last + 1));
            latencies.add(System.nanoTime() - commandStart);
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        latencies.sort(Comparator.naturalOrder());
        double p99 = latencies.get((int) (latencies.size() * 0.99)) / 1e6;
        return new double[]{latencies.size() / elapsed, p99};
    }

    /** Events per second read from the tail, again from the tail whenever the store is read to its end. */
    private static double tracking(MongoCommitStorageEngine engine, int seconds) {
        long read = 0;
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            try (Stream<? extends TrackedEventMessage<?>> stream = engine.readEvents(engine.createTailToken(), false)) {
                Iterator<? extends TrackedEventMessage<?>> events = stream.iterator();
                while (events.hasNext() && System.nanoTime() < end) {
                    events.next().getPayload();
                    read++;
                }
            }
        }
        return read / ((System.nanoTime() - start) / 1e9);
    }

    private static String id(int aggregate) {
        return "form-" + aggregate;
    }

    private static DomainEventMessage<FieldChanged> event(int aggregate, long sequence) {
        return new GenericDomainEventMessage<>("ProjectEvaluation", id(aggregate), sequence,
                                               new FieldChanged(id(aggregate), "indicator." + sequence + ".actual",
                                                                "完成率 " + (90 + sequence % 10) + "%", "user-7"));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}

package io.jixiao.platform.storage;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.jixiao.platform.storage.DurabilityBarrier;
import org.h2.mvstore.MVStore;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The embedded default: mongo-java-server on an H2 file {@code <dataDir>/jixiao.mv}, listening on 127.0.0.1 on a
 * free port, with a group-commit {@link DurabilityBarrier} over the H2 store.
 * <p>
 * The store is opened here with retention time 0: the backend commits only about once a second on its own, and with
 * the default retention every explicit commit would keep old pages and the file would balloon. H2 notes that
 * retention 0 protects against a process crash, not necessarily against a power failure.
 */
public final class EmbeddedMongo implements AutoCloseable {

    public static final String FILE_NAME = "jixiao.mv";

    private final MVStore store;
    private final MongoServer server;
    private final GroupCommitBarrier durabilityBarrier;
    private final InetSocketAddress address;
    private final BackgroundFailure backgroundFailure;
    private volatile boolean closing;

    /** What H2's background writer reports before it gives up (it may close the store). */
    private static final class BackgroundFailure implements Thread.UncaughtExceptionHandler {
        private volatile Throwable error;

        @Override
        public void uncaughtException(Thread thread, Throwable error) {
            this.error = error;
        }
    }

    private EmbeddedMongo(MVStore store, BackgroundFailure backgroundFailure) {
        this.store = store;
        this.backgroundFailure = backgroundFailure;
        this.server = new MongoServer(new H2Backend(store));
        this.address = bindLoopback(server);
        this.durabilityBarrier = new GroupCommitBarrier(store::commit, "jixiao-h2-committer");
    }

    /** Opens (or creates) the store under {@code dataDir} and starts the server, with the default page cache. */
    public static EmbeddedMongo start(Path dataDir) {
        return start(dataDir, defaultCacheMegabytes());
    }

    /**
     * An eighth of the maximum heap, between 64 MB and 1 GB. The page cache matters once the data outgrows it: the
     * backend keeps documents Java-serialized (about 3 KB per single-event commit), and a page missing from the
     * cache is read and deserialized again. Replaying 200,000 events ran at ~5,800 events/s with 64 MB and ~12,900
     * with 1 GB.
     */
    public static int defaultCacheMegabytes() {
        long eighthOfHeap = Runtime.getRuntime().maxMemory() / 8 / (1024 * 1024);
        return (int) Math.max(64, Math.min(1024, eighthOfHeap));
    }

    /** As {@link #start(Path)} with a page cache of {@code cacheMegabytes}. */
    public static EmbeddedMongo start(Path dataDir, int cacheMegabytes) {
        Path file = dataDir.resolve(FILE_NAME);
        OwnerOnlyFiles.directory(dataDir);
        OwnerOnlyFiles.file(file);
        BackgroundFailure backgroundFailure = new BackgroundFailure();
        MVStore store = new MVStore.Builder().fileName(file.toString())
                                             .cacheSize(cacheMegabytes)
                                             .backgroundExceptionHandler(backgroundFailure)
                                             .open();
        store.setRetentionTime(0);
        try {
            return new EmbeddedMongo(store, backgroundFailure);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static InetSocketAddress bindLoopback(MongoServer server) {
        server.bind("127.0.0.1", 0);
        return server.getLocalAddress();
    }

    public InetSocketAddress address() {
        return address;
    }

    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    public GroupCommitBarrier durabilityBarrier() {
        return durabilityBarrier;
    }

    /**
     * Why the store cannot take changes any more, if it cannot: its writer failed, its committer stopped, or it was
     * closed other than by {@link #close()}. Nothing is lost that was acknowledged; a restart opens it again.
     */
    public Optional<Throwable> failure() {
        if (backgroundFailure.error != null) {
            return Optional.of(backgroundFailure.error);
        }
        Optional<Throwable> committer = durabilityBarrier.failure();
        if (committer.isPresent()) {
            return committer;
        }
        if (store.isClosed() && !closing) {
            return Optional.of(new IllegalStateException("The embedded store was closed"));
        }
        return Optional.empty();
    }

    /** Stops the committer, then the server, which commits and closes the H2 file. */
    @Override
    public void close() {
        closing = true;
        durabilityBarrier.close();
        server.shutdownNow();
        if (!store.isClosed()) {
            store.close();
        }
    }
}

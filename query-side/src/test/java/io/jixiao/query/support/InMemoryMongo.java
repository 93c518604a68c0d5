package io.jixiao.query.support;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** A mongo-java-server in memory with a driver client on it; one per test class. */
public final class InMemoryMongo implements AutoCloseable {
    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client;

    public InMemoryMongo() {
        client = MongoClients.create(server.bindAndGetConnectionString());
    }

    public MongoDatabase database(String name) {
        return client.getDatabase(name);
    }

    /** A database no earlier test has written to. */
    public MongoDatabase freshDatabase() {
        MongoDatabase database = client.getDatabase("jixiao-test");
        database.drop();
        return database;
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}

package io.jixiao.platform.storage;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Issue 11 item 7: the embedded store's directory and file are the owner's alone (0700 and 0600) on POSIX. */
class OwnerOnlyDataFilesTest {
    @TempDir
    Path parent;

    @Test
    void aNewDataDirectoryAndItsDatabaseFileAreOwnerOnlyAndStillWork() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path dataDir = parent.resolve("installation").resolve("data");
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dataDir);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            client.getDatabase("jixiao").getCollection("probe").insertOne(new Document("_id", "written"));
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
        Path file = dataDir.resolve(EmbeddedMongo.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

        try (EmbeddedMongo mongo = EmbeddedMongo.start(dataDir);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            assertThat(client.getDatabase("jixiao").getCollection("probe").countDocuments()).isEqualTo(1);
        }
    }

    @Test
    void aDatabaseFileAnEarlierVersionLeftReadableIsMadeOwnerOnly() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        try (EmbeddedMongo ignored = EmbeddedMongo.start(parent)) {
            // creates the file
        }
        Path file = parent.resolve(EmbeddedMongo.FILE_NAME);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        try (EmbeddedMongo ignored = EmbeddedMongo.start(parent)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
    }
}

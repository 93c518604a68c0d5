package io.jixiao.platform.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The data directory and the embedded database file hold every form, every person and every password hash: on a
 * POSIX system they are created readable by the account running the installation only (0700 and 0600), whatever
 * the umask, and a database file left readable by an earlier version is made owner-only at start. Elsewhere the
 * platform's defaults apply.
 */
final class OwnerOnlyFiles {
    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnlyFiles() {
    }

    /** Creates the directory (and missing parents) owner-only; an existing one is left as its owner set it. */
    static void directory(Path dir) {
        try {
            if (Files.isDirectory(dir)) {
                return;
            }
            Path parent = dir.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (posix()) {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(DIRECTORY));
                // the umask may have taken bits away, never added: set exactly what is meant
                Files.setPosixFilePermissions(dir, DIRECTORY);
            } else {
                Files.createDirectory(dir);
            }
        } catch (FileAlreadyExistsException raced) {
            // created by someone else in between: theirs to set
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dir, e);
        }
    }

    /** Creates the file empty and owner-only if it does not exist; makes an existing one owner-only. */
    static void file(Path file) {
        if (!posix()) {
            return;
        }
        try {
            if (Files.notExists(file)) {
                FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(FILE);
                Files.createFile(file, ownerOnly);
            }
            Files.setPosixFilePermissions(file, FILE);
        } catch (FileAlreadyExistsException raced) {
            file(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make " + file + " readable by its owner only", e);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}

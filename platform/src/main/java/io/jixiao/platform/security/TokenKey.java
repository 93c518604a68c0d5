package io.jixiao.platform.security;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The HMAC key that signs bearer tokens: configured, or generated once and kept in the data directory so
 * tokens survive a restart of the embedded default.
 */
final class TokenKey {
    private static final int KEY_BYTES = 32;

    private TokenKey() {
    }

    static SecretKey resolve(String configuredBase64, Path dataDir) {
        byte[] key = configuredBase64 != null && !configuredBase64.isBlank()
                ? Base64.getDecoder().decode(configuredBase64.strip())
                : keptIn(dataDir.resolve("token.key"));
        if (key.length < KEY_BYTES) {
            throw new IllegalStateException("jixiao.security.token-secret must be at least 32 bytes (base64)");
        }
        return new SecretKeySpec(key, "HmacSHA256");
    }

    private static byte[] keptIn(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            Files.createDirectories(file.getParent());
            byte[] key = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(key);
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // the file system has no POSIX permissions; the data directory's own protection applies
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the token key " + file, e);
        }
    }
}

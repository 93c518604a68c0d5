package io.jixiao.command.organization;

import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.organization.Actor;
import io.jixiao.kernel.organization.AddPersonCommand;
import io.jixiao.kernel.organization.PasswordPolicy;
import io.jixiao.kernel.organization.RegisterUnitCommand;
import io.jixiao.kernel.organization.Role;
import io.jixiao.kernel.organization.UnitKind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import java.util.Set;

/**
 * The whole organization of an installation started without an organization file and without the demo: one finance
 * bureau and its administrator, who then registers the units and people below it. The password is the one the
 * operator gave at install time ({@code jixiao.first-admin.password}, e.g. the environment variable
 * {@code JIXIAO_FIRST_ADMIN_PASSWORD}), else a random one written to {@value #SECRET_FILE} in the data directory,
 * readable by its owner only. Either way the administrator must replace it at the first sign-in.
 */
record FirstAdministrator(String personId, String name, String unitId, String unitName, String givenPassword) {
    static final String SECRET_FILE = "first-admin-password.txt";
    /** No 0/O, 1/l/I: the secret is read off a screen or a file and typed once. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 20;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /** The password stays out of logs. */
    @Override
    public String toString() {
        return "FirstAdministrator[personId=" + personId + ", unitId=" + unitId + ", password "
                + (passwordGiven() ? "given" : "to be generated") + "]";
    }

    boolean passwordGiven() {
        return givenPassword != null && !givenPassword.isEmpty();
    }

    /** The given password, refused before anything is stored when it breaks the password rules. */
    String initialPassword() {
        if (!passwordGiven()) {
            return generated();
        }
        try {
            PasswordPolicy.require("jixiao.first-admin.password", personId, givenPassword);
        } catch (Refusal weak) {
            throw new IllegalStateException("jixiao.first-admin.password (JIXIAO_FIRST_ADMIN_PASSWORD) is not "
                    + "accepted: " + weak.getMessage() + " Nothing was stored.");
        }
        return givenPassword;
    }

    List<Object> commands(String passwordHash, Actor actor, String reason) {
        return List.of(
                new RegisterUnitCommand(unitId, unitName, UnitKind.FINANCE_BUREAU, null, actor, reason),
                new AddPersonCommand(personId, name, unitId, Set.of(Role.ADMINISTRATOR), passwordHash, true, actor,
                        reason));
    }

    /** Writes the generated password where only the account running the installation can read it. */
    Path writeSecret(Path dataDir, String password) {
        Path file = dataDir.resolve(SECRET_FILE);
        String text = "# The first administrator's one-time password. Sign in with it and choose your own (you will\n"
                + "# be asked to); then delete this file. 首位管理员的一次性密码：登录后须立即修改，然后删除本文件。\n"
                + "user: " + personId + "\n"
                + "password: " + password + "\n";
        try {
            Files.createDirectories(dataDir);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            } catch (FileAlreadyExistsException stale) {
                ownerOnly(file);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the first administrator's password to " + file, e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        } catch (UnsupportedOperationException notPosix) {
            // the file system has no POSIX permissions; the data directory's own protection applies
        }
    }

    private static String generated() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}

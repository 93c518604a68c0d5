package io.jixiao.kernel.organization;

import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.Refusal.Kind;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * What a password must be, whoever sets it (an administrator, the installation for its first administrator, the
 * person themselves): at least {@value #MIN_LENGTH} characters, at most {@value #MAX_BYTES} bytes (bcrypt reads no
 * further), and not the person's user name. A person's own new password must also differ from their current one.
 * Checked on the plain text, before it is hashed; a refusal names the rule broken.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    /** A password for {@code personId}, given in {@code field}. */
    public static void require(String field, String personId, String password) {
        if (password == null || password.isEmpty()) {
            throw new Refusal(Kind.INVALID_INPUT, "PASSWORD_REQUIRED", field + " is required.", "请填写密码。",
                    Map.of("field", field));
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw refusal(field, "MIN_LENGTH", "A password needs at least " + MIN_LENGTH + " characters.",
                    "密码至少需要 " + MIN_LENGTH + " 个字符。");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw refusal(field, "MAX_LENGTH", "A password may have at most " + MAX_BYTES
                            + " bytes (about 24 Chinese characters).",
                    "密码不能超过 " + MAX_BYTES + " 字节（约 24 个汉字）。");
        }
        if (personId != null && password.strip().toLowerCase(Locale.ROOT)
                .equals(personId.strip().toLowerCase(Locale.ROOT))) {
            throw refusal(field, "SAME_AS_USER_NAME", "A password may not be the user name.", "密码不能与用户名相同。");
        }
    }

    /** A person's own new password, replacing {@code currentPassword} (already proven). */
    public static void requireNew(String field, String personId, String newPassword, String currentPassword) {
        require(field, personId, newPassword);
        if (newPassword.equals(currentPassword)) {
            throw refusal(field, "SAME_AS_CURRENT", "The new password must differ from the current one.",
                    "新密码不能与当前密码相同。");
        }
    }

    private static Refusal refusal(String field, String rule, String message, String messageZh) {
        return new Refusal(Kind.INVALID_INPUT, "WEAK_PASSWORD", message, messageZh,
                Map.of("field", field, "rule", rule));
    }
}

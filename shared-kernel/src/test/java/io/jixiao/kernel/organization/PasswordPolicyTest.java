package io.jixiao.kernel.organization;

import io.jixiao.kernel.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PasswordPolicyTest {

    @Test
    void eachBrokenRuleIsNamed() {
        assertThat(catchThrowableOfType(Refusal.class, () -> PasswordPolicy.require("password", "admin", ""))
                .code()).isEqualTo("PASSWORD_REQUIRED");
        assertThat(rule(() -> PasswordPolicy.require("password", "admin", "123456789"))).isEqualTo("MIN_LENGTH");
        assertThat(rule(() -> PasswordPolicy.require("password", "admin", "密码".repeat(4)))).isEqualTo("MIN_LENGTH");
        assertThat(rule(() -> PasswordPolicy.require("password", "admin", "长".repeat(25)))).isEqualTo("MAX_LENGTH");
        assertThat(rule(() -> PasswordPolicy.require("password", "finance-admin", "Finance-Admin")))
                .isEqualTo("SAME_AS_USER_NAME");
        assertThat(rule(() -> PasswordPolicy.requireNew("newPassword", "admin", "first-password",
                "first-password"))).isEqualTo("SAME_AS_CURRENT");
    }

    @Test
    void aGoodPasswordPasses() {
        assertThatCode(() -> PasswordPolicy.require("password", "admin", "十个汉字的一个好密码呀")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.requireNew("newPassword", "admin", "second-password", "first-password"))
                .doesNotThrowAnyException();
    }

    @Test
    void theRefusalIsABadRequestNamingFieldAndRuleInBothLanguages() {
        Refusal refusal = catchThrowableOfType(Refusal.class,
                () -> PasswordPolicy.require("newPassword", "admin", "short"));
        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID_INPUT);
        assertThat(refusal.code()).isEqualTo("WEAK_PASSWORD");
        assertThat(refusal.details()).containsEntry("field", "newPassword").containsEntry("rule", "MIN_LENGTH");
        assertThat(refusal.getMessage()).contains("10");
        assertThat(refusal.messageZh()).contains("10");
    }

    private static String rule(Runnable check) {
        return String.valueOf(catchThrowableOfType(Refusal.class, check::run).details().get("rule"));
    }
}

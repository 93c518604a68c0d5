package io.jixiao.command.access;

import io.jixiao.platform.security.ExternalIssuer;
import io.jixiao.platform.security.PasswordChangeFirst;
import io.jixiao.platform.organization.OrganizationDirectory;
import io.jixiao.platform.web.TooManyRequests;
import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.Refusal.Kind;
import io.jixiao.kernel.organization.ChangePasswordCommand;
import io.jixiao.kernel.organization.PasswordPolicy;
import io.jixiao.kernel.organization.Person;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Instant;
import java.util.Map;

/**
 * A signed-in person chooses their own password, proving the current one: the only thing a person whose password
 * was set by someone else may do ({@link PasswordChangeFirst}). A wrong current password counts as a failed sign-in
 * of that user and address ({@link LoginAttempts}), so a token left open on a desk cannot be used to guess it. The
 * change is an organization event recorded with the person as actor; nothing is stored on a refusal. It ends every
 * other sign-in of the person (a token left open elsewhere), and answers a fresh one.
 */
@RestController
public class PasswordChangeController {
    /** Null when an external issuer signs the tokens: passwords are then not ours. */
    private final TokenService tokens;
    private final ExternalIssuer externalIssuer;
    private final CurrentActor currentActor;
    private final OrganizationDirectory directory;
    private final PasswordEncoder passwords;
    private final LoginAttempts attempts;
    private final ClientAddress clientAddress;
    private final CommandGateway commands;

    public PasswordChangeController(ObjectProvider<TokenService> tokens, ObjectProvider<ExternalIssuer> externalIssuer,
                                    CurrentActor currentActor, OrganizationDirectory directory,
                                    PasswordEncoder passwords, LoginAttempts attempts, ClientAddress clientAddress,
                                    CommandGateway commands) {
        this.tokens = tokens.getIfAvailable();
        this.externalIssuer = externalIssuer.getIfAvailable();
        this.currentActor = currentActor;
        this.directory = directory;
        this.passwords = passwords;
        this.attempts = attempts;
        this.clientAddress = clientAddress;
        this.commands = commands;
    }

    public record PasswordChange(String currentPassword, String newPassword, String reason) {
    }

    /**
     * The change made, and a fresh sign-in: every token of the person issued before the change, the one that asked
     * for it included, is refused from now on (their "tokens not before"), so the page that asked continues with
     * {@code token}.
     */
    public record PasswordChanged(String personId, long organizationVersion, String token, Instant expiresAt,
                                  TokenService.IssuedToken.User user) {
    }

    @PostMapping(PasswordChangeFirst.CHANGE_PASSWORD)
    public Mono<PasswordChanged> change(@RequestBody(required = false) PasswordChange body,
                                        ServerWebExchange exchange) {
        if (externalIssuer != null) {
            return Mono.error(new Refusal(Kind.NOT_FOUND, "LOCAL_LOGIN_DISABLED",
                    "Passwords are managed by the OpenID Connect provider " + externalIssuer.name() + ".",
                    "密码由外部身份提供方 " + externalIssuer.name() + " 管理。",
                    Map.of("issuer", externalIssuer.name())));
        }
        if (body == null || body.currentPassword() == null || body.currentPassword().isEmpty()) {
            return Mono.error(new Refusal(Kind.INVALID_INPUT, "PASSWORD_REQUIRED", "currentPassword is required.",
                    "请填写当前密码。", Map.of("field", "currentPassword")));
        }
        String address = clientAddress.of(exchange.getRequest());
        return currentActor.get().flatMap(actor -> {
            LoginAttempts.Admission admission = attempts.admit(actor.userId(), address);
            if (admission instanceof LoginAttempts.Locked locked) {
                long seconds = TooManyRequests.seconds(locked.retryAfter());
                return Mono.error(new TooManyRequests("TOO_MANY_LOGIN_ATTEMPTS",
                        "Too many wrong passwords: wait " + seconds + " s and try again.",
                        "密码错误次数过多，请 " + seconds + " 秒后重试。", locked.retryAfter()));
            }
            LoginAttempts.Attempt attempt = (LoginAttempts.Attempt) admission;
            Person person = directory.current().person(actor.userId()).orElse(null);
            // bcrypt (check, then hash) and the durable append are slow: off the event loop
            return Mono.fromCallable(() -> {
                if (!tokens.proves(person, body.currentPassword())) {
                    throw new Refusal(Kind.FORBIDDEN, "WRONG_CURRENT_PASSWORD",
                            "The current password is wrong; the password was not changed.",
                            "当前密码错误，密码未修改。", Map.of("field", "currentPassword"));
                }
                attempts.succeeded(attempt);
                PasswordPolicy.requireNew("newPassword", actor.userId(), body.newPassword(), body.currentPassword());
                long version = commands.<Long>sendAndWait(new ChangePasswordCommand(actor.userId(),
                        passwords.encode(body.newPassword()), actor, body.reason()));
                Person changed = directory.current().person(actor.userId()).orElseThrow();
                TokenService.IssuedToken fresh = tokens.issueFor(changed);
                return new PasswordChanged(actor.userId(), version, fresh.token(), fresh.expiresAt(), fresh.user());
            }).subscribeOn(Schedulers.boundedElastic());
        });
    }
}

package io.jixiao.command.access;

import io.jixiao.platform.web.TooManyRequests;
import io.jixiao.platform.security.ExternalIssuer;
import io.jixiao.platform.security.PasswordChangeFirst;
import io.jixiao.platform.security.RevokedTokens;
import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.Refusal.Kind;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.Map;

/**
 * Sign-in with a password for a token of this installation; refused as a whole when an external OpenID Connect
 * provider issues the tokens instead (there are then no local tokens to hand out, and passwords are not ours).
 * Sign-out revokes the token presented, a provider's too.
 */
@RestController
public class AuthController {
    /** Null when an external issuer signs the tokens. */
    private final TokenService tokens;
    /** Null when this installation signs the tokens. */
    private final ExternalIssuer externalIssuer;
    private final LoginAttempts attempts;
    private final ClientAddress clientAddress;
    private final RevokedTokens revokedTokens;

    public AuthController(ObjectProvider<TokenService> tokens, ObjectProvider<ExternalIssuer> externalIssuer,
                          LoginAttempts attempts, ClientAddress clientAddress, RevokedTokens revokedTokens) {
        this.tokens = tokens.getIfAvailable();
        this.externalIssuer = externalIssuer.getIfAvailable();
        this.attempts = attempts;
        this.clientAddress = clientAddress;
        this.revokedTokens = revokedTokens;
    }

    @PostMapping("/api/auth/token")
    public Mono<TokenService.IssuedToken> token(@RequestBody(required = false) Credentials credentials,
                                                ServerWebExchange exchange) {
        if (externalIssuer != null) {
            String issuer = externalIssuer.name();
            return Mono.error(new Refusal(Kind.NOT_FOUND, "LOCAL_LOGIN_DISABLED",
                    "Sign-in is handled by the OpenID Connect provider " + issuer
                            + ": get a token there and send it as 'Authorization: Bearer <token>'.",
                    "本系统由外部 OpenID Connect 身份提供方 " + issuer
                            + " 负责登录：请在该处获取令牌，并以 “Authorization: Bearer <令牌>” 方式发送。",
                    Map.of("issuer", issuer)));
        }
        if (credentials == null || credentials.username() == null || credentials.username().isBlank()
                || credentials.password() == null) {
            return Mono.error(new Refusal(Kind.INVALID_INPUT, "CREDENTIALS_REQUIRED",
                    "username and password are required.", "请输入用户名和密码。", Map.of("field", "username")));
        }
        String username = credentials.username().strip();
        LoginAttempts.Admission admission = attempts.admit(username, clientAddress.of(exchange.getRequest()));
        if (admission instanceof LoginAttempts.Locked locked) {
            long seconds = TooManyRequests.seconds(locked.retryAfter());
            return Mono.error(new TooManyRequests("TOO_MANY_LOGIN_ATTEMPTS",
                    "Too many failed sign-ins: wait " + seconds + " s and try again.",
                    "登录失败次数过多，请 " + seconds + " 秒后重试。", locked.retryAfter()));
        }
        LoginAttempts.Attempt attempt = (LoginAttempts.Attempt) admission;
        // bcrypt is deliberately slow: keep it off the event loop. The attempt counts as failed unless it succeeds.
        return Mono.fromCallable(() -> tokens.issue(username, credentials.password()))
                .subscribeOn(Schedulers.boundedElastic())
                .doOnNext(issued -> attempts.succeeded(attempt));
    }

    /**
     * Ends the sign-in of the token presented: it is refused from now on, on every instance and both sides, until it
     * expires. Other tokens of the same person stay valid (another browser, another device).
     */
    @PostMapping(PasswordChangeFirst.SIGN_OUT)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public Mono<Void> signOut(@AuthenticationPrincipal Jwt token) {
        return Mono.fromRunnable(() -> revokedTokens.revoke(RevokedTokens.idOf(token), token.getSubject(),
                        token.getExpiresAt()))
                .subscribeOn(Schedulers.boundedElastic())
                .then();
    }

    public record Credentials(String username, String password) {
    }
}

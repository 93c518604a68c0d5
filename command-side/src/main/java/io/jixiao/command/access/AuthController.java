package io.jixiao.command.access;

import io.jixiao.command.web.TooManyRequests;
import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.Refusal.Kind;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.net.InetSocketAddress;
import java.util.Map;

@RestController
public class AuthController {
    private final TokenService tokens;
    private final LoginAttempts attempts;

    public AuthController(TokenService tokens, LoginAttempts attempts) {
        this.tokens = tokens;
        this.attempts = attempts;
    }

    @PostMapping("/api/auth/token")
    public Mono<TokenService.IssuedToken> token(@RequestBody Credentials credentials, ServerWebExchange exchange) {
        if (credentials.username() == null || credentials.username().isBlank() || credentials.password() == null) {
            return Mono.error(new Refusal(Kind.INVALID_INPUT, "CREDENTIALS_REQUIRED",
                    "username and password are required.", "请输入用户名和密码。", Map.of("field", "username")));
        }
        String username = credentials.username().strip();
        String address = clientAddress(exchange);
        var locked = attempts.lockedFor(username, address);
        if (locked.isPresent()) {
            long seconds = TooManyRequests.seconds(locked.get());
            return Mono.error(new TooManyRequests("TOO_MANY_LOGIN_ATTEMPTS",
                    "Too many failed sign-ins: wait " + seconds + " s and try again.",
                    "登录失败次数过多，请 " + seconds + " 秒后重试。", locked.get()));
        }
        // bcrypt is deliberately slow: keep it off the event loop
        return Mono.fromCallable(() -> tokens.issue(username, credentials.password()))
                .subscribeOn(Schedulers.boundedElastic())
                .doOnNext(issued -> attempts.succeeded(username, address))
                .doOnError(Refusal.class, refused -> attempts.failed(username, address));
    }

    private static String clientAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }

    public record Credentials(String username, String password) {
    }
}

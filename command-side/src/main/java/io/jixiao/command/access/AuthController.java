package io.jixiao.command.access;

import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.Refusal.Kind;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.Map;

@RestController
public class AuthController {
    private final TokenService tokens;

    public AuthController(TokenService tokens) {
        this.tokens = tokens;
    }

    @PostMapping("/api/auth/token")
    public Mono<TokenService.IssuedToken> token(@RequestBody Credentials credentials) {
        if (credentials.username() == null || credentials.username().isBlank() || credentials.password() == null) {
            return Mono.error(new Refusal(Kind.INVALID_INPUT, "CREDENTIALS_REQUIRED",
                    "username and password are required.", "请输入用户名和密码。", Map.of("field", "username")));
        }
        // bcrypt is deliberately slow: keep it off the event loop
        return Mono.fromCallable(() -> tokens.issue(credentials.username().strip(), credentials.password()))
                .subscribeOn(Schedulers.boundedElastic());
    }

    public record Credentials(String username, String password) {
    }
}

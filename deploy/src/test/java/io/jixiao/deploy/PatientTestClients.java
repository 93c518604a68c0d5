package io.jixiao.deploy;

import org.springframework.boot.test.web.reactive.server.WebTestClientBuilderCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;

/**
 * Every test's WebTestClient waits up to a minute for an answer. Its own default (5 s) fails correct answers on a
 * busy 2-core machine (a unit-year export, the first request after a start); a test that means a deadline says so
 * itself. A component of the test class path, so the launcher's scan of io.jixiao finds it in every test context.
 */
@Component
class PatientTestClients implements WebTestClientBuilderCustomizer {
    static final Duration PATIENCE = Duration.ofSeconds(60);

    @Override
    public void customize(WebTestClient.Builder builder) {
        builder.responseTimeout(PATIENCE);
    }
}

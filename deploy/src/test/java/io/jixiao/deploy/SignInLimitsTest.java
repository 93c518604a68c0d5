package io.jixiao.deploy;

import io.jixiao.command.organization.OrganizationBootstrap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11 item 5 over HTTP: sign-in limits that cannot be raced (every password check is counted by the encoder)
 * nor reset by one good password, and that leave a locked account's owner a way in from their usual address. The
 * test client connects from 127.0.0.1, trusted here as a proxy, so each test speaks from addresses of its own.
 */
// Closed after this class: contexts left open to the end of the run must all shut down within surefire's 30 s.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "jixiao.demo=false",
        "jixiao.organization-file=" + OrganizationBootstrap.DEMO_ORGANIZATION_FILE,
        "jixiao.security.trusted-proxies=127.0.0.1, ::1"})
@Import(SignInLimitsTest.CountedChecks.class)
class SignInLimitsTest {
    private static final int PER_USER = 5;
    private static final int PER_ADDRESS = 20;

    @Autowired
    WebTestClient client;
    @Autowired
    CountingPasswordEncoder passwords;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        var dir = Files.createTempDirectory("jixiao-sign-in-limits");
        registry.add("jixiao.data-dir", dir::toString);
    }

    /** The application's encoder, counting how many passwords it has checked. */
    static final class CountingPasswordEncoder implements PasswordEncoder {
        private final PasswordEncoder bcrypt = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        final AtomicInteger checked = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checked.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    }

    @TestConfiguration
    static class CountedChecks {
        @Bean
        @Primary
        CountingPasswordEncoder countingPasswordEncoder() {
            return new CountingPasswordEncoder();
        }
    }

    @Test
    void fortyWrongPasswordsAtOnceGetNoMoreThanTheLimitChecked() throws Exception {
        int before = passwords.checked.get();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(40);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int guess = i;
                answers.add(callers.submit(() -> {
                    start.await();
                    return signIn("jd-finance", "guess-" + guess, "203.0.113.40").expectBody().returnResult()
                            .getStatus().value();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(passwords.checked.get() - before).as("passwords checked").isEqualTo(PER_USER);
        assertThat(statuses.stream().filter(status -> status == 401)).hasSize(PER_USER);
        assertThat(statuses.stream().filter(status -> status == 429)).hasSize(40 - PER_USER);
    }

    @Test
    void sprayingFromOneAddressStaysLimitedAfterASuccess() {
        String sprayer = "203.0.113.50";
        for (int i = 0; i < PER_ADDRESS - 1; i++) {
            signIn("sprayed-" + i, "jixiao-demo-1", sprayer).expectStatus().isUnauthorized();
        }
        signIn("jd-auditor", "jixiao-demo", sprayer).expectStatus().isOk();

        signIn("sprayed-last", "jixiao-demo-1", sprayer).expectStatus().isUnauthorized();
        int before = passwords.checked.get();
        for (String name : List.of("at-center-filler", "sj-finance", "sj-admin")) {
            signIn(name, "jixiao-demo-1", sprayer).expectStatus().isEqualTo(429);
        }
        assertThat(passwords.checked.get()).as("nothing checked past the address's limit").isEqualTo(before);
    }

    @Test
    void aLockedAccountsOwnerStillSignsInFromTheirUsualAddress() {
        String desk = "198.51.100.10";
        String guesser = "203.0.113.60";
        signIn("at-gov-approver", "jixiao-demo", desk).expectStatus().isOk();
        for (int i = 0; i < PER_USER; i++) {
            signIn("at-gov-approver", "guess-" + i, guesser).expectStatus().isUnauthorized();
        }
        signIn("at-gov-approver", "jixiao-demo", guesser).expectStatus().isEqualTo(429);
        signIn("at-gov-approver", "jixiao-demo", "198.51.100.11").expectStatus().isEqualTo(429);

        signIn("at-gov-approver", "jixiao-demo", desk).expectStatus().isOk();
        signIn("at-gov-approver", "jixiao-demo", guesser).expectStatus().isEqualTo(429);
    }

    private WebTestClient.ResponseSpec signIn(String username, String password, String address) {
        return client.mutate().responseTimeout(Duration.ofSeconds(60)).build()
                .post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                .header("X-Forwarded-For", address)
                .bodyValue(Map.of("username", username, "password", password)).exchange();
    }
}

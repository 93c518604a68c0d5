package io.jixiao.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ExternalIssuerConfigurationTest {
    private static final String ISSUER = "https://sso.example.gov.cn/realms/jixiao";
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void withoutAnIssuerOrAKeySetThisInstallationSignsItsOwnTokens() {
        MockEnvironment blank = new MockEnvironment().withProperty(ExternalIssuer.ISSUER_URI, " ")
                .withProperty(ExternalIssuer.JWK_SET_URI, "").withProperty(ExternalIssuer.AUDIENCE, "jixiao");

        assertThat(ExternalIssuer.configuredIn(blank)).isEmpty();
    }

    @Test
    void anIssuerAloneIsEnoughAndNamesThePersonByPreferredUsername() {
        MockEnvironment properties = new MockEnvironment().withProperty(ExternalIssuer.ISSUER_URI, ISSUER);

        assertThat(ExternalIssuer.configuredIn(properties))
                .contains(new ExternalIssuer(ISSUER, null, null, "preferred_username"));
        assertThat(ExternalIssuer.configuredIn(properties).orElseThrow().name()).isEqualTo(ISSUER);
    }

    @Test
    void theIssuerTheExpiryAndTheAudienceAreChecked() {
        OAuth2TokenValidator<Jwt> validator = ExternalIssuerConfiguration.validator(
                new ExternalIssuer(ISSUER, null, "jixiao", "preferred_username"));

        assertThat(validator.validate(token(ISSUER, List.of("jixiao", "account"), NOW.plusSeconds(300)))
                .hasErrors()).isFalse();
        assertThat(validator.validate(token("https://elsewhere.example", List.of("jixiao"), NOW.plusSeconds(300)))
                .hasErrors()).as("another issuer").isTrue();
        assertThat(validator.validate(token(ISSUER, List.of("account"), NOW.plusSeconds(300)))
                .hasErrors()).as("not meant for us").isTrue();
        assertThat(validator.validate(token(ISSUER, List.of("jixiao"), NOW.minusSeconds(300)))
                .hasErrors()).as("expired").isTrue();
        assertThat(validator.validate(token(ISSUER, List.of("jixiao"), null)).hasErrors())
                .as("never expires").isTrue();
    }

    /** Issue 11 item 4: without an issue time a provider's token cannot be held against the person's "not before". */
    @Test
    void aTokenSignedWithoutAnIssueTimeIsRefusedRatherThanGivenOneBySpring() {
        OAuth2TokenValidator<Jwt> validator = ExternalIssuerConfiguration.validator(
                new ExternalIssuer(ISSUER, null, null, "preferred_username"));
        Map<String, Object> signed = Map.of("iss", ISSUER, "sub", "s", "exp", NOW.plusSeconds(300).getEpochSecond());

        Map<String, Object> claims = TokenClaims.asSigned().convert(signed);

        assertThat(claims).doesNotContainKey("iat").containsKey("exp");
        Jwt token = Jwt.withTokenValue("t").header("alg", "RS256").claims(all -> all.putAll(claims)).build();
        assertThat(validator.validate(token).hasErrors()).isTrue();
        assertThat(TokenClaims.asSigned().convert(Map.of("iss", ISSUER, "exp", NOW.plusSeconds(300).getEpochSecond(),
                "iat", NOW.getEpochSecond()))).containsEntry("iat", NOW);
    }

    @Test
    void withoutAnIssuerOrAudienceAnyUnexpiredTokenOfTheKeysPasses() {
        OAuth2TokenValidator<Jwt> validator = ExternalIssuerConfiguration.validator(
                new ExternalIssuer(null, "https://sso.example.gov.cn/keys", null, "preferred_username"));

        assertThat(validator.validate(token("https://anyone.example", List.of("account"), NOW.plusSeconds(300)))
                .hasErrors()).isFalse();
        assertThat(validator.validate(token(ISSUER, List.of("account"), null)).hasErrors()).isTrue();
    }

    private static Jwt token(String issuer, List<String> audience, Instant expiresAt) {
        Jwt.Builder token = Jwt.withTokenValue("t").header("alg", "RS256").subject("s")
                .claim("iss", issuer).audience(audience).issuedAt(NOW.minusSeconds(600));
        if (expiresAt != null) {
            token.expiresAt(expiresAt);
        }
        return token.build();
    }
}

package io.jixiao.platform.security;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.type.AnnotatedTypeMetadata;

import java.util.Optional;

/**
 * An OpenID Connect provider that signs the bearer tokens instead of this installation, named by Spring's
 * resource-server properties: {@code issuer-uri} (its keys found through discovery, and {@code iss} checked),
 * {@code jwk-set-uri} (its keys directly), or both (keys from the set, {@code iss} checked). {@code personClaim}
 * is the claim holding the person's id in our organization; {@code audience}, when set, must be among the token's
 * {@code aud}.
 */
public record ExternalIssuer(String issuerUri, String jwkSetUri, String audience, String personClaim) {
    static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";
    static final String JWK_SET_URI = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";
    static final String AUDIENCE = "jixiao.security.oidc.audience";
    static final String PERSON_CLAIM = "jixiao.security.oidc.person-claim";
    static final String DEFAULT_PERSON_CLAIM = "preferred_username";

    /** Empty unless an issuer or a key set is named: then this installation signs its own tokens. */
    static Optional<ExternalIssuer> configuredIn(PropertyResolver properties) {
        String issuerUri = text(properties, ISSUER_URI);
        String jwkSetUri = text(properties, JWK_SET_URI);
        if (issuerUri == null && jwkSetUri == null) {
            return Optional.empty();
        }
        String personClaim = text(properties, PERSON_CLAIM);
        return Optional.of(new ExternalIssuer(issuerUri, jwkSetUri, text(properties, AUDIENCE),
                personClaim == null ? DEFAULT_PERSON_CLAIM : personClaim));
    }

    /** The provider as a person can recognise it: its issuer, or where its keys are when no issuer is given. */
    public String name() {
        return issuerUri != null ? issuerUri : jwkSetUri;
    }

    private static String text(PropertyResolver properties, String name) {
        String value = properties.getProperty(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** An empty value (an environment variable left blank) counts as unset, unlike {@code @ConditionalOnProperty}. */
    static final class Configured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return configuredIn(context.getEnvironment()).isPresent();
        }
    }

    /** The embedded default: this installation signs its own tokens. */
    public static final class NotConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return configuredIn(context.getEnvironment()).isEmpty();
        }
    }
}

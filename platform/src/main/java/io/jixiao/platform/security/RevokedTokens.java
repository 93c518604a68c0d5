package io.jixiao.platform.security;

import org.springframework.security.oauth2.jwt.Jwt;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Tokens signed out before they expire, shared by every instance and both sides ({@link MongoRevokedTokens}): a
 * token is known by its {@code jti}, kept until its {@code exp}, after which the token is refused anyway.
 */
public interface RevokedTokens {

    void revoke(String tokenId, String personId, Instant expiresAt);

    boolean isRevoked(String tokenId);

    /**
     * The id a token is revoked under: its {@code jti} (every token of ours has one), else, for a provider's token
     * without one, a digest of the whole token.
     */
    static String idOf(Jwt token) {
        if (token.getId() != null && !token.getId().isBlank()) {
            return token.getId();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(token.getTokenValue().getBytes(StandardCharsets.US_ASCII));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

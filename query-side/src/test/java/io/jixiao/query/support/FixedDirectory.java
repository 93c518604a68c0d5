package io.jixiao.query.support;

import io.jixiao.kernel.organization.Organization;
import io.jixiao.platform.organization.OrganizationDirectory;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** An organization that does not change, with the "tokens not before" a test gives its people. */
public record FixedDirectory(Organization current, Map<String, Instant> notBefore) implements OrganizationDirectory {
    public FixedDirectory(Organization current) {
        this(current, Map.of());
    }

    @Override
    public Optional<String> passwordHash(String personId) {
        return Optional.empty();
    }

    @Override
    public Optional<Instant> tokensNotBefore(String personId) {
        return Optional.ofNullable(notBefore.get(personId));
    }
}

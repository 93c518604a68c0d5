package io.jixiao.platform.organization;

import io.jixiao.kernel.organization.Organization;

import java.time.Instant;
import java.util.Optional;

/** Where both sides learn who is who: the organization as its events say ({@link EventSourcedOrganizationDirectory}). */
public interface OrganizationDirectory {
    Organization current();

    /** The stored password hash of a person, in Spring Security's {@code {id}hash} form. */
    Optional<String> passwordHash(String personId);

    /**
     * When the person was last deactivated, reactivated, or had their password changed or reset: a token of theirs
     * issued before then no longer counts. Empty when none of that ever happened.
     */
    Optional<Instant> tokensNotBefore(String personId);
}

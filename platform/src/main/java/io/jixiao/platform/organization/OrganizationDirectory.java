package io.jixiao.platform.organization;

import io.jixiao.kernel.organization.Organization;

import java.util.Optional;

/** Where both sides learn who is who: the organization as its events say ({@link EventSourcedOrganizationDirectory}). */
public interface OrganizationDirectory {
    Organization current();

    /** The stored password hash of a person, in Spring Security's {@code {id}hash} form. */
    Optional<String> passwordHash(String personId);
}

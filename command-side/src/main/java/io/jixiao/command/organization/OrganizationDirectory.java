package io.jixiao.command.organization;

import io.jixiao.kernel.organization.Organization;

import java.util.Optional;

/**
 * Where the command side learns who is who. Today a configuration file; a later version is event-sourced
 * behind the same interface.
 */
public interface OrganizationDirectory {
    Organization current();

    /** The stored password hash of a person, in Spring Security's {@code {id}hash} form. */
    Optional<String> passwordHash(String personId);
}

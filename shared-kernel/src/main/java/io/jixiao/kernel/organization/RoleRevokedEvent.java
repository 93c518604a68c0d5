package io.jixiao.kernel.organization;

import org.axonframework.serialization.Revision;

/** A role was taken from a person. */
@Revision("1")
public record RoleRevokedEvent(String personId, Role role, Actor actor, String reason)
        implements OrganizationEvent {
}

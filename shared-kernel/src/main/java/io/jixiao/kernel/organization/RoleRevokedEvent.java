package io.jixiao.kernel.organization;

/** A role was taken from a person. */
public record RoleRevokedEvent(String personId, Role role, Actor actor, String reason)
        implements OrganizationEvent {
}

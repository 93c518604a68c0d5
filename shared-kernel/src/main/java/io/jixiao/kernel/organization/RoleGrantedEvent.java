package io.jixiao.kernel.organization;

/** A person was given a role in their unit. */
public record RoleGrantedEvent(String personId, Role role, Actor actor, String reason)
        implements OrganizationEvent {
}

package io.jixiao.kernel.organization;

import org.axonframework.serialization.Revision;

/** A person was given a role in their unit. */
@Revision("1")
public record RoleGrantedEvent(String personId, Role role, Actor actor, String reason)
        implements OrganizationEvent {
}

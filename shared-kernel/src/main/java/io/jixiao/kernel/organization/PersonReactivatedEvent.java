package io.jixiao.kernel.organization;

import org.axonframework.serialization.Revision;

/** A deactivated person may sign in and act again. */
@Revision("1")
public record PersonReactivatedEvent(String personId, Actor actor, String reason)
        implements OrganizationEvent {
}

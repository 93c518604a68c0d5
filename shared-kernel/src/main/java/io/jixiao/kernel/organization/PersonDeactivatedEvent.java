package io.jixiao.kernel.organization;

import org.axonframework.serialization.Revision;

/** A person may no longer sign in or act; their past actions stay on the record. */
@Revision("1")
public record PersonDeactivatedEvent(String personId, Actor actor, String reason)
        implements OrganizationEvent {
}

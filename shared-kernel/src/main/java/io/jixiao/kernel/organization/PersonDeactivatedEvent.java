package io.jixiao.kernel.organization;

/** A person may no longer sign in or act; their past actions stay on the record. */
public record PersonDeactivatedEvent(String personId, Actor actor, String reason)
        implements OrganizationEvent {
}

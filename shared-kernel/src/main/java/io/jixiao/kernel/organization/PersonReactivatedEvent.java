package io.jixiao.kernel.organization;

/** A deactivated person may sign in and act again. */
public record PersonReactivatedEvent(String personId, Actor actor, String reason)
        implements OrganizationEvent {
}

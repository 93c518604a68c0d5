package io.jixiao.kernel.organization;

/** Something that changed the organization: every such event records who did it and why. */
public sealed interface OrganizationEvent permits UnitRegisteredEvent, UnitRenamedEvent, UnitMovedEvent,
        PersonAddedEvent, RoleGrantedEvent, RoleRevokedEvent, PersonDeactivatedEvent, PersonReactivatedEvent,
        PasswordResetEvent, PasswordChangedEvent {
    /** The one event stream (and aggregate) of an installation's organization. */
    String STREAM_ID = "organization";

    Actor actor();

    String reason();
}

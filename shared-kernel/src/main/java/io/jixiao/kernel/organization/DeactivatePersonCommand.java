package io.jixiao.kernel.organization;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Deactivates a person. */
public record DeactivatePersonCommand(@TargetAggregateIdentifier String organizationId, String personId, Actor actor,
        String reason) {

    /** Addressed to the installation's one organization. */
    public DeactivatePersonCommand(String personId, Actor actor, String reason) {
        this(OrganizationEvent.STREAM_ID, personId, actor, reason);
    }
}

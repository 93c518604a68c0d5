package io.jixiao.kernel.organization;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reactivates a person. */
public record ReactivatePersonCommand(@TargetAggregateIdentifier String organizationId, String personId, Actor actor,
        String reason) {

    /** Addressed to the installation's one organization. */
    public ReactivatePersonCommand(String personId, Actor actor, String reason) {
        this(OrganizationEvent.STREAM_ID, personId, actor, reason);
    }
}

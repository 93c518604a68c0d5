package io.jixiao.kernel.organization;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Renames a unit. */
public record RenameUnitCommand(@TargetAggregateIdentifier String organizationId, String unitId, String name, Actor actor,
        String reason) {

    /** Addressed to the installation's one organization. */
    public RenameUnitCommand(String unitId, String name, Actor actor, String reason) {
        this(OrganizationEvent.STREAM_ID, unitId, name, actor, reason);
    }
}

package io.jixiao.kernel.organization;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers a unit under {@code parentId}. */
public record RegisterUnitCommand(@TargetAggregateIdentifier String organizationId, String unitId, String name, UnitKind kind, String parentId, Actor actor,
        String reason) {

    /** Addressed to the installation's one organization. */
    public RegisterUnitCommand(String unitId, String name, UnitKind kind, String parentId, Actor actor, String reason) {
        this(OrganizationEvent.STREAM_ID, unitId, name, kind, parentId, actor, reason);
    }
}

package io.jixiao.kernel.organization;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Moves a unit (and its subtree) under another parent. */
public record MoveUnitCommand(@TargetAggregateIdentifier String organizationId, String unitId, String parentId, Actor actor,
        String reason) {

    /** Addressed to the installation's one organization. */
    public MoveUnitCommand(String unitId, String parentId, Actor actor, String reason) {
        this(OrganizationEvent.STREAM_ID, unitId, parentId, actor, reason);
    }
}

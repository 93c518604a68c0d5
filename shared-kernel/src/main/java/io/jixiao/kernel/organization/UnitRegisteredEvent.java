package io.jixiao.kernel.organization;

/** A unit joined the organization; {@code parentId} is null only for a top finance bureau. */
public record UnitRegisteredEvent(String unitId, String name, UnitKind kind, String parentId, Actor actor, String reason)
        implements OrganizationEvent {
}

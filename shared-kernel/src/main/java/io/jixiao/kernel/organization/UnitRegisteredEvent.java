package io.jixiao.kernel.organization;

import org.axonframework.serialization.Revision;

/** A unit joined the organization; {@code parentId} is null only for a top finance bureau. */
@Revision("1")
public record UnitRegisteredEvent(String unitId, String name, UnitKind kind, String parentId, Actor actor, String reason)
        implements OrganizationEvent {
}

package io.jixiao.kernel.organization;

import org.axonframework.serialization.Revision;

/** A unit (with everything below it) now sits under another parent. */
@Revision("1")
public record UnitMovedEvent(String unitId, String parentId, Actor actor, String reason)
        implements OrganizationEvent {
}

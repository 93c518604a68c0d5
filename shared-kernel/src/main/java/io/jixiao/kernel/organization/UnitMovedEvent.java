package io.jixiao.kernel.organization;

/** A unit (with everything below it) now sits under another parent. */
public record UnitMovedEvent(String unitId, String parentId, Actor actor, String reason)
        implements OrganizationEvent {
}

package io.jixiao.kernel.organization;

/** A unit has a new name; its id, forms and history stay. */
public record UnitRenamedEvent(String unitId, String name, Actor actor, String reason)
        implements OrganizationEvent {
}

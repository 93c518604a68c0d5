package io.jixiao.kernel.organization;

import org.axonframework.serialization.Revision;

/** A unit has a new name; its id, forms and history stay. */
@Revision("1")
public record UnitRenamedEvent(String unitId, String name, Actor actor, String reason)
        implements OrganizationEvent {
}

package io.jixiao.kernel.organization;

/** A budget unit. {@code parentId} is null for the top of a hierarchy (a finance bureau). */
public record Unit(String id, String name, UnitKind kind, String parentId) {
}

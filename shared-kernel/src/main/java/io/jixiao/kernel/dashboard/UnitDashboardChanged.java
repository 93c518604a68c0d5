package io.jixiao.kernel.dashboard;

/**
 * The update of a {@link FindUnitDashboardQuery} subscription: a form of {@code implementingUnitId} in
 * {@code fiscalYear} now stands at {@code version}. It names the change, not the new figures: a subscriber asks
 * for its own dashboard again, so the projection does not compute one dashboard per open screen.
 */
public record UnitDashboardChanged(String implementingUnitId, int fiscalYear, String evaluationId, long version) {
}

package io.jixiao.kernel.approval;

import io.jixiao.kernel.organization.Actor;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.organization.Person;

import java.util.List;
import java.util.Set;

/**
 * Whom a form waits for, said without naming anyone: the fillers of its implementing unit ({@code fillersOf}), or
 * whoever reviews at the step it waits at ({@code step}) except the people who submitted or amended it
 * ({@code except}); nobody when both are null. Kept with a read model, it names the people only when someone asks
 * ({@link #among}), so a role granted or revoked after the form's last change counts at once.
 */
public record Awaited(String fillersOf, ReviewStep step, Set<String> except) {
    public static final Awaited NOBODY = new Awaited(null, null, Set.of());

    public Awaited {
        except = except == null ? Set.of() : Set.copyOf(except);
    }

    public static Awaited fillersOf(String implementingUnitId) {
        return new Awaited(implementingUnitId, null, Set.of());
    }

    public static Awaited reviewersAt(ReviewStep step, Set<String> except) {
        return new Awaited(null, step, except);
    }

    /** The active people of the organization who must act, in its order. */
    public List<String> among(Organization organization) {
        return organization.people().stream()
                .filter(Person::active)
                .map(Actor::of)
                .filter(this::awaits)
                .map(Actor::userId)
                .toList();
    }

    /** Whether this person is one of those the form waits for. */
    public boolean awaits(Actor actor) {
        if (fillersOf != null) {
            return ApprovalPolicy.isFillerOf(actor, fillersOf);
        }
        return step != null && ApprovalPolicy.reviewsAt(actor, step) && !except.contains(actor.userId());
    }
}

package io.jixiao.query.evaluation;

import io.jixiao.kernel.approval.ReviewStep;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.organization.Person;
import io.jixiao.kernel.organization.Role;

import java.util.List;
import java.util.Optional;

/** Who must act on a form next, by the rules the command side enforces. */
final class NextActors {
    private NextActors() {
    }

    static List<String> of(EvaluationState state, Organization organization) {
        if (state.status().editable()) {
            return ids(organization.holders(state.implementingUnitId(), Role.FILLER));
        }
        Optional<ReviewStep> step = state.currentStep();
        if (step.isEmpty()) {
            return List.of();
        }
        // Nobody approves a form they submitted or amended, so they are not among those who must act.
        return organization.holders(step.get().unitId(), Organization.roleFor(step.get().level())).stream()
                .map(Person::id)
                .filter(id -> !state.changedBy().contains(id))
                .toList();
    }

    private static List<String> ids(List<Person> people) {
        return people.stream().map(Person::id).toList();
    }
}

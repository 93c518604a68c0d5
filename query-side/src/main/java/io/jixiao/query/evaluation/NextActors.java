package io.jixiao.query.evaluation;

import io.jixiao.kernel.approval.ApprovalPolicy;
import io.jixiao.kernel.approval.Awaited;
import io.jixiao.kernel.approval.ReviewLevel;
import io.jixiao.kernel.approval.ReviewStep;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.organization.Organization;
import org.bson.Document;

import java.util.HashSet;
import java.util.List;

/**
 * Who must act on a form next, by the kernel's approval rules ({@link ApprovalPolicy}). A stored form keeps whom it
 * awaits ({@value #AWAITED}, never answered), not the people: {@link AnsweredForm} names them from the organization
 * when asked, so a role granted or revoked since the form last changed counts at once.
 */
final class NextActors {
    static final String AWAITED = "awaited";
    static final String NEXT_ACTORS = "nextActors";

    private NextActors() {
    }

    static List<String> of(EvaluationState state, Organization organization) {
        return ApprovalPolicy.nextActors(state, organization);
    }

    static Document awaited(EvaluationState state) {
        Awaited awaited = ApprovalPolicy.awaited(state);
        Document stored = new Document();
        if (awaited.fillersOf() != null) {
            stored.append("fillersOf", awaited.fillersOf());
        }
        if (awaited.step() != null) {
            stored.append("level", awaited.step().level().name()).append("unitId", awaited.step().unitId())
                    .append("except", awaited.except().stream().sorted().toList());
        }
        return stored;
    }

    /** The people the organization names now for whom a stored form awaits ({@link #awaited}). */
    static List<String> among(Document awaited, Organization organization) {
        return read(awaited).among(organization);
    }

    private static Awaited read(Document kept) {
        if (kept.getString("fillersOf") != null) {
            return Awaited.fillersOf(kept.getString("fillersOf"));
        }
        if (kept.getString("level") != null) {
            return Awaited.reviewersAt(new ReviewStep(ReviewLevel.valueOf(kept.getString("level")),
                    kept.getString("unitId")), new HashSet<>(kept.getList("except", String.class, List.of())));
        }
        return Awaited.NOBODY;
    }
}

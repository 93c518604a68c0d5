package io.jixiao.query.history;

import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.evaluation.FormVisibility;

import java.time.Instant;
import java.util.Map;

/** What a history or time-travel question is refused with, in English and Chinese. */
final class HistoryRefusals {
    private HistoryRefusals() {
    }

    static Refusal noSuchForm(String evaluationId) {
        return FormVisibility.notFound(evaluationId);
    }

    static Refusal noSuchVersion(String evaluationId, long version, long currentVersion) {
        return new Refusal(Refusal.Kind.NOT_FOUND, "VERSION_NOT_FOUND",
                "Form " + evaluationId + " has versions 1 to " + currentVersion + "; there is no version " + version,
                "自评表 " + evaluationId + " 的版本为 1 至 " + currentVersion + "，不存在版本 " + version,
                Map.of("evaluationId", evaluationId, "version", version, "currentVersion", currentVersion));
    }

    static Refusal notYetDrafted(String evaluationId, Instant asOf, String draftedAt) {
        return new Refusal(Refusal.Kind.NOT_FOUND, "NOT_YET_DRAFTED",
                "Form " + evaluationId + " did not exist yet at " + HistoryEntries.time(asOf) + "; it was drafted at "
                        + draftedAt,
                "自评表 " + evaluationId + " 在 " + HistoryEntries.time(asOf) + " 时尚不存在，创建于 " + draftedAt,
                Map.of("evaluationId", evaluationId, "asOf", HistoryEntries.time(asOf), "draftedAt", draftedAt));
    }

    static Refusal twoPointsInTime() {
        return new Refusal(Refusal.Kind.INVALID_INPUT, "INVALID_PARAMETER",
                "Give either version or asOf, not both", "参数 version 与 asOf 只能给出其一",
                Map.of("field", "asOf"));
    }
}

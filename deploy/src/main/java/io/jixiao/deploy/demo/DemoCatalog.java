package io.jixiao.deploy.demo;

import io.jixiao.kernel.evaluation.DraftEvaluationCommand;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which forms the demo holds and what happens to each: every seed form in its published year, and the same
 * projects two years earlier, generated. A region's latest past year and the year in progress show every status;
 * older years are closed, apart from forms left overdue. Stories are fixed per position in the seed file, so the
 * same forms end the same way on every installation.
 */
public final class DemoCatalog {
    /**
     * Songjiang published 2023 (in 元); 2021 and 2022 are generated from it. Position 4 (外事交流管理) lacks its
     * expected goal in the transcription and never leaves the unit, in any year.
     */
    static final Region SONGJIANG = new Region("songjiang-2023.json", "SJ-XM-", List.of(2021, 2022),
            Map.of(2023, Map.of(1, Story.RETURNED_THEN_APPROVED, 4, Story.DRAFT, 5, Story.REOPENED_THEN_APPROVED,
                            11, Story.WITHDRAWN_THEN_APPROVED, 12, Story.RETURNED_THEN_APPROVED),
                    2022, Map.of(2, Story.RETURNED_THEN_APPROVED, 6, Story.DRAFT, 9, Story.RETURNED,
                            13, Story.WITHDRAWN_THEN_APPROVED),
                    2021, Map.of(3, Story.RETURNED_THEN_APPROVED, 7, Story.REOPENED_THEN_APPROVED, 10, Story.DRAFT)),
            Story.APPROVED);
    /**
     * Anting published 2024 (in 万元), the year in progress; 2022 and 2023 are generated from it. Positions 6 and 7
     * have cells the transcription lost and never leave the unit, in any year.
     */
    static final Region ANTING = new Region("anting-2024.json", "AT-XM-", List.of(2022, 2023),
            Map.of(2024, Map.of(0, Story.APPROVED, 1, Story.RETURNED, 2, Story.UNDER_REVIEW, 3, Story.WITHDRAWN,
                            4, Story.APPROVED, 5, Story.AWAITING_FINANCE, 6, Story.DRAFT, 7, Story.DRAFT,
                            8, Story.RETURNED_THEN_APPROVED, 9, Story.RETURNED),
                    2023, Map.of(0, Story.RETURNED, 1, Story.RETURNED_THEN_APPROVED, 3, Story.REOPENED,
                            8, Story.WITHDRAWN_THEN_APPROVED),
                    2022, Map.of(2, Story.REOPENED_THEN_APPROVED, 5, Story.RETURNED_THEN_APPROVED, 9, Story.DRAFT)),
            Story.APPROVED);
    public static final List<Region> REGIONS = List.of(SONGJIANG, ANTING);

    private DemoCatalog() {
    }

    /**
     * @param seedFile  the fixture the region's forms come from
     * @param codePrefix project codes ("SJ-XM-001"): the published forms print none, and a code is what links one
     *                  project across years
     * @param stories   by fiscal year, the story of the form at each position in the seed file
     */
    public record Region(String seedFile, String codePrefix, List<Integer> earlierYears,
                         Map<Integer, Map<Integer, Story>> stories, Story otherwise) {

        /** The seed drafts in file order, with project codes; then each earlier year generated from them. */
        public List<DemoForm> forms(List<DraftEvaluationCommand> seeds) {
            List<DemoForm> forms = new ArrayList<>();
            for (int i = 0; i < seeds.size(); i++) {
                DraftEvaluationCommand seed = withCode(seeds.get(i), codePrefix + String.format("%03d", i + 1));
                forms.add(new DemoForm(seed, story(seed.fiscalYear(), i)));
                for (int year : earlierYears) {
                    forms.add(new DemoForm(EarlierYear.of(seed, year), story(year, i)));
                }
            }
            return forms;
        }

        private Story story(int year, int position) {
            return stories.getOrDefault(year, Map.of()).getOrDefault(position, otherwise);
        }
    }

    private static DraftEvaluationCommand withCode(DraftEvaluationCommand d, String projectCode) {
        return new DraftEvaluationCommand(d.evaluationId(), d.fiscalYear(), d.projectName(),
                d.projectCode() != null ? d.projectCode() : projectCode, d.competentDepartmentId(),
                d.implementingUnitId(), d.amountUnit(), d.scoringPolicy(), d.funds(), d.goals(), d.indicators(),
                d.source(), d.actor());
    }
}

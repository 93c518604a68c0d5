package io.jixiao.query.history;

import io.jixiao.kernel.evaluation.EvaluationFold;
import io.jixiao.kernel.evaluation.EvaluationStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormTimelineTest {
    private static final List<RecordedEvent> RECORDED = AntingHistory.recorded();
    private static final FormTimeline TIMELINE = FormTimeline.replay(RECORDED);

    @Test
    void versionNIsTheKernelFoldOfTheFirstNEvents() {
        assertThat(TIMELINE.currentVersion()).isEqualTo(RECORDED.size());
        for (int n = 1; n <= RECORDED.size(); n++) {
            List<io.jixiao.kernel.evaluation.EvaluationEvent> firstN = RECORDED.subList(0, n).stream()
                    .map(RecordedEvent::event).toList();
            FormTimeline.Step step = TIMELINE.at(n).orElseThrow();
            assertThat(step.after()).isEqualTo(EvaluationFold.replay(firstN));
            assertThat(step.version()).isEqualTo(n);
            assertThat(step.before().version()).isEqualTo(n - 1);
        }
        assertThat(TIMELINE.current().status()).isEqualTo(EvaluationStatus.REOPENED);
    }

    @Test
    void thereIsNoVersionZeroNorOneBeyondTheLast() {
        assertThat(TIMELINE.at(0)).isEmpty();
        assertThat(TIMELINE.at(RECORDED.size() + 1)).isEmpty();
        assertThat(TIMELINE.at(-1)).isEmpty();
    }

    @Test
    void asOfTakesEveryEventRecordedAtOrBeforeTheMoment() {
        assertThat(TIMELINE.asOf(AntingHistory.START.minusMillis(1))).isEmpty();
        assertThat(TIMELINE.asOf(AntingHistory.START).orElseThrow().version()).isEqualTo(1);
        assertThat(TIMELINE.asOf(Instant.parse("2025-03-01T04:30:00Z")).orElseThrow().version()).isEqualTo(3);
        assertThat(TIMELINE.asOf(Instant.parse("2030-01-01T00:00:00Z")).orElseThrow().version())
                .isEqualTo(RECORDED.size());
    }

    @Test
    void aFormIsAlwaysAPrefixOfItsEventsEvenIfALaterEventCarriesAnEarlierClock() {
        List<RecordedEvent> skewed = new ArrayList<>(RECORDED.subList(0, 3));
        skewed.set(2, new RecordedEvent(2, AntingHistory.START.plusSeconds(60), skewed.get(2).event()));
        FormTimeline timeline = FormTimeline.replay(skewed);
        assertThat(timeline.asOf(AntingHistory.START.plusSeconds(120)).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void aGapInTheSequenceIsABrokenStoreNotAForm() {
        List<RecordedEvent> gap = List.of(RECORDED.get(0), RECORDED.get(2));
        assertThatThrownBy(() -> FormTimeline.replay(gap)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("skip from version 1 to sequence number 2");
    }

    @Test
    void noEventsIsNoForm() {
        FormTimeline none = FormTimeline.replay(List.of());
        assertThat(none.exists()).isFalse();
        assertThat(none.currentVersion()).isZero();
    }
}

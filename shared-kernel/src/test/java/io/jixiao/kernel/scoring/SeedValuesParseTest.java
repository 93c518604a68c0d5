package io.jixiao.kernel.scoring;

import io.jixiao.kernel.evaluation.Indicator;
import io.jixiao.kernel.scoring.IndicatorValue.FreeText;
import io.jixiao.kernel.seeds.SeedForm;
import io.jixiao.kernel.seeds.SeedForms;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every 年度指标值 and 实际完成值 of the seed forms reads as a typed value, bar the few listed here. */
class SeedValuesParseTest {

    /** The only seed values allowed to stay free text, and why. */
    private static final Map<String, String> ACCEPTED_FREE_TEXT = Map.of(
            "加强信息传递,减少因城市风险带来的",
            "a clipped sentence: the printed cell of Anting 2024 信息化项目建设 / 间接经济效益 ends mid-phrase");

    @Test
    void everyTargetAndActualOfTheSeedsIsATypedValue() {
        List<String> unread = new ArrayList<>();
        Set<String> freeTextSeen = new HashSet<>();
        int values = 0;
        for (SeedForm form : SeedForms.all()) {
            for (Indicator indicator : form.state().indicators()) {
                for (String raw : new String[]{indicator.target(), indicator.actual()}) {
                    if (raw == null) {
                        continue;
                    }
                    values++;
                    IndicatorValue value = IndicatorValueParser.parse(raw);
                    if (value instanceof FreeText free) {
                        freeTextSeen.add(free.text());
                        if (!ACCEPTED_FREE_TEXT.containsKey(free.text())) {
                            unread.add(form + " " + indicator.name() + ": " + raw + " (" + free.reason() + ")");
                        }
                    }
                }
            }
        }

        assertThat(values).as("target and actual cells with text in the 253 seed indicator rows").isEqualTo(492);
        assertThat(unread).as("seed values that fell to free text").isEmpty();
        assertThat(freeTextSeen).as("the accepted list has no stale entries").isEqualTo(ACCEPTED_FREE_TEXT.keySet());
    }
}

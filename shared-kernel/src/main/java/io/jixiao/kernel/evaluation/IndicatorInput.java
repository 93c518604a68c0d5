package io.jixiao.kernel.evaluation;

import java.math.BigDecimal;

/** An indicator as it arrives in a draft or an import, before the aggregate has given it an id. */
public record IndicatorInput(String level1, String level2, String name, String target, BigDecimal weight,
                             String actual, BigDecimal score, String deviation) {
}

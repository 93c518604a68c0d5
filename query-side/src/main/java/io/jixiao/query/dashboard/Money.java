package io.jixiao.query.dashboard;

import io.jixiao.kernel.evaluation.AmountUnit;

import java.math.BigDecimal;

/**
 * An amount answered twice: {@code yuan} in 元 and {@code tenThousandYuan} in 万元, both exact (the 万元 figure
 * keeps every digit of the 元 one, so it may have up to six decimals).
 */
public record Money(String yuan, String tenThousandYuan) {
    public static final Money ZERO = of(BigDecimal.ZERO);

    public static Money of(BigDecimal yuan) {
        if (yuan == null) {
            return null;
        }
        return new Money(Numbers.decimal(yuan), Numbers.decimal(AmountUnit.TEN_THOUSAND_YUAN.fromYuan(yuan)));
    }
}

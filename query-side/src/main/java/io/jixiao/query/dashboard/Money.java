package io.jixiao.query.dashboard;

import io.jixiao.kernel.evaluation.AmountUnit;

import java.math.BigDecimal;

/**
 * An amount answered twice: {@code yuan} in 元 and {@code tenThousandYuan} in 万元, both exact: the 万元 figure
 * keeps every digit of the 元 one (12345.67 元 is 1.234567 万元), never rounded to two decimals.
 */
public record Money(String yuan, String tenThousandYuan) {
    public static Money of(BigDecimal yuan) {
        if (yuan == null) {
            return null;
        }
        return new Money(Numbers.decimal(yuan), Numbers.decimal(AmountUnit.TEN_THOUSAND_YUAN.fromYuan(yuan)));
    }
}

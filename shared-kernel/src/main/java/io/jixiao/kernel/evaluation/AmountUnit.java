package io.jixiao.kernel.evaluation;

import java.math.BigDecimal;

/** The unit a form's amounts were filled in. Amounts are stored in 元 and shown in this unit. */
public enum AmountUnit {
    YUAN("元", BigDecimal.ONE),
    TEN_THOUSAND_YUAN("万元", BigDecimal.valueOf(10_000));

    private final String label;
    private final BigDecimal yuanPerUnit;

    AmountUnit(String label, BigDecimal yuanPerUnit) {
        this.label = label;
        this.yuanPerUnit = yuanPerUnit;
    }

    public String label() {
        return label;
    }

    public BigDecimal toYuan(BigDecimal amountInThisUnit) {
        if (amountInThisUnit == null) {
            return null;
        }
        BigDecimal yuan = amountInThisUnit.multiply(yuanPerUnit).stripTrailingZeros();
        return yuan.scale() < 0 ? yuan.setScale(0) : yuan;
    }

    /** Exact: 万元 values keep every digit of the 元 value. */
    public BigDecimal fromYuan(BigDecimal yuan) {
        if (yuan == null) {
            return null;
        }
        BigDecimal value = yuan.divide(yuanPerUnit);
        return value.scale() < 2 ? value.setScale(2) : value;
    }
}

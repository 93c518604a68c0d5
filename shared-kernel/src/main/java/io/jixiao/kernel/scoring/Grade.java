package io.jixiao.kernel.scoring;

import java.math.BigDecimal;

/** 评分等级: 优 >= 90, 良 >= 80, 中 >= 60, 差 below. */
public enum Grade {
    EXCELLENT("优", new BigDecimal("90")),
    GOOD("良", new BigDecimal("80")),
    FAIR("中", new BigDecimal("60")),
    POOR("差", BigDecimal.ZERO);

    private final String label;
    private final BigDecimal threshold;

    Grade(String label, BigDecimal threshold) {
        this.label = label;
        this.threshold = threshold;
    }

    public String label() {
        return label;
    }

    public static Grade of(BigDecimal total) {
        for (Grade grade : values()) {
            if (total.compareTo(grade.threshold) >= 0) {
                return grade;
            }
        }
        return POOR;
    }
}

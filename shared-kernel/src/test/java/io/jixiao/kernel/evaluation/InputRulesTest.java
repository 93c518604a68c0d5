package io.jixiao.kernel.evaluation;

import io.jixiao.kernel.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InputRulesTest {
    private static final InputRules RULES = new InputRules(new InputLimits(10, 20, 30));

    @Test
    void aRefusalCodeNamesTheFieldAndItsDetailsSayWhereItIs() {
        Refusal refused = refusal(() -> InputRules.score(FieldAt.indicatorInList(FormField.INDICATOR_SCORE, 3,
                "score"), new BigDecimal("31"), new BigDecimal("30")));
        assertThat(refused.code()).isEqualTo("INVALID_INDICATOR_SCORE");
        assertThat(refused.kind()).isEqualTo(Refusal.Kind.INVALID_INPUT);
        assertThat(refused.details()).containsEntry("field", "indicators[3].score").containsEntry("index", 3);
        assertThat(refused.messageZh()).isNotBlank();

        Refusal amount = refusal(() -> InputRules.amount(FieldAt.fundsRow(FormField.FUNDS_EXECUTED,
                FundSource.CARRYOVER, "executed"), new BigDecimal("-1")));
        assertThat(amount.code()).isEqualTo("INVALID_FUNDS_EXECUTED");
        assertThat(amount.details()).containsEntry("field", "funds.carryover.executed")
                .containsEntry("row", "carryover");
    }

    @Test
    void everyCodeIsOneStableWord() {
        for (FormField field : FormField.values()) {
            assertThat(field.code()).matches("INVALID_[A-Z0-9]+(_[A-Z0-9]+)*");
        }
        assertThat(Refusal.invalidCode("competentDepartmentId")).isEqualTo("INVALID_COMPETENT_DEPARTMENT_ID");
        assertThat(Refusal.invalidCode("level1")).isEqualTo("INVALID_LEVEL1");
        assertThatThrownBy(() -> Refusal.invalidCode("indicators[0].score"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void textsAreTrimmedBoundedByTheirLimitAndFreeOfControlCharacters() {
        FieldAt name = FieldAt.of(FormField.PROJECT_NAME, "projectName");
        assertThat(RULES.text(name, "  项目  ")).isEqualTo("项目");
        assertThat(RULES.text(name, "   ")).isNull();
        assertThat(RULES.text(name, "一二三四五六七八九十")).hasSize(10);
        assertThat(refusal(() -> RULES.text(name, "一二三四五六七八九十一")).code()).isEqualTo("INVALID_PROJECT_NAME");
        FieldAt target = FieldAt.of(FormField.INDICATOR_TARGET, "target");
        assertThat(RULES.text(target, "x".repeat(20))).hasSize(20);
        assertThat(refusal(() -> RULES.text(target, "x".repeat(21))).getMessage()).contains("20 characters");
        FieldAt goal = FieldAt.of(FormField.GOALS_EXPECTED, "goals.expected");
        assertThat(RULES.text(goal, "第一行\n\t第二行")).contains("\n");
        assertThat(refusal(() -> RULES.text(goal, "完成\u0000")).code()).isEqualTo("INVALID_GOALS_EXPECTED");
        assertThat(refusal(() -> RULES.requiredText(name, " ")).getMessage()).contains("required");
    }

    @Test
    void numbersAreReadAsTypedAndBounded() {
        FieldAt executed = FieldAt.of(FormField.FUNDS_EXECUTED, "executed");
        assertThat(InputRules.decimal(executed, " 4,514.45 ")).isEqualByComparingTo("4514.45");
        assertThat(InputRules.decimal(executed, null)).isNull();
        for (String typed : new String[]{"", "1E+5", "七百", "1,23", "1.1234567", "12345678901234567"}) {
            assertThat(refusal(() -> InputRules.decimal(executed, typed)).code()).as(typed)
                    .isEqualTo("INVALID_FUNDS_EXECUTED");
        }
        assertThat(InputRules.amount(executed, InputRules.MAX_AMOUNT_YUAN)).isEqualTo(InputRules.MAX_AMOUNT_YUAN);
        assertThat(refusal(() -> InputRules.amount(executed, InputRules.MAX_AMOUNT_YUAN.add(BigDecimal.ONE)))
                .getMessage()).contains("implausibly large");
        FieldAt weight = FieldAt.of(FormField.INDICATOR_WEIGHT, "weight");
        assertThat(InputRules.weight(weight, new BigDecimal("12.50"))).isEqualByComparingTo("12.5");
        assertThat(refusal(() -> InputRules.weight(weight, new BigDecimal("100.01"))).code())
                .isEqualTo("INVALID_INDICATOR_WEIGHT");
        assertThat(refusal(() -> InputRules.weight(weight, new BigDecimal("1.125"))).getMessage())
                .contains("2 decimals");
    }

    private static Refusal refusal(Executable call) {
        return assertThrows(Refusal.class, call);
    }
}

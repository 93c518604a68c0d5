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
        assertThat(RULES.text(goal, "第一行\r\n第二行")).as("a Windows line break, kept as sent")
                .isEqualTo("第一行\r\n第二行");
        assertThat(refusal(() -> RULES.text(goal, "完成\u0000")).code()).isEqualTo("INVALID_GOALS_EXPECTED");
        assertThat(refusal(() -> RULES.requiredText(name, " ")).getMessage()).contains("required");
    }

    @Test
    void noTextHoldsNonCharactersLoneSurrogatesControlsBidiControlsOrZeroWidthCharacters() {
        String[][] refused = {
                {"\uFFFF", "U+FFFF"}, {"\uFFFE", "U+FFFE"}, {"\uFDD0", "U+FDD0"}, {"\uFDEF", "U+FDEF"},
                {new String(Character.toChars(0x1FFFE)), "U+1FFFE"}, {new String(Character.toChars(0x10FFFF)),
                "U+10FFFF"}, {"\uD800", "U+D800"}, {"\uDC00", "U+DC00"}, {"x\uD83D", "U+D83D"},
                {"\u0000", "U+0000"}, {"\u001B", "U+001B"}, {"\u000B", "U+000B"}, {"\u007F", "U+007F"},
                {"\u0085", "U+0085"}, {"\u009F", "U+009F"},
                {"\u202A", "U+202A"}, {"\u202B", "U+202B"}, {"\u202C", "U+202C"}, {"\u202D", "U+202D"},
                {"\u202E", "U+202E"}, {"\u2066", "U+2066"}, {"\u2067", "U+2067"}, {"\u2068", "U+2068"},
                {"\u2069", "U+2069"}, {"\u200E", "U+200E"}, {"\u200F", "U+200F"}, {"\u061C", "U+061C"},
                {"\u200B", "U+200B"}, {"\u200C", "U+200C"}, {"\u200D", "U+200D"}, {"\u2060", "U+2060"},
                {"\uFEFF", "U+FEFF"}};
        FieldAt name = FieldAt.of(FormField.INDICATOR_NAME, "indicators[1].name");
        for (String[] each : refused) {
            String text = "项目" + each[0] + "名称";
            assertThat(InputRules.forbiddenCharacter(text, true)).as(each[1]).get()
                    .extracting(ForbiddenCharacter::label).isEqualTo(each[1]);
            Refusal refusal = refusal(() -> RULES.text(name, text.substring(0, Math.min(text.length(), 8))));
            assertThat(refusal.code()).isEqualTo("INVALID_INDICATOR_NAME");
            assertThat(refusal.details()).containsEntry("field", "indicators[1].name")
                    .containsEntry("codePoint", each[1]);
            assertThat(refusal.getMessage()).contains("indicators[1].name", each[1]);
            assertThat(refusal.messageZh()).contains("indicators[1].name", each[1], "不允许");
        }
        assertThat(InputRules.forbiddenCharacter("👨\u200D👩\u200D👧", true)).get()
                .extracting(ForbiddenCharacter::index).isEqualTo(2);
    }

    @Test
    void ordinaryTextOfEveryScriptPasses() {
        for (String text : new String[]{"上海市嘉定区安亭镇城市运行管理中心", "信息化项目运维(信息安全三级等保)", "≥95%",
                "😀🀄𝕏𠀀𩸽", "e\u0301", "\u00A0全角　空格", "１２３", "\uFFFD", "\uFDCF\uFDF0\uFFFD",
                "שלום", "مرحبا", "第一行\n\t第二行"}) {
            assertThat(InputRules.forbiddenCharacter(text, true)).as(text).isEmpty();
        }
        assertThat(InputRules.forbiddenCharacter("第一行\n第二行", false)).get()
                .extracting(ForbiddenCharacter::label).isEqualTo("U+000A");
        assertThat(InputRules.forbiddenCharacter("a\tb", false)).isPresent();
        assertThat(InputRules.forbiddenCharacter("第一行\r\n第二行", true)).isEmpty();
        assertThat(InputRules.forbiddenCharacter("第一行\r\n第二行", false)).get()
                .extracting(ForbiddenCharacter::label).isEqualTo("U+000D");
        assertThat(InputRules.forbiddenCharacter(null, false)).isEmpty();
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

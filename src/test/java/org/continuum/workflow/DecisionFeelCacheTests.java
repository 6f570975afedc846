package org.continuum.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.dmn.feel.impl.FeelEngine;
import org.operaton.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.operaton.bpm.engine.variable.Variables;
import org.operaton.bpm.engine.variable.context.VariableContext;

/** The remembering FEEL engine answers every cell exactly as the FEEL engine does. */
class DecisionFeelCacheTests {

  private final FeelEngine feel = new ScalaFeelEngineFactory().createInstance();
  private final DecisionFeelCache.CachingFeelEngine cached =
      new DecisionFeelCache.CachingFeelEngine(new ScalaFeelEngineFactory().createInstance());

  @Test
  void answersUnaryTestsLikeFeelTwiceOver() {
    List<String> cells =
        List.of(
            "\"90834\"",
            "\"90834\",\"90837\"",
            ">= 53",
            "[38..52]",
            "not(null)",
            "true",
            "false",
            "\"\"",
            ">= minimumMinutesFor90837",
            "< minimumMinutesFor90837 + 2",
            "not(\"NONE\")");
    List<Object> inputs = List.of("90834", "90837", "NONE", "", 45, 53, 60L, true, false);
    for (String cell : cells) {
      for (Object input : inputs) {
        VariableContext context = context(input);
        Object expected = safely(() -> feel.evaluateSimpleUnaryTests(cell, "cellInput", context));
        for (int twice = 0; twice < 2; twice++) {
          assertThat(safely(() -> cached.evaluateSimpleUnaryTests(cell, "cellInput", context)))
              .as("%s against %s", cell, input)
              .isEqualTo(expected);
        }
      }
    }
    assertThat(cached.rememberedForTests()).isNotEmpty();
  }

  @Test
  void answersExpressionsLikeFeel() {
    VariableContext context = context(45);
    for (String expression :
        List.of(
            "procedureCode",
            "minutes",
            "minimumMinutesFor90837",
            "audioOnlyCovered",
            "missing",
            "\"90834\"",
            "38",
            "matches(modifiers, \"(^|,)(95|GT)(,|$)\")")) {
      Object expected = safely(() -> feel.evaluateSimpleExpression(expression, context));
      for (int twice = 0; twice < 2; twice++) {
        Object actual = safely(() -> cached.evaluateSimpleExpression(expression, context));
        assertThat(actual).as(expression).isEqualTo(expected);
        if (expected != null) {
          assertThat(actual.getClass()).as(expression).isEqualTo(expected.getClass());
        }
      }
    }
  }

  @Test
  void remembersACellWithVariablesUnderTheirValues() {
    String cell = "matches(modifiers, \"(^|,)(95|GT)(,|$)\")";
    for (String modifiers : List.of("95", "HO", "GT,HO", "", "95", "HO")) {
      VariableContext context =
          Variables.fromMap(Map.of("modifiers", modifiers)).asVariableContext();
      for (int twice = 0; twice < 2; twice++) {
        assertThat(cached.<Object>evaluateSimpleExpression(cell, context))
            .as(modifiers)
            .isEqualTo(feel.evaluateSimpleExpression(cell, context));
      }
    }
    assertThat(cached.rememberedForTests()).hasSize(4);
  }

  @Test
  void remembersOnlyCellsMadeOfLiteralsPlainNamesAndPureFunctions() {
    assertThat(DecisionFeelCache.CachingFeelEngine.shape(">= visitCapPerYear"))
        .contains(List.of("visitCapPerYear"));
    assertThat(DecisionFeelCache.CachingFeelEngine.shape("matches(modifiers, \"a(b)c\")"))
        .contains(List.of("modifiers"));
    assertThat(DecisionFeelCache.CachingFeelEngine.shape("\"90834\",\"90837\""))
        .contains(List.of());
    for (String unremembered :
        List.of(
            "now()",
            "today() - dateOfService",
            "date(\"2026-01-01\")",
            "claim.minutes",
            "{a: 1}.a",
            "\"say \\\"hi\\\"\"",
            "if minutes > 52 then 1 else 2",
            "x in (1, 2)")) {
      assertThat(DecisionFeelCache.CachingFeelEngine.shape(unremembered))
          .as(unremembered)
          .isEmpty();
    }
  }

  @Test
  void asksFeelEveryTimeWhenAVariableIsMissingOrNotPlain() {
    VariableContext context =
        Variables.fromMap(Map.of("cap", java.time.LocalDate.of(2026, 1, 1))).asVariableContext();
    Object expected = safely(() -> feel.evaluateSimpleUnaryTests(">= cap", "cap", context));
    assertThat(safely(() -> cached.evaluateSimpleUnaryTests(">= cap", "cap", context)))
        .isEqualTo(expected);
    assertThat(safely(() -> cached.evaluateSimpleUnaryTests(">= missing", "cap", context)))
        .isEqualTo(safely(() -> feel.evaluateSimpleUnaryTests(">= missing", "cap", context)));
    assertThat(cached.rememberedForTests()).isEmpty();
  }

  private static VariableContext context(Object cellInput) {
    return Variables.fromMap(
            Map.of(
                "cellInput",
                cellInput,
                "procedureCode",
                "90834",
                "minutes",
                45,
                "minimumMinutesFor90837",
                53,
                "audioOnlyCovered",
                true,
                "modifiers",
                "95"))
        .asVariableContext();
  }

  /** The answer, or the kind of failure: both engines must fail alike. */
  private static <T> Object safely(java.util.function.Supplier<T> evaluation) {
    try {
      return evaluation.get();
    } catch (RuntimeException e) {
      return e.getClass();
    }
  }
}

package org.continuum.workflow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.operaton.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.operaton.bpm.dmn.feel.impl.FeelEngine;
import org.operaton.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.variable.context.VariableContext;
import org.operaton.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * Spares the decision tables the cost of the FEEL engine where its answer is already known. The
 * Scala FEEL engine parses every cell again on every evaluation and builds its table of built-in
 * functions anew each time; a clean claim's two decisions evaluate dozens of cells, and profiling
 * found them to be about a quarter of the claim lifecycle's CPU. This wrapper answers two kinds of
 * cell itself. A cell that only names a variable holding text, a yes/no or a whole number is that
 * variable's value, as FEEL would give it back (whole numbers as {@code Long}). A cell made of
 * literals, variables holding such plain values and pure built-in functions ({@code "90834",
 * "90837"}, {@code >= 53}, {@code >= visitCapPerYear}, {@code matches(modifiers, "(^|,)95(,|$)")})
 * gives the same answer for the same values every time, so the answer is remembered under the cell
 * and those values. Every other cell (another function, a path, a date, a context) goes to the FEEL
 * engine as before.
 */
@Component
class DecisionFeelCache extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    DefaultDmnEngineConfiguration dmn =
        configuration.getDmnEngineConfiguration() != null
            ? configuration.getDmnEngineConfiguration()
            : (DefaultDmnEngineConfiguration)
                DefaultDmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    if (dmn.getFeelEngineFactory() == null && !dmn.isEnableFeelLegacyBehavior()) {
      dmn.setFeelEngineFactory(
          () ->
              new CachingFeelEngine(
                  new ScalaFeelEngineFactory(dmn.getFeelCustomFunctionProviders())
                      .createInstance()));
    }
    configuration.setDmnEngineConfiguration(dmn);
  }

  /** The FEEL engine with literal cells remembered and plain variable names looked up. */
  static final class CachingFeelEngine implements FeelEngine {

    /** Remembered answers at most; past this the memory starts afresh. */
    private static final int LIMIT = 10_000;

    private static final Pattern STRING_LITERAL = Pattern.compile("\"[^\"\\\\]*\"");
    private static final Pattern IDENTIFIER =
        Pattern.compile("(?<![A-Za-z0-9_.])([A-Za-z_][A-Za-z0-9_]*)(\\s*\\()?");
    private static final Pattern OPERATORS = Pattern.compile("[\\s0-9.,+\\-*/<>=!?\\[\\]()]*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> KEYWORDS = Set.of("not", "null", "true", "false");

    /** FEEL's other words: a cell using them goes to the FEEL engine. */
    private static final Set<String> RESERVED =
        Set.of(
            "if",
            "then",
            "else",
            "for",
            "in",
            "return",
            "some",
            "every",
            "satisfies",
            "and",
            "or",
            "between",
            "instance",
            "of",
            "function");

    /** Built-in functions whose answer depends on their arguments only (not {@code now()}). */
    private static final Set<String> PURE_FUNCTIONS =
        Set.of(
            "not",
            "matches",
            "contains",
            "replace",
            "substring",
            "split",
            "abs",
            "floor",
            "ceiling",
            "decimal",
            "number",
            "string",
            "count",
            "min",
            "max",
            "sum",
            "modulo",
            "odd",
            "even");

    private static final Set<Class<?>> PLAIN =
        Set.of(
            String.class,
            Boolean.class,
            Integer.class,
            Long.class,
            Short.class,
            Double.class,
            BigDecimal.class);

    private final FeelEngine feel;

    /** Per cell: the variables it names when its answer can be remembered, empty otherwise. */
    private final Map<String, Optional<List<String>>> shapes = new ConcurrentHashMap<>();

    private final Map<Key, Optional<Object>> answers = new ConcurrentHashMap<>();

    CachingFeelEngine(FeelEngine feel) {
      this.feel = feel;
    }

    /** A cell and the values it was asked about, each with its class (45 and 45L differ). */
    private record Key(String expression, List<Object> values) {}

    @Override
    @SuppressWarnings("unchecked")
    public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
      String name = expression == null ? "" : expression.strip();
      if (NAME.matcher(name).matches() && !KEYWORDS.contains(name)) {
        Optional<Object> value = plainValue(name, variables);
        if (value != null) {
          return (T) value.orElse(null);
        }
        return feel.evaluateSimpleExpression(expression, variables);
      }
      Key key = key(expression, null, variables);
      if (key == null) {
        return feel.evaluateSimpleExpression(expression, variables);
      }
      Optional<Object> known = answers.get(key);
      if (known != null) {
        return (T) known.orElse(null);
      }
      Object answer = feel.evaluateSimpleExpression(expression, variables);
      if (answer == null || PLAIN.contains(answer.getClass())) {
        remember(key, answer);
      }
      return (T) answer;
    }

    @Override
    public boolean evaluateSimpleUnaryTests(
        String expression, String inputVariable, VariableContext variables) {
      Key key = key(expression, inputVariable, variables);
      if (key == null) {
        return feel.evaluateSimpleUnaryTests(expression, inputVariable, variables);
      }
      Optional<Object> known = answers.get(key);
      if (known != null) {
        return (Boolean) known.orElseThrow();
      }
      boolean answer = feel.evaluateSimpleUnaryTests(expression, inputVariable, variables);
      remember(key, answer);
      return answer;
    }

    /**
     * The key to remember the cell's answer under: the cell, the input's value (unary tests) and
     * the value of every variable it names. Null when the answer cannot be remembered: the cell has
     * parts other than literals, plain variables and pure functions, or a value it reads is missing
     * or not plain.
     */
    private Key key(String expression, String inputVariable, VariableContext variables) {
      if (expression == null) {
        return null;
      }
      Optional<List<String>> names = shapes.computeIfAbsent(expression, CachingFeelEngine::shape);
      if (names.isEmpty()) {
        return null;
      }
      List<Object> values = new ArrayList<>();
      if (inputVariable != null && !addValue(inputVariable, variables, values)) {
        return null;
      }
      for (String name : names.get()) {
        if (!addValue(name, variables, values)) {
          return null;
        }
      }
      return new Key(expression, values);
    }

    private static boolean addValue(String name, VariableContext variables, List<Object> values) {
      if (!variables.containsVariable(name)) {
        return false;
      }
      TypedValue typed = variables.resolve(name);
      Object value = typed == null ? null : typed.getValue();
      if (value != null && !PLAIN.contains(value.getClass())) {
        return false;
      }
      values.add(value == null ? null : value.getClass());
      values.add(value);
      return true;
    }

    /**
     * The variables a cell names, when it is made only of string and number literals, operators,
     * the keywords {@code null true false}, pure built-in functions and plain names; empty when it
     * has anything else.
     */
    static Optional<List<String>> shape(String expression) {
      String rest = STRING_LITERAL.matcher(expression).replaceAll(" ");
      if (rest.contains("\"")) {
        return Optional.empty();
      }
      List<String> names = new ArrayList<>();
      Matcher identifier = IDENTIFIER.matcher(rest);
      StringBuilder operators = new StringBuilder();
      while (identifier.find()) {
        String name = identifier.group(1);
        boolean called = identifier.group(2) != null;
        if (called ? !PURE_FUNCTIONS.contains(name) : RESERVED.contains(name)) {
          return Optional.empty();
        }
        if (!called && !KEYWORDS.contains(name) && !names.contains(name)) {
          names.add(name);
        }
        identifier.appendReplacement(operators, called ? " (" : " ");
      }
      identifier.appendTail(operators);
      return OPERATORS.matcher(operators).matches() ? Optional.of(names) : Optional.empty();
    }

    /**
     * The variable's value as FEEL gives it back, or null when FEEL must say (no such variable, or
     * a value FEEL converts some other way).
     */
    private static Optional<Object> plainValue(String name, VariableContext variables) {
      if (!variables.containsVariable(name)) {
        return null;
      }
      TypedValue typed = variables.resolve(name);
      Object value = typed == null ? null : typed.getValue();
      if (value == null || value instanceof String || value instanceof Boolean) {
        return Optional.ofNullable(value);
      }
      if (value instanceof Integer || value instanceof Long || value instanceof Short) {
        return Optional.of(((Number) value).longValue());
      }
      return null;
    }

    private void remember(Key key, Object answer) {
      if (answers.size() >= LIMIT) {
        answers.clear();
      }
      answers.put(key, Optional.ofNullable(answer));
    }

    List<Object> rememberedForTests() {
      return List.copyOf(answers.keySet());
    }
  }
}

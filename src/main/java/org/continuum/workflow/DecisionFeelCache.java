package org.continuum.workflow;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * cell itself: a cell made only of literals ({@code "90834","90837"}, {@code >= 53}, {@code
 * not(null)}) gives the same answer for the same input value every time, so that answer is
 * remembered; and a cell that only names a variable holding text, a yes/no or a whole number is
 * that variable's value, as FEEL would give it back (whole numbers as {@code Long}). Every other
 * cell (a function, another variable, a date) goes to the FEEL engine as before.
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
    private static final Pattern KEYWORD = Pattern.compile("\\b(not|null|true|false)\\b");
    private static final Pattern LITERAL_REST = Pattern.compile("[\\s0-9.,\\-<>=!\\[\\]()]*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> KEYWORDS = Set.of("not", "null", "true", "false");
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
    private final Map<String, Boolean> literal = new ConcurrentHashMap<>();
    private final Map<Key, Optional<Object>> answers = new ConcurrentHashMap<>();

    CachingFeelEngine(FeelEngine feel) {
      this.feel = feel;
    }

    private record Key(String expression, Class<?> type, Object input) {}

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
      if (!isLiteral(expression)) {
        return feel.evaluateSimpleExpression(expression, variables);
      }
      Key key = new Key(expression, null, null);
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
      if (!isLiteral(expression)) {
        return feel.evaluateSimpleUnaryTests(expression, inputVariable, variables);
      }
      TypedValue input = variables.resolve(inputVariable);
      Object value = input == null ? null : input.getValue();
      if (input == null || (value != null && !PLAIN.contains(value.getClass()))) {
        return feel.evaluateSimpleUnaryTests(expression, inputVariable, variables);
      }
      Key key = new Key(expression, value == null ? null : value.getClass(), value);
      Optional<Object> known = answers.get(key);
      if (known != null) {
        return (Boolean) known.orElseThrow();
      }
      boolean answer = feel.evaluateSimpleUnaryTests(expression, inputVariable, variables);
      remember(key, answer);
      return answer;
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

    private boolean isLiteral(String expression) {
      if (expression == null) {
        return false;
      }
      return literal.computeIfAbsent(
          expression,
          e -> {
            String rest = STRING_LITERAL.matcher(e).replaceAll(" ");
            rest = KEYWORD.matcher(rest).replaceAll(" ");
            return !rest.contains("\"") && LITERAL_REST.matcher(rest).matches();
          });
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

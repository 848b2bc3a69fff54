package tw.childprotection.flow.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of FEEL our forms' {@code conditional.hide} expressions use: names, strings, numbers,
 * {@code true}, {@code false}, {@code null}, {@code =}, {@code !=}, {@code and}, {@code or},
 * {@code not(…)} and parentheses (e.g. {@code =protectionDecision != "OPEN" or emergencyPlacementNeeded != true}).
 * Anything else is not understood: {@link #isTrue} answers empty and the caller decides what an unknown
 * condition means (the form check treats such a field as possibly hidden, so it never refuses what
 * Tasklist would send).
 */
public final class FormCondition {

  private static final Pattern TOKEN = Pattern.compile(
      "\\s*(?:(\"(?:[^\"\\\\]|\\\\.)*\")|(!=|=|\\(|\\))|(-?[0-9]+(?:\\.[0-9]+)?)|([A-Za-z_][A-Za-z0-9_]*))");
  private static final Object NULL = new Object();

  private final List<Object> tokens;
  private final Map<String, ?> data;
  private int at;

  private FormCondition(List<Object> tokens, Map<String, ?> data) {
    this.tokens = tokens;
    this.data = data;
  }

  /** Whether {@code expression} (with or without its leading {@code =}) holds for {@code data}. */
  public static Optional<Boolean> isTrue(String expression, Map<String, ?> data) {
    if (expression == null) {
      return Optional.of(false);
    }
    String text = expression.strip();
    if (text.startsWith("=")) {
      text = text.substring(1);
    }
    Optional<List<Object>> tokens = tokenize(text);
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    FormCondition condition = new FormCondition(tokens.get(), data);
    try {
      Object result = condition.or();
      if (condition.at != tokens.get().size() || !(result instanceof Boolean)) {
        return Optional.empty();
      }
      return Optional.of((Boolean) result);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<List<Object>> tokenize(String text) {
    List<Object> tokens = new ArrayList<>();
    Matcher matcher = TOKEN.matcher(text);
    int position = 0;
    while (position < text.length()) {
      if (text.substring(position).isBlank()) {
        break;
      }
      if (!matcher.find(position) || matcher.start() != position) {
        return Optional.empty();
      }
      if (matcher.group(1) != null) {
        String quoted = matcher.group(1);
        tokens.add(new Literal(quoted.substring(1, quoted.length() - 1).replace("\\\"", "\"")));
      } else if (matcher.group(2) != null) {
        tokens.add(new Symbol(matcher.group(2)));
      } else if (matcher.group(3) != null) {
        tokens.add(new Literal(new BigDecimal(matcher.group(3))));
      } else {
        tokens.add(new Symbol(matcher.group(4)));
      }
      position = matcher.end();
    }
    return Optional.of(tokens);
  }

  private Object or() {
    Object left = and();
    while (next("or")) {
      Object right = and();
      left = bool(left) || bool(right);
    }
    return left;
  }

  private Object and() {
    Object left = unary();
    while (next("and")) {
      Object right = unary();
      left = bool(left) && bool(right);
    }
    return left;
  }

  private Object unary() {
    if (next("not")) {
      expect("(");
      Object inner = or();
      expect(")");
      return !bool(inner);
    }
    if (next("(")) {
      Object inner = or();
      expect(")");
      return inner;
    }
    Object left = operand();
    if (next("=")) {
      return same(left, operand());
    }
    if (next("!=")) {
      return !same(left, operand());
    }
    return left;
  }

  private Object operand() {
    if (at >= tokens.size()) {
      throw new IllegalArgumentException("an operand is missing");
    }
    Object token = tokens.get(at++);
    if (token instanceof Literal literal) {
      return literal.value();
    }
    String word = ((Symbol) token).text();
    switch (word) {
      case "true":
        return true;
      case "false":
        return false;
      case "null":
        return NULL;
      case "and", "or", "not", "=", "!=", "(", ")":
        throw new IllegalArgumentException("an operand is missing");
      default:
        Object value = data.get(word);
        return value == null ? NULL : value;
    }
  }

  private static boolean same(Object left, Object right) {
    if (left instanceof Number a && right instanceof Number b) {
      return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
    }
    return Objects.equals(left, right);
  }

  private static boolean bool(Object value) {
    return Boolean.TRUE.equals(value);
  }

  private boolean next(String symbol) {
    if (at < tokens.size() && tokens.get(at) instanceof Symbol s && s.text().equals(symbol)) {
      at++;
      return true;
    }
    return false;
  }

  private void expect(String symbol) {
    if (!next(symbol)) {
      throw new IllegalArgumentException("expected " + symbol);
    }
  }

  private record Literal(Object value) {
  }

  private record Symbol(String text) {
  }
}

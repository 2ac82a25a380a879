package gradlab.lab;

import gradlab.symbolic.Expr;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Java values on their way into math: a value's input form, the refusal of what is no number or
 * expression, a point given as name/value pairs.
 */
final class JavaToMath {
  private JavaToMath() {}

  /** See {@link Lab#inputForm}. */
  static String inputForm(Object value) {
    return switch (value) {
      case Expr e -> e.input();
      case Number n -> String.valueOf(n);
      case null, default -> throw new IllegalArgumentException(refusal(value));
    };
  }

  /** Why a value cannot go into math, with what to do instead. */
  static String refusal(Object value) {
    if (value == null) {
      return "the value is null";
    }
    boolean many = value.getClass().isArray() || value instanceof java.util.Collection<?>;
    return "a " + value.getClass().getSimpleName() + " is not a number or an expression; hint: "
        + (many ? "math takes one number at a time: take an element in Java first "
        + "(var v = …[0];) and use $v" : "use a number or an Expr in math");
  }

  /** {@code "x", 1.0, "w", 2.0} as a point. */
  static Map<String, Double> point(Object... nameValuePairs) {
    if (nameValuePairs.length % 2 != 0) {
      throw new IllegalArgumentException("expected name/value pairs, got "
          + nameValuePairs.length + " arguments; hint: num(e, \"x\", 1.0, \"w\", 2.0)");
    }
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      m.put(String.valueOf(nameValuePairs[i]), ((Number) nameValuePairs[i + 1]).doubleValue());
    }
    return m;
  }
}

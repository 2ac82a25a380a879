package gradlab.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashSet;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exact values of the brackets of a numeric step's left side: in
 * {@code m1/(1 - beta1) = 0.06/0.1} with beta1 = 0.9 stated, the 0.1 on the right is 1 − beta1,
 * exactly, not a rounded intermediate. Widened to [0.05, 0.15] it let the wrong 0.06 (m1 = 0.05
 * is stated) pass as "holds only if the right side's decimals are themselves rounded values"
 * (found by a TA). A value with four significant digits or fewer is taken, as a student writes it.
 */
final class BracketValues {
  private static final Pattern INNER = Pattern.compile("\\(([^()]*[A-Za-z\\p{IsGreek}][^()]*)\\)");

  private BracketValues() {}

  static Set<BigDecimal> of(String lhs, ToDoubleFunction<String> value) {
    Set<BigDecimal> out = new HashSet<>();
    Matcher m = INNER.matcher(lhs);
    while (m.find()) {
      double d;
      try {
        d = value.applyAsDouble(m.group(1));
      } catch (RuntimeException e) {
        continue;
      }
      if (Double.isFinite(d) && d != 0) {
        BigDecimal b = new BigDecimal(d).round(new MathContext(12)).stripTrailingZeros();
        if (b.precision() <= 4 && b.scale() <= 8) {
          out.add(b);
        }
      }
    }
    return out;
  }
}

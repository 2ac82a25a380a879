package gradlab.repl;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbered results of one console session, shared by math and Java: {@code $1, $2, …}
 * count the results of both kinds. A math result is kept here as its input form; a Java result
 * lives in the JShell as a variable named {@code $N}. A math result reaches Java as the
 * {@code Expr} object (see {@link JavaShell}). Math may use {@code $N} of either kind and
 * {@code $name} for a Java variable holding a number or an expression; Java may use {@code $N}
 * of either kind and the name of a math definition it has not declared itself (see
 * {@link JavaShell}).
 */
final class Results {
  private static final Pattern REFERENCE = Pattern.compile("\\$(\\d+|[A-Za-z_]\\w*)");
  private final Map<Integer, gradlab.symbolic.Expr> math = new HashMap<>();
  private int count;

  /** Numbers a math result, kept as the expression. Mutates this table. */
  int addMathInPlace(gradlab.symbolic.Expr value) {
    math.put(++count, value);
    return count;
  }

  /** The number the next Java result takes. Mutates this table. */
  int nextJavaInPlace() {
    return ++count;
  }

  /** The number of the latest result, 0 before the first. */
  int count() {
    return count;
  }

  /** Math result n, if n is a math result. */
  Optional<gradlab.symbolic.Expr> mathValue(int n) {
    return Optional.ofNullable(math.get(n));
  }

  /** The input form of math result n, if n is a math result. */
  Optional<String> mathInput(int n) {
    return mathValue(n).map(gradlab.symbolic.Expr::input);
  }

  /** Forgets every result. Mutates this table. */
  void clearInPlace() {
    math.clear();
    count = 0;
  }

  /**
   * The math line with each {@code $N} and {@code $name} replaced by the value in input form,
   * in parentheses: math results from this table, Java ones read from the JShell.
   *
   * @throws IllegalArgumentException naming a reference that has no usable value
   */
  String intoMath(String line, JavaShell java) {
    return intoMath(line, java, false);
  }

  /**
   * As {@link #intoMath(String, JavaShell)}, but a Java variable {@code $name} is lent as the
   * object itself (its value lands in the session's loans) and the line names it
   * {@link #lentName(String)}, which the worksheet binds to the object.
   */
  String intoMath(String line, JavaShell java, boolean lend) {
    Matcher m = REFERENCE.matcher(line);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String ref = m.group(1);
      if (lend && !Character.isDigit(ref.charAt(0)) && java.lend(ref)) {
        m.appendReplacement(b, Matcher.quoteReplacement(lentName(ref)));
        continue;
      }
      Optional<String> value = Character.isDigit(ref.charAt(0))
          ? mathInput(Integer.parseInt(ref)).or(() -> java.inputForm("$" + ref))
          : java.inputForm(ref);
      String v = value.orElseThrow(() -> new IllegalArgumentException("$" + ref + " is not a "
          + "result of this session; hint: results are numbered $1, $2, … and $name reads a "
          + "Java variable"));
      m.appendReplacement(b, Matcher.quoteReplacement("(" + v + ")"));
    }
    m.appendTail(b);
    return b.toString();
  }

  /** The name a lent Java variable has in the math line (not one a person would type). */
  static String lentName(String variable) {
    return "javavalueˍ" + variable;
  }
}

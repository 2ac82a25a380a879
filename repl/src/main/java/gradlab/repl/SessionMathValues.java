package gradlab.repl;

import gradlab.lab.Worksheet;
import gradlab.symbolic.Expr;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What Java sees of a session's math through {@link gradlab.lab.Lab}: {@code $N} and the
 * definitions' values, and the loans a math line receives from Java.
 */
final class SessionMathValues implements gradlab.lab.MathValues {
  private final Results results;
  private final Supplier<Worksheet> sheet;
  private final Map<String, Object> loans;

  /**
   * @param sheet the session's worksheet, or null before it has started
   * @param loans the session's lent values (Modified by {@link #lendInPlace})
   */
  SessionMathValues(Results results, Supplier<Worksheet> sheet, Map<String, Object> loans) {
    this.results = results;
    this.sheet = sheet;
    this.loans = loans;
  }

  /** {@code $N} or a definition's value, for Java ({@link Lab#value}). */
  @Override
  public Optional<Expr> find(String reference) {
    if (reference.matches("\\$\\d+")) {
      return results.mathValue(Integer.parseInt(reference.substring(1)));
    }
    return sheet.get() == null ? Optional.empty() : sheet.get().definitions().stream()
        .filter(d -> d.name().equals(reference)).map(d -> d.rhs()).findFirst();
  }

  @Override
  public void lendInPlace(String name, Object value) {
    loans.put(Results.lentName(name), value);
  }
}

package gradlab.lab;

import gradlab.symbolic.Expr;
import java.util.Optional;

/**
 * The math values a session lends to Java by reference, as objects: its numbered results
 * ({@code $3}) and its definitions ({@code z1}). Java reads them with {@link Lab#value}; the
 * expression crosses as the {@link Expr} itself, never as source text to parse again.
 */
@FunctionalInterface
public interface MathValues {
  /** None: a session without math (a script run). */
  MathValues NONE = reference -> Optional.empty();

  /** The value of {@code $N} or of a defined name, if the session has one. */
  Optional<Expr> find(String reference);
}

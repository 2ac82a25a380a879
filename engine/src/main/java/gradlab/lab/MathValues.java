package gradlab.lab;

import gradlab.symbolic.Expr;
import java.util.Optional;

/**
 * The math values a session lends to Java by reference, as objects: its numbered results
 * ({@code $3}) and its definitions ({@code z1}). Java reads them with {@link Lab#value}; the
 * expression crosses as the {@link Expr} itself, never as source text to parse again; the other
 * way, a Java value named {@code $name} in a math line is lent as an object too.
 */
@FunctionalInterface
public interface MathValues {
  /** None: a session without math (a script run). */
  MathValues NONE = reference -> Optional.empty();

  /** The value of {@code $N} or of a defined name, if the session has one. */
  Optional<Expr> find(String reference);

  /**
   * Takes a Java value (a number or an {@link Expr}) that a math line names as {@code $name},
   * as the object itself. Mutates the session's loans; a session without math refuses.
   */
  default void lendInPlace(String name, Object value) {
    throw new UnsupportedOperationException("this session has no math to lend " + name + " to");
  }
}

package gradlab.math;

import java.util.List;

/**
 * An operation on expressions, evaluated by the session rather than being a function of
 * numbers: {@code diff(f, x)}, {@code N(f)}, {@code solve(eqs, vars)}, {@code subs(…)}. The
 * names are listed in {@link Catalogue#COMMANDS}.
 */
public record Command(String name, List<Expression> args) implements Expression {
  public Command {
    args = NodeList.copyOf(args);
  }
}

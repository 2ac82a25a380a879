package gradlab.math;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The names a command takes as its variable: x in maximize(f, x), solve(eq, x),
 * series(f, x, 0, 3), limit(f, x -> 0), integrate(f, {x, a, b}), sum(f, i, 1, n). Inside such a
 * command the name is the variable, free, even where the session defines it (z = w·x + b, then
 * maximize(σ′(z), z) is about σ′ as a function of z, as diff(σ(z), z) already was); a definition
 * that uses the name still means its formula in that variable.
 */
public final class OperationVariables {
  private static final Set<String> WITH_VARIABLE = Set.of("maximize", "minimize", "maxvalue",
      "argmax", "series", "limit", "integrate", "Sum", "sum", "product", "solve");

  private OperationVariables() {}

  /** The variables of {@code command(args…)}, in order; empty for a command without one. */
  public static Set<String> of(String command, List<Expression> args) {
    Set<String> out = new LinkedHashSet<>();
    if (!WITH_VARIABLE.contains(command) || args.size() < 2) {
      return out;
    }
    collect(args.get(1), out, command.equals("solve"));
    return out;
  }

  private static void collect(Expression spec, Set<String> out, boolean list) {
    switch (spec) {
      case Sym s -> out.add(s.name());
      case Relation r when r.kind() == Relation.Kind.RULE && r.lhs() instanceof Sym s ->
          out.add(s.name()); // limit(f, x -> 0)
      case ExprList l when list -> l.items().forEach(i -> collect(i, out, false));
      case ExprList l when !l.items().isEmpty() && l.items().get(0) instanceof Sym s ->
          out.add(s.name()); // {x, a, b}
      default -> { }
    }
  }
}

package gradlab.check;

import java.util.Set;

/**
 * A "function head" that is a derivative operator applied to a quantity the text defined:
 * {@code D(L, z) = sigma(z) + y}, {@code grad(L, w) = …}, {@code pd(C, b1) = …} after
 * {@code L = …}. It is a claim about L's derivative, never the definition of a function D: read
 * as a definition, a false D(L, z) = σ(z) + y was listed as "[function definition]" and the file
 * said 0 of everything, exit 0 (a new user).
 */
final class OperatorHeads {
  /** The names people give a derivative operator in engine syntax and plain text. */
  private static final Set<String> DERIVATIVES = Set.of("D", "d", "pd", "diff", "grad",
      "partial", "deriv", "derivative", "gradient", "nabla", "del", "Dt");

  /** D(L, z) or diff(L, z) of one defined name: engine syntax's own derivatives. */
  private static final java.util.regex.Pattern ENGINE_DERIVATIVE = java.util.regex.Pattern
      .compile("(?<![A-Za-z0-9_])(?:D|diff)\\(\\s*([A-Za-z][A-Za-z0-9]*)\\s*,\\s*"
          + "([A-Za-z][A-Za-z0-9]*)\\s*\\)");

  private OperatorHeads() {}

  /**
   * {@code side} with D(L, z) and diff(L, z) of a name L the text defines written as ∂L/∂z
   * (pd(L, z)), which follows L's definition: taken as it stands, D(L, z) differentiated the bare
   * symbol L and was 0.
   */
  static String asPartials(CheckContext ctx, String side) {
    if (!side.contains("D(") && !side.contains("diff(")) {
      return side;
    }
    return ENGINE_DERIVATIVE.matcher(side).replaceAll(m -> ctx.defines(m.group(1))
        ? "pd(" + m.group(1) + ", " + m.group(2) + ")" : java.util.regex.Matcher.quoteReplacement(
        m.group()));
  }

  /** Whether {@code fn} is a derivative operator's name with a defined quantity among its arguments. */
  static boolean appliedToDefined(DocumentRun run, FunctionHeads.Head fn) {
    return fn != null && DERIVATIVES.contains(fn.name()) && fn.parameters().stream()
        .anyMatch(p -> run.ctx.defines(p) || run.ctx.functionRules().stream()
            .anyMatch(r -> r.name().equals(p)));
  }
}

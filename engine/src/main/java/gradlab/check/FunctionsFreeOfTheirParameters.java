package gradlab.check;

import gradlab.symbolic.Expr;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code L(w) = -(y*log(p) + (1-y)*log(1-p)), p = sigma(w*x)}: a function whose body, with the
 * text's definitions so far put in, uses none of its parameters but other names. The writer
 * means it depends on w through p, defined after it; read as written, L did not depend on w at
 * all, ∂L/∂w was 0, and the true "∂L/∂w = (p - y)*x" of a student's Newton-step notes was
 * refuted (a false ✗). Such a function is not read: steps through it are not checked. A body
 * that uses a parameter (or its components θ_0, θ1, through the text's functions), or none of
 * the text's names ("f(x) = 3"), is read as before. Where the definition heads a chain
 * ({@code A(η) = … = …}) the later links are still checked ({@link UnreadFunctionChainLinks}).
 */
final class FunctionsFreeOfTheirParameters {
  /**
   * The reason shown at the definition: the function, its parameters (three times), and the
   * function again.
   */
  static final String REASON = "the body of %s does not use %s: it depends on %s only through "
      + "names the text has not defined from %s here; steps that use %s are not checked";

  private FunctionsFreeOfTheirParameters() {}

  /** Reports the line and returns true where the body is free of every parameter. */
  static boolean refusedInPlace(DocumentRun run, int line, FunctionHeads.Head fn,
      List<String> raw, String body) {
    List<String> ps = fn.parameters().stream().map(String::strip).toList();
    Set<String> free;
    try {
      Expr read = run.engine.eval(body);
      Expr dependent = DependentBodyNames.ofBody(run.engine, run.ctx, ps, body);
      free = run.engine.freeSymbols(run.checker.expandFunctions(run.ctx,
          dependent != null ? dependent : read)); // J(θ) through h_θ(x) = θ_0 + θ_1 x uses θ
    } catch (RuntimeException e) {
      return false;
    }
    if (ps.isEmpty() || free.isEmpty() || usesAny(free, ps)) {
      return false;
    }
    String f = LatexNames.readable(fn.name());
    String params = String.join(", ", ps);
    run.ctx = run.ctx.withoutFunction(fn.name());
    run.unread.put(fn.name(), line);
    run.ownCalls.noteInPlace(fn.name(), line, raw.get(0), raw.get(1), ps); // q'(k) itself: body
    run.out.add(new StepResult(line, raw.get(0).strip(), Relation.EQUAL, raw.get(1),
        new StepVerdict.NotChecked(String.format(REASON, f, params, params, params, f)), ""));
    return true;
  }

  /** True where some name is a parameter or a component of one (θ_0, θ1 of θ). */
  static boolean usesAny(Set<String> names, List<String> parameters) {
    return parameters.stream().anyMatch(p -> names.stream().anyMatch(n -> n.equals(p)
        || n.startsWith(p + "_") || n.matches(Pattern.quote(p) + "[0-9]+")));
  }
}

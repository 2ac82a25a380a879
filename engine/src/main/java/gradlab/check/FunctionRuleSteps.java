package gradlab.check;

import gradlab.symbolic.Definition;
import gradlab.symbolic.Expr;
import gradlab.symbolic.FunctionRule;
import java.util.List;

/**
 * A function the text defines ({@code f(x) = …}) recorded in the run: its rule, its derivative
 * rules where it has one parameter, and the names it makes functions. Moved out of
 * {@link DocumentSteps} (over 300 lines), whose {@code defineFunction} calls it; no behaviour
 * change. Stateless.
 */
final class FunctionRuleSteps {
  private FunctionRuleSteps() {}

  static void define(DocumentRun run, int line, String name, String params, String rawBody,
      String body, String note) {
    List<String> ps = java.util.Arrays.stream(params.split(",")).map(String::strip).toList();
    run.values.clear(); // a function defined (anew): values computed through it are stale
    run.earlierPoints.parametersInPlace(ps, run.ctx); // g(T) = T³ after T = 2 ended: T varies
    Expr dependent = DependentBodyNames.ofBody(run.engine, run.ctx, ps, body); // u of u(x) in g(x)
    FunctionRule rule = run.engine.functionRule(name, ps, dependent != null ? dependent
        : run.engine.parse(body));
    CheckContext before = run.ctx;
    boolean forward = !run.genericFunctions.contains(name) && before.functionRules().stream()
        .noneMatch(r -> r.name().equals(name)); // a = φ(z) with φ(z) = … after it: the same φ
    if (!forward) { // ε = −η f′(x) was of an arbitrary f
      run.ctx = GenericFunctions.fixed(run.ctx, name);
    }
    before.definitions().stream().map(Definition::name).filter(n -> !run.ctx.defines(n))
        .forEach(n -> run.untaken.droppedInPlace(n, name, line)); // never free variables
    run.ctx = run.ctx.withFunctionRule(rule);
    run.functionParameters.remove(name);
    run.unaryFunctions.remove(name);
    if (ps.size() > 1) {
      run.functionParameters.put(name, ps);
    }
    if (ps.size() == 1) {
      run.unaryFunctions.add(name);
      try { // f′(x) of a function the text defines
        Expr d = run.engine.diff(run.checker.expandFunctions(run.ctx, dependent != null
            ? dependent : run.engine.eval(body)), ps.get(0));
        run.ctx = run.ctx.withoutFunction(name).withFunctionRule(rule.withDerivatives(d,
            run.engine.diff(d, ps.get(0))));
      } catch (RuntimeException e) {
        // no derivative rule: f′ stays unread
      }
    }
    run.functions.add(name);
    IntermediateNames.follow(run, name, line); // y = f(x) = …: y follows f defined anew
    run.out.add(new StepResult(line, run.shownNames.render(LatexNames.readable(name)) + "("
        + run.shownNames.render(params) + ")",
        Relation.EQUAL, rawBody, null, note));
  }
}

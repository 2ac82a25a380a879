package gradlab.symbolic;

import gradlab.math.Environment;
import gradlab.math.ExplicitDerivatives;
import gradlab.math.Expression;
import gradlab.math.MathFunction;
import gradlab.math.NodeCount;
import gradlab.math.Symbols;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The algebra commands that Symja evaluates (simplify, expand, factor, series, …) on our tree
 * with the definitions expanded. A rewrite's result must equal its input as a function
 * ({@link Agreement}, at random points) or the input is shown unchanged with a note; simplify
 * of a named derivative also tries the catalogue's explicit form (σ′ = σ(1 − σ)).
 */
final class CheckedAlgebra {
  private final SymbolicEngine engine;
  private final TreeBridge bridge;

  CheckedAlgebra(SymbolicEngine engine, TreeBridge bridge) {
    this.engine = engine;
    this.bridge = bridge;
  }

  /** name(a…) by Symja on the definitions expanded; a rewrite's result is checked. */
  Expression apply(String name, List<Expression> a, Environment env) {
    List<Expression> expanded = a.stream().map(env::expand).toList();
    if (ListTotals.applies(name, expanded)) { // sum(v^2) of a vector v
      return ListTotals.of(name, expanded.get(0), engine, bridge);
    }
    if (name.equals("limit") && expanded.size() == 3) { // limit(f, x, x0), as SymPy writes it
      expanded = List.of(expanded.get(0), new gradlab.math.Relation(
          gradlab.math.Relation.Kind.RULE, expanded.get(1), expanded.get(2)));
    }
    if (java.util.Set.of("integrate", "sum", "product").contains(name.toLowerCase(java.util.Locale.ROOT))
        && expanded.size() == 4 && expanded.get(1) instanceof gradlab.math.Sym) {
      // integrate(f, x, a, b), sum(f, i, 1, n) as SymPy and others write them: the range form
      expanded = List.of(expanded.get(0), new gradlab.math.ExprList(expanded.subList(1, 4)));
    }
    if (name.equals("series") && expanded.size() == 2 && expanded.get(1)
        instanceof gradlab.math.ExprList l && l.items().size() == 3) {
      // series(f, {x, x0, n}) as Mathematica writes it
      expanded = List.of(expanded.get(0), l.items().get(0), l.items().get(1), l.items().get(2));
    }
    if (name.equals("series") && expanded.size() == 4
        && !gradlab.math.Symbols.of(expanded.get(2)).isEmpty()) {
      throw new IllegalArgumentException("series: the point must be a number (a series at ∞ "
          + "is not supported); hint: series(f, x, 0, 4)");
    }
    if (name.equals("series") && expanded.size() == 4 && expanded.get(1)
        instanceof gradlab.math.Sym x && expanded.get(2).isNumber()) {
      double x0 = gradlab.math.Numeric.value(expanded.get(2), java.util.Map.of(),
          Environment.EMPTY);
      java.util.Optional<String> kink = Kinks.at(expanded.get(0), x.name(), x0);
      if (kink.isPresent()) {
        throw new IllegalArgumentException("series: " + kink.get() + " is not smooth at "
            + x.name() + " = " + gradlab.math.Printer.unicode(expanded.get(2)) + " (a kink or "
            + "a jump, or it cannot be told where its kink is), so there is no Taylor series "
            + "there; hint: expand each side's formula, e.g. series(x, x, 0, 2) for relu(x) "
            + "with x > 0");
      }
      // away from its kink relu(x) is x or 0 (Symja left ∂₂∂₂max(0, 1) in the series at 1)
      expanded = List.of(Kinks.localForm(expanded.get(0), x.name(), x0), expanded.get(1),
          expanded.get(2), expanded.get(3));
    }
    Expression original = expanded.get(0);
    if (name.equals("factor") && expanded.size() == 1 && original instanceof gradlab.math.Num n
        && n.isInteger()) {
      PrimeFactors.written(n.num()).ifPresent(engine::note); // factor(12): 12 = 2²·3
      return original;
    }
    if (name.equals("limit") && expanded.size() == 2) { // relu(x)/x → x/x far out
      expanded = List.of(LimitsAtInfinity.farBranch(original, expanded.get(1)), expanded.get(1));
    }
    Expression out = symja(name, expanded);
    if (name.equals("eigenvalues") && !containsCommand(out, name)) { // (6 ± 2√2)/2 as 3 ± √2
      out = SimplifiedEigenvalues.of(out, e -> symja("simplify", List.of(e)));
    }
    if (name.equals("series") && expanded.size() == 4 && expanded.get(1)
        instanceof gradlab.math.Sym x && expanded.get(3) instanceof gradlab.math.Num k
        && k.isInteger() && k.signum() >= 0 && k.num().intValue() <= 20
        && !TaylorCheck.agrees(expanded.get(0), TaylorCheck.withoutOrder(out), x.name(),
        expanded.get(2), k.num().intValue())) {
      out = TaylorCheck.series(expanded.get(0), x.name(), expanded.get(2), k.num().intValue(),
          c -> symja("simplify", List.of(c)));
      if (!TaylorCheck.agrees(expanded.get(0), TaylorCheck.withoutOrder(out), x.name(),
          expanded.get(2), k.num().intValue())) {
        throw new ArithmeticException("series: neither the algebra library's series nor one "
            + "built from derivatives passed the check of its coefficients");
      }
    }
    if (name.equals("integrate") && containsCommand(out, name)
        && IntegralCheck.checkable(expanded) && Symbols.functions(expanded.get(0)).stream()
        .anyMatch(MathFunction::isActivation)) {
      // ∫σ(x) dx came back unevaluated, ∫1/(1 + e^−x) dx did not: the activations written out,
      // and the result shown only if it differentiates back (or matches Simpson's rule)
      Expression written = symja(name, expanded, true);
      if (!containsCommand(written, name)) {
        String failure = IntegralCheck.failure(expanded.get(0), expanded.get(1), written);
        if (failure != null) {
          throw new ArithmeticException("integrate: the integral found, "
              + gradlab.math.Printer.unicode(written) + ", is not shown: " + failure);
        }
        return written;
      }
    }
    if (containsCommand(out, name)) { // −∞ + limit(ln(1 + eˣ), …): part of it not computed
      throw new IllegalArgumentException(name + " could not be computed for this input (the "
          + "algebra library returned it unevaluated)");
    }
    if (name.equals("limit") && expanded.size() == 2 && out.isNumber()) {
      OneSidedLimits.requireNoJump(expanded.get(0), expanded.get(1), out);
    }
    if (name.equals("limit") && expanded.size() == 2
        && gradlab.math.Symbols.of(out).stream().allMatch(n -> n.equals("infinity"))) {
      LimitsAtInfinity.requireAgreement(original, expanded.get(1), out);
    }
    if (out instanceof gradlab.math.Command c && c.name().equalsIgnoreCase(name)) {
      throw new IllegalArgumentException(name + " could not be computed for this input (the "
          + "algebra library returned it unevaluated)");
    }
    if (out instanceof gradlab.math.Sym s && s.name().equals("Indeterminate")
        && name.equals("limit") && expanded.size() == 2) {
      OneSidedLimits.requireNoOppositeBlowUp(expanded.get(0), expanded.get(1));
      OneSidedLimits.requireNoJump(expanded.get(0), expanded.get(1), gradlab.math.Num.ZERO);
      Optional<Expression> merged = MergedLogs.of(expanded.get(0)); // ln σ(z) − z at −∞
      if (merged.isPresent()) {
        // simplified with the activations written out: ln(e^(−z)/(1 + e^(−z))) is ln(1/(1 + eᶻ)),
        // whose limit the library finds (it found none for the quotient as written)
        Expression again = symja(name, List.of(symja("simplify", List.of(merged.get()), true),
            expanded.get(1)));
        if (!containsCommand(again, name) && Symbols.of(again).stream()
            .allMatch(n -> n.equals("infinity"))) {
          if (!again.isNumber()) {
            LimitsAtInfinity.requireAgreement(original, expanded.get(1), again);
          }
          return again;
        }
      }
    }
    if (out instanceof gradlab.math.Sym s && s.name().equals("Indeterminate")) {
      // Symja's Indeterminate is a form it could not resolve (∞ − ∞, 0·∞), not a proof that
      // there is no limit: x·σ(x) − x → 0 as x → ∞ came back Indeterminate
      throw new ArithmeticException(name + " could not be computed: the algebra library met "
          + "an indeterminate form (such as ∞ − ∞ or 0·∞) that it could not resolve; hint: "
          + "write the expression as one fraction, or look at the one-sided limits");
    }
    if (REWRITES.contains(name) && a.size() == 1) {
      Expression in = expanded.get(0);
      if (SIMPLIFIERS.contains(name) && ExplicitDerivatives.present(in)) {
        // σ′ = σ(1 − σ), σ″ = …: Symja sees σ′ as an unknown function; the explicit form lets
        // σ′(z) − σ(z)(1 − σ(z)) cancel. The smaller result wins (σ′(z) alone stays σ′(z)).
        Expression alternative = symja(name, List.of(ExplicitDerivatives.of(in)));
        if (NodeCount.tree(alternative) < NodeCount.tree(out)) {
          out = alternative;
        }
      }
      if (SIMPLIFIERS.contains(name) && !(out instanceof gradlab.math.Num)) {
        // tanh x − (2σ(2x) − 1) → 0: Symja knows no identity of σ, tanh or softplus, but does
        // of their exponential forms. The smaller result wins if it brings in no function but
        // exp and log (σ(1 − σ) stays, never 1/(2 + 2cosh x)).
        Expression inExp = inExpForm(name, in);
        if (inExp != null && NodeCount.tree(inExp) < NodeCount.tree(out)
            && bringsInOnlyExpAndLog(in, inExp)) {
          out = inExp;
        }
      }
      if (SIMPLIFIERS.contains(name) && !(out instanceof gradlab.math.Num)
          && provedZero(in)) {
        out = gradlab.math.Num.ZERO; // 1 − tanh² − 4σ(2x)(1 − σ(2x)): Simplify stops short
      }
      String disagreement = Agreement.disagreement(in, out);
      if (disagreement != null) {
        engine.note(name + "'s result " + gradlab.math.Printer.unicode(out) + " differs from its "
            + "input " + disagreement + "; the input is shown unchanged");
        return in;
      }
      if (SIMPLIFIERS.contains(name) && NodeCount.tree(out) < NodeCount.tree(in)) {
        engine.simplifiedAnotherWayInPlace(
            out instanceof gradlab.math.Num || out instanceof gradlab.math.Sym);
      }
    }
    return out;
  }

  /** name(args) evaluated by Symja on the trees translated, and translated back. */
  private Expression symja(String name, List<Expression> a) {
    return symja(name, a, name.equals("limit"));
  }

  /** As above; writtenOut: the activations in the first argument written with exponentials. */
  private Expression symja(String name, List<Expression> a, boolean writtenOut) {
    IExpr[] args = new IExpr[a.size()];
    for (int i = 0; i < args.length; i++) {
      args[i] = bridge.toSymja(a.get(i));
    }
    if (writtenOut && args.length > 0) {
      // the activations written out (σ(u) = 1/(1 + e^−u), …): Symja's Limit knows exp, not σ
      args[0] = ActivationCalculus.toExpForm(args[0], engine);
    }
    IExpr call;
    if (FriendlyFunctions.handles(name)) {
      call = FriendlyFunctions.expand(F.function(F.symbol(name), args), engine);
    } else {
      call = engine.parseSymja(Character.toUpperCase(name.charAt(0)) + name.substring(1));
      call = F.function(call, args);
    }
    IExpr result = engine.evalRaw(call);
    if (name.equals("limit") && args.length > 0 && isIndeterminate(result)) {
      // ∞ − ∞ in x/(1 + e^−x) − x resolves once it is one fraction, −x·e^−x/(1 + e^−x)
      args[0] = engine.evalRaw(F.Together(args[0]));
      IExpr again = engine.evalRaw(F.function(call.head(), args));
      result = isIndeterminate(again) ? result : again;
    }
    return bridge.fromSymja(ActivationCalculus.tidy(result, engine));
  }

  private static boolean isIndeterminate(IExpr e) {
    return e.toString().equals("Indeterminate");
  }

  private static boolean bringsInOnlyExpAndLog(Expression in, Expression out) {
    Set<MathFunction> allowed = java.util.EnumSet.of(MathFunction.EXP, MathFunction.LOG);
    allowed.addAll(Symbols.functions(in));
    return allowed.containsAll(Symbols.functions(out));
  }

  private static boolean containsCommand(Expression e, String name) {
    return switch (e) {
      case gradlab.math.Command c -> c.name().equalsIgnoreCase(name)
          || c.args().stream().anyMatch(x -> containsCommand(x, name));
      case gradlab.math.Sum x -> x.terms().stream().anyMatch(t -> containsCommand(t, name));
      case gradlab.math.Product x -> x.factors().stream().anyMatch(t -> containsCommand(t, name));
      case gradlab.math.Power x -> containsCommand(x.base(), name)
          || containsCommand(x.exponent(), name);
      case gradlab.math.Call x -> x.args().stream().anyMatch(t -> containsCommand(t, name));
      case gradlab.math.ExprList x -> x.items().stream().anyMatch(t -> containsCommand(t, name));
      case gradlab.math.Relation x -> containsCommand(x.lhs(), name)
          || containsCommand(x.rhs(), name);
      default -> false;
    };
  }

  /**
   * Whether the identity prover proves in = 0 (exactly, by one of its strategies, within a
   * second); an expression that is not 0 is refuted at its first sample points, cheaply.
   */
  private boolean provedZero(Expression in) {
    java.util.Set<String> names = Symbols.of(in);
    if (!names.isEmpty() && names.size() <= 4) {
      IdentityVerdict v = new IdentityProver(engine, 30, 1L).prove(new Expr(bridge.toSymja(in)),
          new Expr(F.C0), Domain.reals(), java.time.Instant.now().plusSeconds(1));
      return v instanceof IdentityVerdict.Proved;
    }
    return false;
  }

  /** name(in) with every activation written with exponentials, named again after; or null. */
  private Expression inExpForm(String name, Expression in) {
    IExpr exp = ActivationCalculus.toExpForm(bridge.toSymja(in), engine);
    if (exp.equals(bridge.toSymja(in))) {
      return null; // no activation in it: the same simplification again would gain nothing
    }
    IExpr simplified = name.equals("simplify") ? engine.simplifyRaw(exp)
        : engine.evalRaw(F.function(F.symbol("FullSimplify"), exp));
    return bridge.fromSymja(ActivationCalculus.tidy(
        ActivationCalculus.fromExpForm(simplified, engine), engine));
  }

  /** Rewrites that may use the catalogue's derivative rules (σ′ = σ(1 − σ), …). */
  private static final Set<String> SIMPLIFIERS = Set.of("simplify", "FullSimplify");

  /** Commands whose result must equal their input as a function. */
  private static final Set<String> REWRITES = Set.of("simplify", "expand", "factor", "together",
      "expform", "textbook", "named", "FullSimplify", "Apart", "Cancel");
}

package gradlab.check;

import gradlab.symbolic.Definition;
import gradlab.symbolic.Domain;
import gradlab.symbolic.Expr;
import gradlab.symbolic.IdentityProver;
import gradlab.symbolic.IdentityVerdict;
import gradlab.symbolic.SymbolicEngine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides one step {@code lhs rel rhs} in a context. Sides are engine syntax; {@code pd(A, B)}
 * is ∂A/∂B, differentiated through the context's definitions; {@code dd(e, x)} is d/dx applied
 * to e after the definitions are put in. A step whose sides are numbers is numeric: its decimals
 * stand for every number that rounds to them (the right side's for =, both sides' for ≈). In a
 * symbolic step decimals are exact. Nothing is refuted without the values of both sides at a
 * point the text allows (its named point, its stated ranges), confirmed by
 * {@link SecondEvaluator}; a name that occurs on one side only and nowhere in the text makes the
 * step "not checked", never refuted. Sides become expressions in {@link SideResolver}; numeric
 * steps are decided in {@link RoundedSteps}, inequalities in {@link InequalityClaims}.
 */
public final class StepChecker {
  /** How "not checked" begins for a claim that fails at its samples but has names on one side. */
  static final String FALSE_AS_IDENTITY = "false as an identity";

  private static final Pattern PD = Pattern.compile("pd\\(\\s*([A-Za-z][A-Za-z0-9]*)\\s*,\\s*"
      + "([A-Za-z][A-Za-z0-9]*)\\s*\\)");
  private static final Pattern DD_VAR = Pattern.compile(",\\s*([A-Za-z][A-Za-z0-9]*)\\s*\\)");
  private static final int SAMPLES = 30;
  /** a_(i-1) of plain text: a family's member at a symbolic index, named before other names. */
  private static final Pattern FAMILY_MEMBER = Pattern.compile("[A-Za-z0-9]_\\((?!\\d+\\))");

  private final SymbolicEngine engine;
  private final IdentityProver prover;
  private final SecondEvaluator second;
  private final NativeSides natives;
  private final SideResolver sides;
  private final RoundedSteps roundedSteps;

  public StepChecker(SymbolicEngine engine) {
    this.engine = engine;
    this.prover = new IdentityProver(engine, SAMPLES, 20261123L);
    this.second = new SecondEvaluator(engine);
    this.natives = new NativeSides(engine);
    this.sides = new SideResolver(engine);
    this.roundedSteps = new RoundedSteps(engine, second, natives, sides);
  }

  /**
   * ∂A/∂B has several readings: the local partial of A's definition (or of a restatement of A)
   * when B is one of its direct arguments, and the total derivative through all definitions. A
   * step holds if it holds under one reading; it is refuted only when refuted under all.
   */
  private static final Pattern HUGE_POWER = Pattern.compile("\\^\\s*\\(?\\s*\\d{7,}(?![\\d.])");

  public StepVerdict check(CheckContext ctx, String lhs, Relation rel, String rhs) {
    return check(ctx, lhs, rel, rhs, Instant.MAX);
  }

  /** As {@link #check(CheckContext, String, Relation, String)}; proofs end by {@code proofBy}. */
  public StepVerdict check(CheckContext ctx, String lhs, Relation rel, String rhs,
      Instant proofBy) {
    if (HUGE_POWER.matcher(lhs).find() || HUGE_POWER.matcher(rhs).find()) {
      // log((1/2)^{1000000000}): the exact power alone outlasts any step budget (d2l's coin)
      return new StepVerdict.NotChecked("a power with an exponent of a million or more, which "
          + "the checker does not evaluate");
    }
    String stationary = UndecidedDerivatives.stationarity(lhs, rel, rhs); // 0 = d/dθ P(X | θ)
    if (stationary != null) {
      return new StepVerdict.NotChecked(stationary);
    }
    FirstOrderChanges.Reading change = rel == Relation.APPROX ? FirstOrderChanges.read(ctx, lhs,
        rhs) : null;
    if (change != null) { // Δa ≈ (∂a/∂b)·Δb: the step ∂a/∂b = the coefficient
      return FirstOrderChanges.told(change, check(ctx, change.lhs(), Relation.EQUAL,
          change.rhs(), proofBy));
    }
    StepVerdict order = BigOTerms.check(engine, this, ctx, lhs, rel, rhs); // … + O(ε²)
    if (order != null) {
      return order;
    }
    StepVerdict first = ArgmaxClaims.judge(this, ctx, ArgmaxClaims.read(lhs, rel, rhs),
        decide(ctx, lhs, rel, rhs, proofBy), proofBy); // argmax(cos(x), x) = 2π: one of a set
    // ∂/∂a (a + b) = ∂a/∂a + ∂b/∂a with b undefined: proved where it holds whatever b is
    return GeneralDependence.orProved(engine, ctx, lhs, rel, rhs, first,
        general -> decide(general, lhs, rel, rhs, proofBy));
  }

  private StepVerdict decide(CheckContext ctx, String lhs, Relation rel, String rhs,
      Instant proofBy) {
    OpaqueDerivatives.Reading opaque = OpaqueDerivatives.read(engine, ctx, lhs, rhs);
    return GenericFunctions.check(engine, this::checkReadings, opaque.ctx(), opaque.lhs(), rel,
        opaque.rhs(), proofBy); // with f, g the text never defines: also through instances
  }

  private StepVerdict checkReadings(CheckContext ctx, String lhs, Relation rel, String rhs,
      Instant proofBy) {
    StepVerdict local = checkReading(ctx, lhs, rel, rhs, true, proofBy);
    if (!(lhs + rhs).contains("pd(")) {
      return local;
    }
    if (local instanceof StepVerdict.Unknown && !Instant.now().isBefore(proofBy)) {
      // the sides agree; only a proof under another reading could add to that, and no time is
      // left for one (with one reading not refuted, the step cannot be refuted)
      return local;
    }
    List<String> names = new ArrayList<>(List.of("∂ of a direct argument as the local partial"));
    List<StepVerdict> all = new ArrayList<>(List.of(local));
    Matcher m = PD.matcher(lhs + " " + rhs);
    Set<String> tops = new HashSet<>();
    while (m.find()) {
      tops.add(m.group(1));
    }
    for (Definition d : ctx.restatements()) {
      if (tops.contains(d.name())) {
        names.add(d.name() + " as restated");
        all.add(checkReading(ctx.reading(d), lhs, rel, rhs, true, proofBy));
      }
    }
    if (!sameSides(ctx, lhs, rhs)) { // the total reading differs from the local one here
      names.add("∂ as total derivatives");
      all.add(checkReading(ctx, lhs, rel, rhs, false, proofBy));
    }
    return PartialReadings.combine(names, all);
  }

  /** Whether ∂ read locally and as total derivatives are one reading in this step. */
  private static boolean sameSides(CheckContext ctx, String lhs, String rhs) {
    return SideResolver.oneReadingOfPartials(ctx, lhs) && SideResolver.oneReadingOfPartials(ctx,
        rhs);
  }

  private StepVerdict checkReading(CheckContext ctx, String lhs, Relation rel, String rhs,
      boolean localPartials, Instant proofBy) {
    StepVerdict v = checkOneReading(ctx, lhs, rel, rhs, localPartials, proofBy);
    if (!(v instanceof StepVerdict.Refuted) || ctx.point().isEmpty()) {
      return v;
    }
    Set<String> used = new HashSet<>();
    try {
      for (String side : List.of(lhs, rhs)) {
        used.addAll(engine.freeSymbols(sides.resolve(ctx, DefinedVariableDerivatives.taken(
            engine, ctx, side), localPartials)));
      }
    } catch (RuntimeException e) {
      return v; // the sides were read for the verdict; shown with every value if not again
    }
    return UsedPointValues.of(v, used, ctx.point().keySet());
  }

  private StepVerdict checkOneReading(CheckContext ctx, String lhs, Relation rel, String rhs,
      boolean localPartials, Instant proofBy) {
    StepVerdict.NotChecked pair = ExtremumPairs.of(lhs, rhs); // maximize(f, z) = 0.25
    if (pair != null) {
      return pair;
    }
    lhs = DefinedVariableDerivatives.taken(engine, ctx, lhs); // dL(a, y)/da after a = σ(z)
    rhs = DefinedVariableDerivatives.taken(engine, ctx, rhs);
    for (String side : List.of(lhs, rhs)) {
      String conditional = UndecidedDerivatives.of(ctx, side);
      if (conditional != null) {
        return new StepVerdict.NotChecked(conditional);
      }
      StepVerdict.NotChecked undefined = UndefinedDerivatives.of(ctx, side);
      if (undefined != null) {
        return undefined; // "dd/dc = 1.0" where the text never defines d
      }
      Matcher dd = DD_VAR.matcher(side);
      while (side.contains("dd(") && dd.find()) {
        if (ctx.defines(dd.group(1))) {
          return new StepVerdict.NotChecked("d/d" + LatexNames.readable(dd.group(1))
              + " of an expression, where " + LatexNames.readable(dd.group(1))
              + " is defined in the text (which variables are held fixed?)");
        }
      }
    }
    Map<String, Double> point = numeric(ctx.point());
    Expr l;
    Expr r;
    try {
      l = sides.resolve(ctx, lhs, localPartials);
      r = sides.resolve(ctx, rhs, localPartials);
    } catch (RuntimeException e) {
      return new StepVerdict.NotChecked(UserMessages.unreadable(e));
    }
    Set<String> fl = engine.freeSymbols(l);
    Set<String> fr = engine.freeSymbols(r);
    Set<String> unstated = new TreeSet<>(fl);
    unstated.removeAll(fr);
    unstated.removeAll(ctx.point().keySet());
    unstated.removeAll(VarianceNames.statedRanges(ctx.domain())); // σ > 0 only to sample σ
    Set<String> written = WrittenOnBothSides.of(lhs, rhs); // θ of … − θ = θ − θ: an identity
    unstated.removeAll(written);
    StepVerdict valuesNotStated = new StepVerdict.NotChecked("the left side depends on "
        + unstated.stream().map(LatexNames::readable).toList() + " and the right side is a "
        + "number: it holds only for values the text does not state here");
    boolean putsInValues = !unstated.isEmpty() && ctx.point().keySet().containsAll(fr);
    Set<String> all = new TreeSet<>(fl);
    all.addAll(fr);
    boolean inequality = rel != Relation.EQUAL && rel != Relation.APPROX;
    if (inequality && !(ctx.point().keySet().containsAll(all)
        && (RoundingRange.hasDecimals(lhs) || RoundingRange.hasDecimals(rhs)))) {
      return inequality(ctx, lhs, rhs, l, rel, r, fl, fr, all, localPartials);
    }
    if (putsInValues && (rel != Relation.EQUAL || varies(l, unstated, ctx))) {
      return valuesNotStated; // a left side that varies cannot equal a number identically
    }
    boolean numericStep = ctx.point().keySet().containsAll(all);
    boolean decimals = RoundingRange.hasDecimals(lhs) || RoundingRange.hasDecimals(rhs);
    if (numericStep && (rel == Relation.APPROX || decimals)) {
      return roundedSteps.check(ctx, lhs, rel, rhs, localPartials, point);
    }
    if (rel == Relation.APPROX) {
      return new StepVerdict.NotChecked("≈ between formulas: how close is meant is not stated");
    }
    if (decimals) {
      l = sides.resolve(ctx, RoundingRange.exact(lhs), localPartials);
      r = sides.resolve(ctx, RoundingRange.exact(rhs), localPartials);
    }
    Set<String> oneSided = oneSided(all, fl, fr, ctx);
    Set<String> undefined = new TreeSet<>(oneSided);
    undefined.removeAll(TextNames.of(engine, ctx));
    String free = HeldNames.freeVariables(undefined, lhs, rhs, ctx.used()); // x_j in ∂/∂w_j
    oneSided.removeAll(written); // after the free variables are named, as the step writes them
    undefined.removeAll(written);
    IdentityVerdict v = prover.prove(l, r, LogArguments.positive(sampling(ctx, all), lhs, rhs),
        proofBy); // log σ written: σ > 0
    if (v instanceof IdentityVerdict.Proved p) {
      return new StepVerdict.Proved(p.strategy() + PartialWording.of(ctx, lhs + rhs,
          localPartials));
    }
    // σ(z) + σ(−z) − 2 = 0: a side that is the same number at every value of its one-sided
    // names cannot be made true by putting values in; it is false as written
    boolean constantSide = v instanceof IdentityVerdict.Refuted && !oneSided.isEmpty()
        && (fl.isEmpty() || fr.isEmpty()) && isConstant(fl.isEmpty() ? r : l, oneSided, ctx);
    Set<String> anyValue = new TreeSet<>(undefined);
    anyValue.addAll(putsInValues ? unstated : Set.of());
    StepVerdict freeValues = constantSide ? null : FreeValueIdentities.holding(v, anyValue);
    if (freeValues != null) { // holds whatever the undefined names are: an identity in them
      return freeValues;
    }
    if (putsInValues && !constantSide) { // not an identity: the author put in values
      return valuesNotStated;
    }
    if (!undefined.isEmpty() && !constantSide) {
      return FAMILY_MEMBER.matcher(lhs + " " + rhs).find() // w_i*a_(i-1): a_ first
          ? new StepVerdict.NotChecked(MissingFunctions.reason(ctx, lhs, rhs))
          : notDefined(undefined);
    }
    String recurrence = v instanceof IdentityVerdict.Refuted
        ? RecurrenceMembers.fixedByRecurrence(engine, ctx, all) : null;
    if (recurrence != null) {
      return new StepVerdict.NotChecked(recurrence + " is fixed by the recurrence the text "
          + "defines, which the checker does not unroll: sampled freely the step fails, which "
          + "shows nothing");
    }
    if (!ctx.point().isEmpty()) {
      return PointOrIdentity.judge(atPoint(ctx, l, r, proofBy), v, fl, fr,
          ctx.point().keySet(), describe(ctx.point()), lhs, rhs);
    }
    if (v instanceof IdentityVerdict.Refuted f) {
      boolean derivativeClaim = (lhs.contains("pd(") || lhs.contains("dd("))
          && !rhs.strip().equals("0");
      // one-sided names the text gave a range ("for x > 0") make it a claim for that range
      boolean overRange = VarianceNames.statedRanges(ctx.domain()).containsAll(oneSided);
      if (!oneSided.isEmpty() && DisjointSides.apart(ctx, lhs + " = " + rhs, fl, fr)
          && !derivativeClaim && !overRange && !constantSide) {
        return new StepVerdict.NotChecked(FALSE_AS_IDENTITY + ", but it depends on "
            + String.join(", ", oneSided.stream().map(LatexNames::readable).toList())
            + ", which occur on one side only: true only for values the text does not state "
            + String.format(Locale.ROOT, "(e.g. at %s: left %.6g, right %.6g)",
                PointText.of(f.point()), f.lhs(), f.rhs()));
      }
      Optional<String> bias = BiasInputs.holdsOnlyAtOne(engine, prover, ctx, l, r,
          sampling(ctx, all), proofBy);
      if (bias.isPresent()) {
        String b = LatexNames.readable(bias.get());
        return new StepVerdict.NotChecked("holds only if " + b + " = 1: " + b + " is the input "
            + "of a bias unit, which figures draw as 1 but the text never states");
      }
      return confirmed(l, r, f.point(), f.lhs(), f.rhs(), free);
    }
    IdentityVerdict.Unknown u = (IdentityVerdict.Unknown) v;
    if (u.checkedPoints() == 0) {
      return new StepVerdict.NotChecked(MissingFunctions.reason(ctx, lhs, rhs));
    }
    return u.stopped() ? new StepVerdict.Unknown(u.checkedPoints(), u.tolerance(), "time: "
        + "holds at " + u.checkedPoints() + " random points; the proof search was stopped by "
        + "the step budget (--step-time)") : new StepVerdict.Unknown(u.checkedPoints(),
        u.tolerance());
  }

  /**
   * An inequality claim ({@link InequalityClaims}): a name on one side only is read as any
   * value in its range; it refutes only where the text ranges it. A side with decimals is
   * exact here (an inequality states a bound, not a rounded value).
   */
  private StepVerdict inequality(CheckContext ctx, String lhs, String rhs, Expr l, Relation rel,
      Expr r, Set<String> fl, Set<String> fr, Set<String> all, boolean localPartials) {
    if (RoundingRange.hasDecimals(lhs) || RoundingRange.hasDecimals(rhs)) {
      l = sides.resolve(ctx, RoundingRange.exact(lhs), localPartials);
      r = sides.resolve(ctx, RoundingRange.exact(rhs), localPartials);
    }
    Set<String> oneSided = oneSided(all, fl, fr, ctx);
    // a bound speaks of every value of a name only where the text ranges it ("for every $x$",
    // "for $x > 0$") or makes it a function's parameter: a name that is only an input of a
    // definition (Adam's m̂_t in Δ_t) may be a particular statistic
    oneSided.removeAll(ctx.domain().intervals().keySet());
    ctx.functionRules().forEach(rule -> oneSided.removeAll(rule.parameters()));
    return InequalityClaims.check(engine, second, LogArguments.positive(sampling(ctx, all), lhs,
        rhs), l, rel, r,
        numeric(ctx.point()), oneSided, SAMPLES);
  }

  /** The names on one side only that the named point does not give a value. */
  private static Set<String> oneSided(Set<String> all, Set<String> fl, Set<String> fr,
      CheckContext ctx) {
    Set<String> oneSided = new TreeSet<>(all);
    Set<String> both = new HashSet<>(fl);
    both.retainAll(fr);
    oneSided.removeAll(both);
    oneSided.removeAll(ctx.point().keySet());
    return oneSided;
  }

  /** Whether {@code e} takes two different values at two seeded points (cheap, no proof). */
  private boolean varies(Expr e, Set<String> names, CheckContext ctx) {
    try {
      Map<String, Double> p = new LinkedHashMap<>(numeric(ctx.point()));
      Map<String, Double> q = new LinkedHashMap<>(p);
      Random random = new Random(11);
      for (String n : names) {
        p.put(n, 0.5 + random.nextDouble());
        q.put(n, -0.5 - random.nextDouble());
      }
      double a = engine.numeric(e, p);
      double b = engine.numeric(e, q);
      return Double.isFinite(a) && Double.isFinite(b) && Math.abs(a - b) > 1e-6 * (1
          + Math.abs(a));
    } catch (RuntimeException ex) {
      return false;
    }
  }

  /**
   * Whether {@code e} is one number whatever its {@code names} are: finite and equal (to 10⁻⁹)
   * at six points of both signs; an evaluation that fails makes it not known constant.
   */
  private boolean isConstant(Expr e, Set<String> names, CheckContext ctx) {
    Random random = new Random(13);
    Double first = null;
    for (int k = 0; k < 6; k++) {
      Map<String, Double> p = new LinkedHashMap<>(numeric(ctx.point()));
      for (String n : names) {
        double m = 0.3 + 1.5 * random.nextDouble();
        p.put(n, k % 2 == 0 ? m : -m);
      }
      double a;
      try {
        a = engine.numeric(e, p);
      } catch (RuntimeException ex) {
        return false;
      }
      if (!Double.isFinite(a) || (first != null && Math.abs(a - first) > 1e-9 * (1
          + Math.abs(first)))) {
        return false;
      }
      first = first == null ? a : first;
    }
    return true;
  }

  private static StepVerdict notDefined(Set<String> names) {
    return new StepVerdict.NotChecked(String.join(", ", names.stream()
        .map(LatexNames::readable).toList()) + (names.size() == 1 ? " is"
        : " are") + " not defined in the text and occur" + (names.size() == 1 ? "s" : "")
        + " on one side only");
  }

  /** A refutation stands only if the second evaluator also finds the sides apart. */
  private StepVerdict confirmed(Expr l, Expr r, Map<String, Double> point, double lv,
      double rv, String detail) {
    double a = second.value(l, point);
    double b = second.value(r, point);
    if (Double.isFinite(a) && Double.isFinite(b)
        && Math.abs(a - b) > 1e-9 * (1 + Math.abs(a) + Math.abs(b))) {
      return new StepVerdict.Refuted(point, lv, rv, detail);
    }
    return new StepVerdict.NotChecked(String.format(Locale.ROOT, "the sides differ at %s "
        + "(left %.6g, right %.6g), but the second evaluator did not confirm it",
        PointText.of(point), lv, rv));
  }

  /** One side read: ∂A/∂B expanded, definitions inlined, function rules applied, d/dx done. */
  Expr resolve(CheckContext ctx, String side, boolean localPartials) {
    return sides.resolve(ctx, side, localPartials);
  }

  /** Applies the functions defined in the text, a(t) = …, to every call in {@code e}. */
  public Expr expandFunctions(CheckContext ctx, Expr e) {
    return sides.expandFunctions(ctx, e);
  }

  /**
   * The text's ranges, and a variance sampled only where positive: Var(x) (the name varofx),
   * and a name the text states to be one ({@code Var(x) = v}; {@link VarianceNames}).
   */
  private static Domain sampling(CheckContext ctx, Set<String> names) {
    Domain d = ctx.domain();
    Domain out = CountNames.positive(VarianceNames.positive(ctx, d, names), names);
    for (String n : names) {
      if (n.startsWith("varof") && !d.intervals().containsKey(n)) {
        out = out.with(n, 0.01, 3);
      }
    }
    return out;
  }

  private StepVerdict atPoint(CheckContext ctx, Expr l, Expr r, Instant proofBy) {
    Expr lp = engine.substitute(l, ctx.point());
    Expr rp = engine.substitute(r, ctx.point());
    Set<String> rest = new TreeSet<>(engine.freeSymbols(lp));
    rest.addAll(engine.freeSymbols(rp));
    IdentityVerdict v = prover.prove(lp, rp, sampling(ctx, rest), proofBy);
    Set<String> used = new TreeSet<>(engine.freeSymbols(l));
    used.addAll(engine.freeSymbols(r));
    Map<String, Expr> usedValues = UsedPointValues.kept(ctx.point(), used, ctx.point().keySet());
    String where = describe(usedValues.isEmpty() ? ctx.point() : usedValues);
    return switch (v) {
      case IdentityVerdict.Proved p -> new StepVerdict.Proved("at " + where + " by exact "
          + "arithmetic (" + p.strategy() + ")");
      case IdentityVerdict.Refuted f -> {
        Map<String, Double> p = new LinkedHashMap<>(numeric(ctx.point()));
        p.putAll(f.point());
        yield confirmed(l, r, p, f.lhs(), f.rhs(), ""); // the point is shown once
      }
      case IdentityVerdict.Unknown u -> u.checkedPoints() == 0
          ? new StepVerdict.NotChecked("the sides have no numeric value at " + where)
          : new StepVerdict.Unknown(u.checkedPoints(), u.tolerance());
    };
  }

  /**
   * {native, engine}: how many side evaluations of numeric steps the math language's own
   * evaluator made, and how many fell back to the engine (a side it does not read).
   */
  public long[] numericSideCounts() {
    return natives.counts();
  }

  private Map<String, Double> numeric(Map<String, Expr> point) {
    Map<String, Double> out = new LinkedHashMap<>();
    point.forEach((k, v) -> out.put(k, engine.numeric(v, Map.of())));
    return out;
  }

  private static String describe(Map<String, Expr> point) {
    StringBuilder b = new StringBuilder();
    point.forEach((k, v) -> b.append(b.isEmpty() ? "" : ", ").append(LatexNames.readable(k))
        .append(" = ")
        .append(v.unicode()));
    return b.toString();
  }
}

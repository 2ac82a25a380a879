package gradlab.check;

import gradlab.symbolic.Expr;
import gradlab.symbolic.IdentityProver;
import gradlab.symbolic.IdentityVerdict;
import gradlab.symbolic.SymbolicEngine;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

  private static final Pattern DD_VAR = Pattern.compile(",\\s*([A-Za-z][A-Za-z0-9]*)\\s*\\)");
  static final int SAMPLES = 30;
  /** a_(i-1) of plain text: a family's member at a symbolic index, named before other names. */
  private static final Pattern FAMILY_MEMBER = Pattern.compile("[A-Za-z0-9]_\\((?!\\d+\\))");

  private final SymbolicEngine engine;
  private final IdentityProver prover;
  private final SecondEvaluator second;
  private final NativeSides natives;
  private final SideResolver sides;
  private final RoundedSteps roundedSteps;
  private final SideSamples samples;
  private final SecondConfirmation confirmation;
  private final PointSteps points;
  private final InequalitySteps inequalities;
  private final PartialReadingSteps readings = new PartialReadingSteps(this::checkReading);

  public StepChecker(SymbolicEngine engine) {
    this.engine = engine;
    this.prover = new IdentityProver(engine, SAMPLES, 20261123L);
    this.second = new SecondEvaluator(engine);
    this.natives = new NativeSides(engine);
    this.sides = new SideResolver(engine);
    this.roundedSteps = new RoundedSteps(engine, second, natives, sides);
    this.samples = new SideSamples(engine);
    this.confirmation = new SecondConfirmation(second);
    this.points = new PointSteps(engine, prover, samples, confirmation);
    this.inequalities = new InequalitySteps(engine, second, sides, samples);
  }

  private static final Pattern HUGE_POWER = Pattern.compile("\\^\\s*\\(?\\s*\\d{7,}(?![\\d.])");

  /** Whether a side holds an exact power too large to evaluate within any budget. */
  static boolean hugePower(String lhs, String rhs) {
    return HUGE_POWER.matcher(lhs).find() || HUGE_POWER.matcher(rhs).find();
  }

  /**
   * ∂A/∂B has several readings: the local partial of A's definition (or of a restatement of A)
   * when B is one of its direct arguments, and the total derivative through all definitions. A
   * step holds if it holds under one reading; it is refuted only when refuted under all.
   */
  public StepVerdict check(CheckContext ctx, String lhs, Relation rel, String rhs) {
    return check(ctx, lhs, rel, rhs, Instant.MAX);
  }

  /** As {@link #check(CheckContext, String, Relation, String)}; proofs end by {@code proofBy}. */
  public StepVerdict check(CheckContext ctx, String lhs, Relation rel, String rhs,
      Instant proofBy) {
    if (hugePower(lhs, rhs)) {
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
    return GenericFunctions.check(engine, readings::check, opaque.ctx(), opaque.lhs(), rel,
        opaque.rhs(), proofBy); // with f, g the text never defines: also through instances
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
    Map<String, Double> point = samples.numeric(ctx.point());
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
      return inequalities.check(ctx, lhs, rhs, l, rel, r, fl, fr, all, localPartials);
    }
    if (putsInValues && (rel != Relation.EQUAL || samples.varies(l, unstated, ctx))) {
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
    Set<String> oneSided = OneSidedNames.oneSided(all, fl, fr, ctx);
    Set<String> undefined = new TreeSet<>(oneSided);
    Set<String> textNames = TextNames.of(engine, ctx);
    undefined.removeAll(textNames);
    undefined.removeAll(TransposedEntries.freeEntries(undefined, textNames, ctx)); // W₃₇ of W₇₃
    String free = HeldNames.freeVariables(undefined, lhs, rhs, ctx.used()); // x_j in ∂/∂w_j
    oneSided.removeAll(written); // after the free variables are named, as the step writes them
    undefined.removeAll(written);
    IdentityVerdict v = prover.prove(l, r, LogArguments.positive(
        SamplingDomains.sampling(ctx, all), lhs, rhs), proofBy); // log σ written: σ > 0
    if (v instanceof IdentityVerdict.Proved p) {
      return new StepVerdict.Proved(p.strategy() + PartialWording.of(ctx, lhs + rhs,
          localPartials));
    }
    // σ(z) + σ(−z) − 2 = 0: a side that is the same number at every value of its one-sided
    // names cannot be made true by putting values in; it is false as written
    boolean constantSide = v instanceof IdentityVerdict.Refuted && !oneSided.isEmpty()
        && (fl.isEmpty() || fr.isEmpty())
        && samples.isConstant(fl.isEmpty() ? r : l, oneSided, ctx);
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
          : OneSidedNames.notDefined(undefined);
    }
    String recurrence = v instanceof IdentityVerdict.Refuted
        ? RecurrenceMembers.fixedByRecurrence(engine, ctx, all) : null;
    if (recurrence != null) {
      return new StepVerdict.NotChecked(recurrence + " is fixed by the recurrence the text "
          + "defines, which the checker does not unroll: sampled freely the step fails, which "
          + "shows nothing");
    }
    if (!ctx.point().isEmpty()) {
      return PointOrIdentity.judge(points.atPoint(ctx, l, r, proofBy), v, fl, fr,
          ctx.point().keySet(), PointSteps.describe(ctx.point()), lhs, rhs);
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
          SamplingDomains.sampling(ctx, all), proofBy);
      if (bias.isPresent()) {
        String b = LatexNames.readable(bias.get());
        return new StepVerdict.NotChecked("holds only if " + b + " = 1: " + b + " is the input "
            + "of a bias unit, which figures draw as 1 but the text never states");
      }
      return confirmation.confirmed(l, r, f.point(), f.lhs(), f.rhs(), free);
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

  /** One side read: ∂A/∂B expanded, definitions inlined, function rules applied, d/dx done. */
  Expr resolve(CheckContext ctx, String side, boolean localPartials) {
    return sides.resolve(ctx, side, localPartials);
  }

  /** Applies the functions defined in the text, a(t) = …, to every call in {@code e}. */
  public Expr expandFunctions(CheckContext ctx, Expr e) {
    return sides.expandFunctions(ctx, e);
  }

  /**
   * {native, engine}: how many side evaluations of numeric steps the math language's own
   * evaluator made, and how many fell back to the engine (a side it does not read).
   */
  public long[] numericSideCounts() {
    return natives.counts();
  }
}

package gradlab.check;

import static gradlab.check.ReportedTerms.readable;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a run does with one statement once it is read: records a definition, a function
 * definition or a restatement in the context, or checks a step and records its verdict.
 */
final class DocumentSteps {
  private final DocumentRun run;

  /** The bounds of the Σs of the chain read last (Σ_i after Σ_{i=1}^n in one chain). */
  final ChainSumBounds sumBounds = new ChainSumBounds();

  /** Definitions with σ(…) read both ways (C = log(1 + e^{−σ(s_i − s_j)}) of RankNet's σ). */
  final SigmaProductDefinitions sigmaProducts = new SigmaProductDefinitions();

  DocumentSteps(DocumentRun run) {
    this.run = run;
  }

  /** See {@link ProseRestatements#restate}. */
  boolean restate(int line, String head, String rawHead, String rawRhs, String rhs,
      boolean claim, boolean chained) {
    return ProseRestatements.restate(run, line, head, rawHead, rawRhs, rhs, claim, chained);
  }

  /** The name of an run.unread redefinition that {@code side} uses, or null. */
  private String usesUnread(String side) {
    for (String name : run.unread.keySet()) {
      if (Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(name) + "(?![A-Za-z0-9])")
          .matcher(side).find()) {
        return name;
      }
    }
    return null;
  }

  void step(int line, String lhs, Relation rel, String rhs, String rawL, String rawR,
      String[] alternative, String ambiguity) {
    if (ArgumentNames.named(run, lhs, rhs)) { // a(h_in) = a(x w + b): h_in = x w + b
      String inner = rhs.strip().substring(rhs.strip().indexOf('(') + 1,
          rhs.strip().length() - 1);
      String name = lhs.replace(" ", "").replaceAll("^\\w+\\((\\w+)\\)$", "$1");
      define(line, name, name, inner, inner);
      return;
    }
    StepVerdict layered = LayeredSteps.verdict(run, rawL, rel, rawR); // BP1–BP4 of a generic C
    layered = layered != null ? layered : LayeredFamilySteps.verdict(run, rawL, rel, rawR);
    layered = layered != null ? layered : RivalFormulas.verdict(run, lhs, rel, rawL);
    if (layered != null) {
      run.out.add(new StepResult(line, readable(rawL), rel, readable(rawR), layered, ""));
      return;
    }
    String stale = usesUnread(lhs + " " + rhs + (alternative == null ? "" : " "
        + String.join(" ", alternative))); // f'(x) of an unread f applied, read the other way
    if (stale != null && !(stale.equals(usesUnread(lhs + " " + rhs))
        && UnreadDifferentiationVariable.free(run, lhs, rhs, stale))) {
      StepVerdict both = alternative != null ? null // σ of the text's own, and the catalogue's
          : run.ownBodies.refutedEitherWay(run, stale, lhs, rel, rhs);
      both = both != null || alternative != null ? both // v₁ of momentum, and of Adam
          : run.reassigned.refutedEitherWay(run, stale, lhs, rel, rhs);
      run.out.add(new StepResult(line, readable(rawL), rel, readable(rawR), both != null ? both
          : new StepVerdict.NotChecked(LatexNames.readable(stale) + " is given a definition on "
              + "line " + run.unread.get(stale) + " that cannot be read"), "")); // the first too
      return;
    }
    String untaken = run.untaken.reason(run, lhs + " " + rhs);
    Set<String> written = run.untaken.mentioned(run, lhs + " " + rhs);
    if (untaken != null && run.untaken.reason(run, UntakenDefinitions.without(lhs + " " + rhs,
        written)) == null && (CancelledNames.cancel(run, lhs, rhs, written)
        || DifferentiationVariables.only(lhs, rhs, written))) { // d/du of an unread u
      untaken = null; // w − η(g + λw) = (1 − λ)w − ηg: g cancels, whatever it is
    }
    String untakenReason = untaken;
    Set<String> generic = untaken == null ? Set.of() : GenericUnreadNames.freeable(run, lhs, rhs,
        written); // p = Pr(Y = 1|x) unread: ∂/∂f of p e^{−f} with p free
    untaken = generic.isEmpty() ? untaken : null;
    if (untaken != null) { // w = [1, 2] typed: w^T x = -1.5 worked out at the stated w
      run.out.add(new StepResult(line, readable(rawL), rel, readable(rawR), NumericMatrixClaims
          .orElse(run, rawL, rel, rawR, new StepVerdict.NotChecked(untaken)), ""));
      return;
    }
    String family = FunctionHeads.familyUse(run, lhs + " " + rhs);
    if (family != null) {
      run.out.add(new StepResult(line, readable(rawL), rel, readable(rawR),
          new StepVerdict.NotChecked(family), ""));
      return;
    }
    StepVerdict constant = IntegrationConstants.verdict(run, lhs, rel, rhs, alternative,
        ambiguity);
    if (constant != null) { // F = G + constant: ∂(F − G)/∂v = 0
      run.out.add(new StepResult(line, readable(rawL), rel, readable(rawR), constant, ""));
      return;
    }
    boolean twoReadings = alternative != null
        && !(alternative[0].equals(lhs) && alternative[1].equals(rhs));
    StepVerdict v = verdict(lhs, rel, rhs, alternative, ambiguity);
    if (!twoReadings && v instanceof StepVerdict.NotChecked) { // ∂ℓ/∂x̂_i, i free: for each i
      StepVerdict w = run.families.freeIndexVerdict(run, rawL, rel, rawR, lhs + " " + rhs);
      v = w != null ? w : v;
    }
    if (!twoReadings && v instanceof StepVerdict.NotChecked && run.indexed.usedBy(rawL, rawR)) {
      StepVerdict w = SizedSteps.verdict(run, line, rawL, rel, rawR); // ∂L_i/∂f_j: each member
      v = w != null && !(w instanceof StepVerdict.NotChecked) ? w : v;
    }
    if (!twoReadings && v instanceof StepVerdict.NotChecked) { // δ_{t+1} of δ_t = …: written out
      v = ShiftedMembers.verdict(run, rawL, rawR, v, (l, r) -> verdict(l, rel, r, null, null));
    }
    v = twoReadings ? v : NumericMatrixClaims.orElse(run, rawL, rel, rawR, v); // h = (1, 3)ᵀ
    v = ConditionSteps.unlessConditioned(run, lhs, rhs, v); // refuted without its condition
    if (!twoReadings && v instanceof StepVerdict.Refuted) { // ŷ = … = 1.1300 carried rounded
      StepVerdict carried = StatedValueSteps.withStatedValues(run, run.ctx, lhs, rel, rhs, v);
      v = carried instanceof StepVerdict.Proved ? carried : v;
      v = CarriedDefinedValues.verdict(run, lhs, rel, rhs, v); // a_2 = σ(1.4622), z_2 carried
      v = CarriedDerivativeValues.verdict(run, lhs, rel, rhs, v); // x · 0.180, ∂ℓ/∂f = … = 0.180
      v = RestatedResults.verdict(run, line, rel, rawL, rawR, v); // "Hence σ′(2) ≈ 0.106"
    }
    if (!twoReadings && v instanceof StepVerdict.NotChecked) {
      v = StatedValueSteps.withStatedValues(run, run.ctx, lhs, rel, rhs, v);
      v = Substitutions.verdict(run, line, lhs, rel, rhs, v);
    }
    if (!twoReadings && v instanceof StepVerdict.NotChecked) { // from a stated condition
      v = ConditionSteps.verdict(run, lhs, rel, rhs, v);
    }
    if (!twoReadings) { // ∂z₁/∂a₁ = σ′(z₁) where a₁ = σ(z₁): upside down
      v = InvertedPartials.verdict(run, lhs, rel, rhs, v);
    }
    if (!twoReadings && v instanceof StepVerdict.NotChecked) { // from the earlier claims
      v = PremiseSteps.orChainRule(run, lhs, rel, rhs, v);
    }
    if (!twoReadings && v instanceof StepVerdict.NotChecked) {
      v = ChainRuleValues.verdict(run, lhs, rel, rhs, v); // ∂E/∂w = 0.036 * 0.24 * 0.05
      v = ValuesComputedAlike.verdict(run, lhs, rel, rhs, v); // "the same process … we get"
      v = EarlierValueClaims.verdict(run, lhs, rel, rhs, v); // a = 2 set before: ∂e/∂b = 1·2
      v = StatedValuesOfDefinedQuantities.verdict(run, line, lhs, rel, rhs, v); // z = σ(…) = 0.2
    }
    run.premises.addInPlace(new PremiseLedger.Claim(line, lhs, rel, rhs, run.ctx, v));
    if (v instanceof StepVerdict.Proved p && p.how().startsWith(Substitutions.VALUE)) {
      // … = out_{h1} = 0.593269992: the text states a value, it claims nothing to check
      run.out.add(new StepResult(line, readable(rawL), rel, readable(rawR), null,
          p.how()));
      return;
    }
    if (v instanceof StepVerdict.Refuted f && f.point().keySet().stream().anyMatch(
        run.functions::contains)) { // f‴(x) of a defined f: f sampled as a number, never a ✗
      v = new StepVerdict.NotChecked("a derivative or use of a function the text defines that "
          + "the reader does not read here (it took the function for a number)");
    }
    java.util.function.Function<CheckContext, StepVerdict> recheck = c -> {
      CheckContext saved = run.ctx;
      run.ctx = c;
      try {
        return verdict(lhs, rel, rhs, null, null);
      } finally {
        run.ctx = saved;
      }
    };
    v = NumberedFamilyMembers.verdict(run, lhs, rhs, v, recheck); // ∂ log p₁/∂z₁: K = 2…4
    v = PrimedNames.guard(run, rawL, rawR, v); // g'(3) of a g sampled as a number: never a ✗
    v = UndefinedDependence.guard(run, lhs, rhs, v); // ∂J/∂w of J = L + …, ∂L/∂w written
    v = FamilySumDependence.guard(run, lhs, rhs, v); // ∂x̂ᵢ/∂xᵢ through μᵢ = Σ_{k∈Sᵢ} x_k/m
    v = TransposedEntries.guard(run, UnwrittenFamilyMembers.guard(run, lhs, rhs, v)); // p₁; W₃₇
    v = run.untaken.guardVectorDefined(run, lhs, rhs, v); // e = w^T w̃ + b unread: e not free
    v = run.earlierPoints.guard(run, lhs, rel, rhs, v); // ✗ only away from η = 0.1 given before
    v = CarriedDecimals.verdict(run, rawL, rawR, CarriedDecimals.left(run, rawL, rel, lhs, v,
        s -> verdict(s, rel, rhs, null, null))); // a rounded value carried from before
    v = LogBases.verdict(run, rawL, rawR, lhs, rel, rhs, v); // \log(1000) = 3: log₁₀ holds
    v = RoundedCoefficients.verdict(run, rawL, rawR, v); // 0.25⁴·W = 0.0039 W: off by its rounding
    v = BinaryValues.atAllowedValues(run, lhs, rel, rhs, v); // a mask m ∈ {0, 1}: m² = m
    v = FiniteValueSets.atAllowedValues(run, lhs, rel, rhs, v); // y ∈ {−1, 1}: at y = ±1
    v = SumConstraints.verdict(run, lhs, rel, rhs, v); // y_1 + y_2 = 1 stated: on it
    v = run.constraints.guard(v); // y_j sampled as any number where the text says one-hot
    v = run.otherCase.guard(run, v); // "Case 2. Otherwise": not at case 1's x > 0
    v = run.valueFixed.guardInPlace(run, line, lhs, rel, rhs, v); // c = 0.8 of c = cos θ
    v = UnstatedParameterRanges.guard(run, lhs, rhs, v, recheck); // max(αx, x): α in (0, 1)
    v = run.implied.guard(run, v, ImpliedDomains.withPremises(run, lhs, rel, rhs, recheck));
    v = ValueRedefinitions.guard(run, lhs, rel, rhs, v); // y = 2, then y = f(x): a new example
    v = NewExampleValues.guard(run, lhs, rhs, v); // μ = 2, then "for two values" x₁ − μ
    v = run.earlierRules.guard(run, lhs, rhs, v, recheck); // f'(u) of the f before f anew
    v = SettingRedefinitions.guard(run, lhs, rel, rhs, v); // "With momentum … α = …": anew
    v = AliasDefinitions.guard(run, lhs, rel, rhs, v); // y = a4, then y = σ(z4): defines a4
    v = run.updates.guard(run, v, () -> verdict(lhs, rel, rhs, alternative, ambiguity));
    v = EarlierPartPoints.guard(run, lhs, rhs, v); // Q2's x = 0 in Q1's y
    v = StatedValueClaims.guard(run, line, lhs, rhs, v); // ✗ where E[Δx]/2 = 0 stated fails
    v = ProseNamesGuard.guard(run, v); // ✗ at "the" = 0.3: a sentence read as factors
    v = AcronymProducts.guard(run, rawL, rawR, v); // $KL = 5$: K·L, or a name KL
    v = ReciprocalPremises.verdict(run, lhs, rel, rhs, v); // σ_N² after 1/σ_N² = …
    v = GenericUnreadNames.guard(run, generic, untakenReason, lhs, rel, rhs, v); // at each value
    v = SolvedConditions.guardInPlace(run, line, lhs, rel, rhs, readable(rawL) + " = "
        + readable(rawR), v); // "Setting it to zero gives $$p e^{-f} = …$$": a condition
    run.out.add(new StepResult(line, readable(rawL), rel, readable(rawR), v, ""));
  }

  /** The verdict on {@code lhs rel rhs} (engine syntax), under both readings if two. */
  StepVerdict verdict(String lhs, Relation rel, String rhs, String[] alternative,
      String ambiguity) {
    CheckContext at = run.ctx;
    String[] opaque = BareFunctionValues.opaque(run, lhs, rhs);
    String l = LocalDerivatives.rewrite(run, userDerivatives(opaque[0]));
    String r = LocalDerivatives.rewrite(run, userDerivatives(opaque[1]));
    StepVerdict v = IntermediateVariables.check(run, opaque[0], rel, opaque[1],
        s -> LocalDerivatives.rewrite(run, userDerivatives(s))); // u₂(x, u₁): ∂ both ways
    var claim = claimAt(at, rel);
    v = v != null ? v : FunctionQuantities.demote(run, l, r, claim.apply(l, r), claim);
    v = run.roundedMembers.verdict(run, at, l, rel, r, v); // q_1 = 0.9333 stated, rounded
    CheckContext product = sigmaProducts.productReading(at); // σ(…) of C's definition: σ·(…)
    boolean sigmaStep = ambiguity != null && ambiguity.contains(TwoReadingDefinitions.SIGMA);
    if (alternative != null && !(alternative[0].equals(lhs) && alternative[1].equals(rhs))) {
      String[] altOpaque = BareFunctionValues.opaque(run, alternative[0], alternative[1]);
      String al = LocalDerivatives.rewrite(run, userDerivatives(altOpaque[0]));
      String ar = LocalDerivatives.rewrite(run, userDerivatives(altOpaque[1]));
      var altClaim = sigmaStep ? claimAt(product, rel) : claim;
      StepVerdict w = FunctionQuantities.demote(run, al, ar, altClaim.apply(al, ar), altClaim);
      v = SquaredDeviationsAlone.combine(v, w, ambiguity, new String[] {lhs, rhs},
          alternative);
    } else if (product != at && (v instanceof StepVerdict.Refuted
        || v instanceof StepVerdict.Proved)) { // no σ(…) of its own, through C's σ(…)
      var productClaim = claimAt(product, rel);
      v = Readings.combine(v, FunctionQuantities.demote(run, l, r, productClaim.apply(l, r),
          productClaim), SigmaProductDefinitions.AMBIGUITY);
    }
    return v;
  }

  /** A claim's check at {@code at}: 3 x_i^2 = [0, 3, 12, 27] member by member too. */
  private java.util.function.BiFunction<String, String, StepVerdict> claimAt(CheckContext at,
      Relation rel) {
    return (x, y) -> ClaimForms.check(MemberLists.side(at.point(), x, y), rel,
        MemberLists.side(at.point(), y, x), (p, q) -> run.budget.run(by -> run.checker.check(at,
        p, rel, q, by)));
  }

  /** ∂f/∂x of a function f(x) of the text is d/dx f(x) ({@link DefinedParameterDerivatives}). */
  private String userDerivatives(String side) {
    String s = DefinedParameterDerivatives.rewrite(run, side); // of f(p_t): d/dx f(p_t), not f′(x)
    // ∂f/∂x of f(x, y) defined in the text: d/dx of f(x, y), its other arguments held
    for (Map.Entry<String, List<String>> f : run.functionParameters.entrySet()) {
      if (run.ctx.defines(f.getKey())) {
        continue;
      }
      String call = f.getKey() + "(" + String.join(", ", f.getValue()) + ")";
      for (String v : f.getValue()) {
        s = s.replace("pd(" + f.getKey() + ", " + v + ")", "dd(" + call + ", " + v + ")");
      }
    }
    return s;
  }

  /** See {@link DefinitionSteps#define}. */
  void define(int line, String name, String shown, String rawRhs, String rhs) {
    DefinitionSteps.define(run, line, name, shown, rawRhs, rhs);
  }

  void defineFunction(int line, String name, String params, String rawBody,
      String body) {
    defineFunction(line, name, params, rawBody, body, "function definition");
  }

  /** See {@link FunctionRuleSteps#define}. */
  void defineFunction(int line, String name, String params, String rawBody,
      String body, String note) {
    FunctionRuleSteps.define(run, line, name, params, rawBody, body, note);
  }
}

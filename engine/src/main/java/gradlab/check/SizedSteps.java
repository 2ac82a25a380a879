package gradlab.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A step of a document with Σ/Π of symbolic bounds, checked written out for sizes 1…5
 * ({@link SymbolicSums}), each instance by the document's own step verdict; at the text's own
 * size (Let n = 3) that one instance is the step.
 */
final class SizedSteps {
  /** Sizes after which a step failing at each is refuted, and one holding is not re-proved. */
  private static final int ENOUGH = 3;

  private SizedSteps() {}

  /**
   * The verdict, or null where its sums are not of a form {@link SymbolicSums} reads, or
   * where the text defines the size as a quantity.
   */
  static StepVerdict verdict(DocumentRun run, int line, String rawL0, Relation rel,
      String rawR0) {
    String[] ell = EllIndices.renamed(run, rawL0, rawR0); // Σ_{ℓ=1}^{L}: ℓ as a letter
    try { // x_1 + x_2 + \cdots + x_n is a Σ to n
      // softmax(o)_j is exp(o_j)/Σ_k exp(o_k), k over every component
      // \sum_i^n a_i + b_i: the summand runs on through a term with the index (SumExtents)
      return SumExtents.verdict(ElidedTerms.asSums(SoftmaxComponents.expand(ell[0])),
          ElidedTerms.asSums(SoftmaxComponents.expand(ell[1])),
          (l, r) -> written(run, line, l, rel, r));
    } catch (UnsupportedLatexException e) {
      return new StepVerdict.NotChecked("cannot read: " + e.getMessage());
    }
  }

  private static String engineSides(DocumentRun run, String rawL, String rawR) {
    try {
      return LatexReader.read(rawL, run.reading()).engineSyntax() + " "
          + LatexReader.read(rawR, run.reading()).engineSyntax();
    } catch (RuntimeException e) {
      return "";
    }
  }

  private static StepVerdict written(DocumentRun run, int line, String rawL1, Relation rel,
      String rawR1) {
    String[] delta = KroneckerDeltas.inSums(run, rawL1, rawR1); // Σ_i y_i(δ_{ij} − p_j)
    String rawL0 = delta[0];
    String rawR0 = delta[1];
    SizedDefinitions defs = run.sized;
    Set<String> names = defs.isEmpty() ? Set.of() : used(run, defs.rewrite(rawL0),
        defs.rewrite(rawR0));
    if (!names.isEmpty() && !defs.oneMemberEach(rawL0, rawR0)) {
      return new StepVerdict.NotChecked("Σ over a set in a definition, and the step names two "
          + "of its members (which terms of the sum are they?)");
    }
    // a free w is w₁ of Σ_w, a free index j is 1; then the step's own sums get their bounds
    String rawL = defs.rewrite(names.isEmpty() ? defs.moments(rawL0)
        : defs.freeIndices(defs.moments(rawL0)));
    boolean alike = defs.alike(Set.of());
    String rawR = defs.rewrite(names.isEmpty() ? defs.moments(rawR0)
        : defs.freeIndices(defs.moments(rawR0)));
    alike |= defs.alike(Set.of());
    Set<String> letters = new LinkedHashSet<>(SymbolicSums.sizeLetters(rawL));
    letters.addAll(SymbolicSums.sizeLetters(rawR));
    Set<String> defLetters = defs.sizeLetters(names);
    letters.addAll(defLetters);
    Integer fixed = null;
    for (String letter : letters) {
      StatedSize size = StatedSize.of(run, letter);
      if (size.defined()) {
        return null;
      }
      if (size.stated()) {
        if (size.whole() == null || fixed != null) {
          return null;
        }
        fixed = size.whole();
      }
    }
    List<SymbolicSums.Instance> instances = SymbolicSums.instances(rawL, rawR, fixed,
        new LinkedHashSet<>());
    boolean indexed = !run.indexed.isEmpty() && run.indexed.usedBy(rawL, rawR);
    Set<String> memberLetters = indexed ? Set.of() : SumMemberIndices.letters(run, rawL, rawR,
        letters); // z_j beside Σ_k e^{z_k}: one of z₁ … z_K
    if (instances.isEmpty() && (!names.isEmpty() || indexed) && !hasSum(rawL)
        && !hasSum(rawR)) {
      instances = new ArrayList<>();
      for (int k = fixed != null ? fixed : 1; k <= (fixed != null ? fixed : SymbolicSums.MOST);
          k++) {
        instances.add(new SymbolicSums.Instance(k, rawL, rawR));
      }
    }
    if (instances.isEmpty()) {
      return null;
    }
    int wholeLeast = fixed != null ? 1 : WholeFamilySums.least(run, rawL, rawR); // p_1…p_3 named
    int member = fixed != null ? 1 : NamedMembers.least(run, defs, names, run.reading(),
        engineSides(run, rawL, rawR)); // ∂y_3/∂x_7 of y_3 = Σ_{i=1}^D x_i W_{i,3}: D ≥ 7
    if (member > SymbolicSums.MOST && !hasSum(rawL) && !hasSum(rawR)) {
      List<SymbolicSums.Instance> named = new ArrayList<>();
      for (int k = member; k <= member + 2; k++) {
        named.add(new SymbolicSums.Instance(k, rawL, rawR));
      }
      instances = named;
    }
    int least = Math.max(wholeLeast, member);
    instances = instances.stream().filter(i -> i.size() >= least).toList();
    if (instances.isEmpty()) {
      return new StepVerdict.NotChecked("Σ over a family whose members the text names up to "
          + least + ", more terms than are written out here");
    }
    List<StepVerdict> verdicts = new ArrayList<>();
    LatexReading sized = SymbolicSums.withFamilies(run.reading(), rawL, rawR);
    ChainTerms whole = ChainTerms.read(run, List.of(instances.get(0).lhs(), instances.get(0).rhs()),
        sized, false, line);
    boolean families = !whole.engine().contains(null) && run.families.differentiatesLoss(
        String.join(" ", whole.engine()));
    if (families) { // an algorithm's assignments written out for m = 2, 3 (with m = 1, a
      // batch of one, every deviation x_i − μ_B is 0 and most steps hold trivially)
      instances = instances.stream().filter(i -> i.size() >= 2 && i.size() <= 3).toList();
    }
    CheckContext saved = run.ctx;
    List<SymbolicSums.Instance> skipped = new ArrayList<>();
    boolean anyUnit = false;
    try {
      for (SymbolicSums.Instance i : instances) {
        String l = i.lhs();
        String r = i.rhs();
        for (String letter : defLetters) { // the definitions' sizes, where the step names them
          l = SymbolicSums.setLetter(l, letter, i.size());
          r = SymbolicSums.setLetter(r, letter, i.size());
        }
        List<String> sides = List.of(l, r);
        try {
          run.ctx = IndexedFacts.instantiate(defs.at(i.size(), saved, names, sized,
              run.engine), IndexedFacts.indices(rawL, rawR), i.size(), run.engine);
          run.ctx = SizeLetters.atSizeInPlace(run, letters, i.size()); // Var(w_i) = 1/n: n = k
        } catch (RuntimeException e) {
          verdicts.add(new StepVerdict.NotChecked("cannot read: " + e.getMessage()));
          continue;
        }
        if (families) {
          ChainTerms t = ChainTerms.read(run, sides, sized, false, line);
          CheckContext at = t.engine().contains(null) ? null : run.families.at(run, run.ctx,
              i.size(), letters, sized, String.join(" ", t.engine()));
          if (at == null) {
            verdicts.add(new StepVerdict.NotChecked("the assignments cannot be written out for "
                + String.join(" = ", letters) + " = " + i.size()));
            continue;
          }
          run.ctx = at;
        }
        run.ctx = FamiliesOfTheSize.writtenOutInPlace(run, indexed, letters, i.size());
        CheckContext general = run.ctx;
        run.ctx = IndexedSteps.oneHot(run, run.ctx, i.size(), new LinkedHashSet<>(List.of(
            String.join(" ", ChainTerms.read(run, sides, sized, false, line).engine().stream()
            .map(String::valueOf).toList()).split("[^A-Za-z0-9]+"))));
        boolean unit = run.ctx != general; // a one-hot label set to (1, 0, …)
        long started = System.nanoTime();
        StepVerdict v = indexed ? IndexedSteps.atSize(run, l, r, i.size(),
            s -> instance(run, line, rel, s, sized)) : memberLetters.isEmpty()
            ? instance(run, line, rel, sides, sized) : SumMemberIndices.atSize(l, r, i.size(),
            memberLetters, s -> instance(run, line, rel, s, sized));
        if (v == null) { // a recurrence's member before its start: no instance
          skipped.add(i);
          continue;
        }
        anyUnit |= unit;
        if (unit && v instanceof StepVerdict.Proved) { // at (1, 0, …) only: not every label
          v = new StepVerdict.Unknown(1, 0, "holds with the one-hot label taken as (1, 0, …)");
        }
        if (unit && v instanceof StepVerdict.Refuted f0) { // y_j sampled: j = 1, 2 instead
          v = OneHotIndices.atFreeIndex(run, f0, l, r, i.size(), s -> indexed
              ? IndexedSteps.atSize(run, s.get(0), s.get(1), i.size(),
              t -> instance(run, line, rel, t, sized)) : instance(run, line, rel, s, sized));
        }
        if (unit && v instanceof StepVerdict.Refuted f) {
          v = new StepVerdict.Refuted(f.point(), f.lhs(), f.rhs(), "the one-hot label the "
              + "text states taken as (1, 0, …)" + (f.detail().isEmpty() ? "" : "; "
              + f.detail()));
        }
        verdicts.add(v);
        if (v instanceof StepVerdict.Unknown || verdicts.size() >= ENOUGH
            || v instanceof StepVerdict.Proved && run.budget.slowProof(
            java.time.Duration.ofNanos(System.nanoTime() - started))) {
          // one size held without a proof (|w|, sgn): the step can no longer be refuted, and
          // the other sizes' proofs would each take the whole budget; compare them only. So
          // after three sizes proved, or one slowly: the rest cannot make the step more than
          // "unknown", and a larger size's proof costs more
          run.budget.proofsInPlace(false);
        }
        if (verdicts.size() >= ENOUGH && verdicts.stream().allMatch(
            w -> w instanceof StepVerdict.Refuted)) {
          break; // three sizes fail: enough
        }
      }
    } finally {
      run.ctx = saved;
      run.budget.proofsInPlace(true);
    }
    instances = instances.stream().filter(i -> !skipped.contains(i)).limit(verdicts.size())
        .toList();
    if (verdicts.isEmpty()) {
      return null;
    }
    boolean members = indexed && letters.isEmpty() && !hasSum(rawL) && !hasSum(rawR);
    String shown = members ? IndexedSteps.label(run, rawL, rawR)
        : defs.describe(letters, alike || defs.alike(names));
    if (fixed != null) { // the text's own size: that instance is the step
      return SizedVerdicts.atStatedSize(verdicts.get(0), shown, fixed);
    }
    StepVerdict v = SizedVerdicts.combine(instances, verdicts, shown);
    if (anyUnit && v instanceof StepVerdict.Unknown u) {
      v = new StepVerdict.Unknown(u.samples(), u.tolerance(), u.reason()
          + "; with the one-hot label the text states taken as (1, 0, …)");
    }
    return members ? IndexedSteps.members(v, shown) : v; // worded as members, not as a Σ
  }

  private static StepVerdict instance(DocumentRun run, int line, Relation rel,
      List<String> sides, LatexReading sized) {
    ChainTerms t = ChainTerms.read(run, sides, sized, false, line);
    if (t.engine().contains(null)) {
      String failure = t.failures().stream().filter(Objects::nonNull).findFirst().orElse("");
      // Σ_{i=1}^{3} e_i 𝐱_iᵀ: the instance read as vectors and matrices, the family written out
      StepVerdict matrices = MatrixDefinitions.verdict(run, line, failure, sides.get(0), rel,
          sides.get(1));
      return matrices != null ? matrices : new StepVerdict.NotChecked("cannot read: " + failure);
    }
    ChainTerms alt = t.ambiguities().isEmpty() ? null
        : ChainTerms.read(run, sides, sized.alternative(), false, line);
    String[] altPair = alt == null || alt.engine().contains(null) ? null
        : new String[] {alt.engine().get(0), alt.engine().get(1)};
    return run.steps.verdict(t.engine().get(0), rel, t.engine().get(1), altPair,
        String.join("; ", t.ambiguities()));
  }

  /** The sized definitions the step uses, read at size 1 to find its names. */
  private static Set<String> used(DocumentRun run, String rawL, String rawR) {
    List<String> engine = new ArrayList<>();
    for (String side : List.of(rawL, rawR)) {
      String one = hasSum(side) ? SymbolicSums.instance(side, 1, List.of(),
          new LinkedHashSet<>()) : side;
      try {
        engine.add(LatexReader.read(one == null ? side : one, run.reading()).engineSyntax());
      } catch (RuntimeException e) {
        engine.add("");
      }
    }
    return run.sized.usedBy(run.engine, run.ctx, engine.toArray(String[]::new));
  }

  private static boolean hasSum(String latex) {
    return latex.matches("(?s).*\\\\(sum|prod)(?![A-Za-z]).*");
  }
}

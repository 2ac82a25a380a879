package gradlab.check;

import gradlab.symbolic.Definition;
import gradlab.symbolic.Expr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An algorithm's assignments over a mini-batch, written out for one size: batch norm's
 * {@code \mu_\mathcal{B} \leftarrow \frac{1}{m}\sum_{i=1}^{m} x_i} and
 * {@code \widehat{x}_i \leftarrow \frac{x_i - \mu_\mathcal{B}}{…}} become, for m = 2, μ = (x₁ + x₂)/2
 * and x̂₁, x̂₂, the family index i set to 1 … m. A loss the text names in prose ("the gradient of
 * loss $\ell$") and never defines is a function of the assignments' last results (those no other
 * assignment uses, y₁ … y_m); for first derivatives, the only ones a chain-rule step takes of
 * it, that is exactly ℓ = Σ g_s s with free slopes g_s (any gradient of any ℓ at a point is such
 * a g), so ∂ℓ/∂σ² = Σ g_i γ ∂x̂_i/∂σ², with σ² perturbed and what is computed from it recomputed
 * (the backward pass's meaning). Only assignments of a name not on its own right side count.
 * Not thread-safe; one per document.
 */
final class FamilyDefinitions {
  private static final Pattern ARROW = Pattern.compile("\\\\(?:leftarrow|gets)(?![A-Za-z])|←");
  private static final Pattern DIGIT_INDEX = Pattern.compile("_\\{?\\s*\\d");
  private static final Pattern INDEX = Pattern.compile("_\\{?\\s*([a-z])\\s*\\}?\\s*$");
  private static final Pattern LOSS = Pattern.compile(
      "(?:loss|cost|objective)(?: function)?\\s+\\$([^$]+)\\$");

  private record Assignment(String lhs, String rhs) {}

  private final List<Assignment> assignments = new ArrayList<>();
  private final Set<String> losses = new LinkedHashSet<>();

  /** Records {@code NAME \leftarrow rhs} (NAME not on its right side); anything else is left. */
  void recordInPlace(String statement) {
    Matcher m = ARROW.matcher(statement);
    if (!m.find()) {
      return;
    }
    String lhs = statement.substring(0, m.start()).strip();
    String rhs = statement.substring(m.end()).split("\\\\equiv")[0].strip();
    if (lhs.isEmpty() || rhs.contains(lhs)) {
      return;
    }
    assignments.add(new Assignment(lhs, rhs));
  }

  /** The losses named in {@code text}'s prose ("loss $\ell$"), read as names. */
  void lossesInPlace(String text) {
    Matcher m = LOSS.matcher(text);
    while (m.find()) {
      try {
        losses.add(LatexReader.read(m.group(1).strip()).engineSyntax());
      } catch (RuntimeException e) {
        // not a name: no loss
      }
    }
  }

  /**
   * A step without Σ whose family index is free (batch norm's
   * {@code \frac{\partial \ell}{\partial \widehat{x}_i} = \frac{\partial \ell}{\partial y_i}
   * \cdot \gamma}), meant for every i ≤ m: written out for m = 2, 3 at i = 1, which stands for
   * every i because the assignments treat all indices alike (they are refused when one names a
   * particular index, x_1). Refuted only where it fails at both sizes; null where this does not
   * apply (no named loss differentiated, no assignments, no free index).
   */
  StepVerdict freeIndexVerdict(DocumentRun run, String rawL, Relation rel, String rawR,
      String stepSides) {
    Set<String> sizes = new LinkedHashSet<>();
    Set<String> indices = new LinkedHashSet<>();
    for (Assignment a : assignments) {
      sizes.addAll(SymbolicSums.sizeLetters(a.rhs()));
      Matcher ix = INDEX.matcher(a.lhs());
      if (ix.find()) {
        indices.add(ix.group(1));
      }
    }
    indices.removeAll(sizes);
    String both = rawL + " " + rawR;
    List<String> free = indices.stream().filter(i -> !SymbolicSums.setLetter(both, i, 0)
        .equals(both)).toList();
    if (!differentiatesLoss(stepSides) || sizes.size() != 1 || free.size() != 1
        || both.contains("\\sum") || both.contains("\\prod") || assignments.stream().anyMatch(
        a -> DIGIT_INDEX.matcher(a.lhs() + a.rhs()).find())) {
      return null; // an assignment that names x_1 itself: the indices are not alike
    }
    String size = sizes.iterator().next();
    String index = free.get(0);
    CheckContext saved = run.ctx;
    List<Integer> failed = new ArrayList<>();
    List<Integer> held = new ArrayList<>();
    StepVerdict.Refuted first = null;
    StepVerdict other = null;
    for (int k = 2; k <= 3; k++) {
      boolean fails = false;
      boolean holds = true;
      for (int j = 1; j <= 1; j++) { // the assignments treat every i alike: i = 1 stands
        // for each (none names a particular index, see below)
        String l = SymbolicSums.setLetter(SymbolicSums.setLetter(rawL, index, j), size, k);
        String r = SymbolicSums.setLetter(SymbolicSums.setLetter(rawR, index, j), size, k);
        ChainTerms t = ChainTerms.read(run, List.of(l, r), run.reading(), false, 0);
        CheckContext at = t.engine().contains(null) ? null : at(run, saved, k, Set.of(size),
            run.reading(), String.join(" ", t.engine()));
        StepVerdict v;
        if (at == null) {
          v = new StepVerdict.NotChecked("the assignments cannot be written out for " + size
              + " = " + k);
        } else {
          run.ctx = at;
          try {
            v = run.steps.verdict(t.engine().get(0), rel, t.engine().get(1), null, "");
          } finally {
            run.ctx = saved;
          }
        }
        if (v instanceof StepVerdict.Refuted f && Double.isFinite(f.lhs())
            && Double.isFinite(f.rhs())) {
          fails = true;
          if (first == null) {
            var point = new LinkedHashMap<String, Double>();
            point.put(size, (double) k);
            point.put(index, (double) j);
            point.putAll(f.point());
            first = new StepVerdict.Refuted(point, f.lhs(), f.rhs(), "written out for " + size
                + " = " + k + ", " + index + " = " + j + " through the assignments");
          }
        } else if (!(v instanceof StepVerdict.Proved || v instanceof StepVerdict.Unknown u
            && u.samples() > 0)) {
          holds = false;
          other = other == null ? v : other;
        }
      }
      if (fails) {
        failed.add(k);
      } else if (holds) {
        held.add(k);
      }
    }
    String at = size + " = 2, 3 at " + index + " = 1 (every " + index + " alike)";
    if (failed.size() == 2) {
      return new StepVerdict.Refuted(first.point(), first.lhs(), first.rhs(), first.detail()
          + "; it fails for " + at);
    }
    if (held.size() == 2) {
      return new StepVerdict.Unknown(2, 0, "holds written out through the assignments for "
          + at + "; not proved for all " + size);
    }
    return new StepVerdict.NotChecked("written out through the assignments for " + at + ": "
        + (!failed.isEmpty() ? "fails for " + size + " = " + failed.get(0) + " only"
        : other instanceof StepVerdict.NotChecked nc ? nc.reason() : String.valueOf(other)));
  }

  /** Whether a step with these sides (engine syntax) differentiates a loss this reads. */
  boolean differentiatesLoss(String stepSides) {
    return !assignments.isEmpty() && losses.stream().anyMatch(l -> stepSides.contains("pd("
        + l + ","));
  }

  /**
   * {@code ctx} with the assignments written out for size {@code k} (the size letters set to k,
   * a family index set to 1 … k) and each undefined loss the step differentiates made Σ g_s s
   * over the last results; null when an assignment cannot be read at this size.
   */
  CheckContext at(DocumentRun run, CheckContext ctx, int k, Set<String> sizeLetters,
      LatexReading reading, String stepSides) {
    Map<String, Expr> written = new LinkedHashMap<>();
    for (Assignment a : assignments) {
      Matcher ix = INDEX.matcher(a.lhs());
      String index = ix.find() && !sizeLetters.contains(ix.group(1)) ? ix.group(1) : null;
      if (sizeLetters.stream().anyMatch(l -> SymbolicSums.setLetter(a.lhs(), l, 0)
          .contains("{0}"))) {
        return null; // m_t ← β m_{t-1} + …: a recurrence, whose start the step does not state
      }
      for (int j = 1; j <= (index == null ? 1 : k); j++) {
        String lhs = index == null ? a.lhs() : SymbolicSums.setLetter(a.lhs(), index, j);
        String rhs = index == null ? a.rhs() : SymbolicSums.setLetter(a.rhs(), index, j);
        String sized = SymbolicSums.instance(rhs, k, List.copyOf(sizeLetters),
            new LinkedHashSet<>());
        if (sized == null) {
          return null;
        }
        try {
          String name = LatexReader.read(lhs, reading).engineSyntax();
          if (!EngineNames.is(name)) {
            return null;
          }
          written.put(name, run.engine.eval(LatexReader.read(sized, reading).engineSyntax()));
        } catch (RuntimeException e) {
          return null;
        }
      }
    }
    CheckContext out = ctx;
    for (Map.Entry<String, Expr> e : written.entrySet()) {
      out = out.withDefinition(new Definition(e.getKey(), e.getValue()));
    }
    List<String> last = written.keySet().stream().filter(n -> written.values().stream()
        .allMatch(v -> v.isFreeOf(n))).toList();
    for (String loss : losses) {
      if (!out.defines(loss) && !run.unread.containsKey(loss) && !last.isEmpty()
          && stepSides.contains("pd(" + loss + ",")) { // a loss with an unread definition: no
        List<String> terms = last.stream().map(s -> "d" + loss + "d" + s + "*" + s).toList();
        out = out.withDefinition(new Definition(loss, run.engine.eval(String.join("+",
            terms))));
      }
    }
    return out;
  }
}

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
          if (!name.matches("[A-Za-z][A-Za-z0-9]*")) {
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

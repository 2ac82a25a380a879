package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A derivative through a statistic the text defines over a family: Wu and He's group
 * normalization writes {@code \hat{x}_i = \frac{1}{\sigma_i}(x_i - \mu_i)} with {@code \mu_i =
 * \frac{1}{m} \sum_{k \in \mathcal{S}_i} x_k} and σᵢ likewise (held30). The sums over a set are
 * kept as the family's LaTeX, not as definitions, so μᵢ and σᵢ were free names held fixed: ∂x̂ᵢ/∂xᵢ
 * was 1/σᵢ and the paper's true {@code \frac{1}{\sigma_i}(1 - \frac{1}{m} - \frac{\hat{x}_i^2}{m})}
 * was refuted. Where a refuted step differentiates a quantity whose definition reaches such a
 * name, and that name's family sums the family of the variable of differentiation (x_k of xᵢ),
 * the step is not checked, naming the statistic. Stateless.
 */
final class FamilySumDependence {
  private static final Pattern PARTIAL = Pattern.compile(
      "pd\\(\\s*([A-Za-z][A-Za-z0-9]*)\\s*,\\s*([A-Za-z][A-Za-z0-9]*)\\s*\\)");
  /** A subscripted name in LaTeX: its base (x of x_k, \hat{x} of \hat{x}_k). */
  private static final Pattern SUBSCRIPTED = Pattern.compile(
      "((?:\\\\[A-Za-z]+\\s*\\{\\s*[A-Za-z]\\s*\\})|\\\\[A-Za-z]+|(?<![A-Za-z\\\\])[A-Za-z])"
      + "\\s*_\\s*(?:\\{\\s*[a-z]\\s*\\}|[a-z])");

  /**
   * A sum over a set, {@code \sum_{k \in \mathcal{S}_i}}: kept as LaTeX, never written out.
   * Sums over an index range (softmax's {@code \sum_j}) are written out for small sizes, and a
   * refutation there is sound (the lead, after merging: the softmax Jacobian's planted sign slips
   * had become "not checked").
   */
  private static final Pattern OVER_A_SET = Pattern.compile(
      "\\\\sum\\s*_\\s*\\{[^}]*\\\\in(?![A-Za-z])");

  private FamilySumDependence() {}

  /** {@code v}, or "not checked" where the refutation held such a statistic fixed. */
  static StepVerdict guard(DocumentRun run, String lhs, String rhs, StepVerdict v) {
    if (!(v instanceof StepVerdict.Refuted) || run.indexed.isEmpty()) {
      return v;
    }
    Matcher m = PARTIAL.matcher(lhs + " " + rhs);
    while (m.find()) {
      String by = m.group(2);
      for (String n : DependencyCuts.closure(run.engine, run.ctx, m.group(1))) {
        if (run.ctx.defines(n) || n.equals(by)) {
          continue;
        }
        IndexedFamilies.Family f = familyOf(run, n);
        if (f != null && OVER_A_SET.matcher(f.rhs()).find() && sumsFamilyOf(run, f.rhs(), by)) {
          String shown = LatexNames.readable(n);
          return new StepVerdict.NotChecked("∂" + LatexNames.readable(m.group(1)) + "/∂"
              + LatexNames.readable(by) + " goes through " + shown + ", which the text defines "
              + "by a sum over the family of " + LatexNames.readable(by) + " that the checker "
              + "does not write out here (it would hold " + shown + " fixed)");
        }
      }
    }
    return v;
  }

  private static IndexedFamilies.Family familyOf(DocumentRun run, String engineName) {
    List<IndexedFamilies.Family> all = new ArrayList<>(run.indexed.all());
    all.addAll(run.indexed.formulas());
    for (IndexedFamilies.Family f : all) {
      try {
        if (engineName.equals(IndexedFamilies.name(f.head(), run.reading()))) {
          return f;
        }
      } catch (RuntimeException unread) {
        // a head the reader cannot read names no engine name
      }
    }
    return null;
  }

  /** Whether {@code rhs} writes a member of the family {@code by} belongs to (x_k of xᵢ). */
  private static boolean sumsFamilyOf(DocumentRun run, String rhs, String by) {
    Matcher s = SUBSCRIPTED.matcher(rhs);
    while (s.find()) {
      for (char letter : "ijklmnt".toCharArray()) {
        try {
          if (by.equals(IndexedFamilies.name(s.group(1) + "_{" + letter + "}",
              run.reading()))) {
            return true;
          }
        } catch (RuntimeException unread) {
          break;
        }
      }
    }
    return false;
  }
}

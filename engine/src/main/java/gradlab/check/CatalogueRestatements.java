package gradlab.check;

import gradlab.math.Catalogue;
import gradlab.math.MathFunction;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A catalogue function written out on a variable, {@code Let $\sigma(z) = \frac{1}{1+e^{-z}}$}:
 * after "let" it was listed as an assumption (so never checked), and a text whose own σ differs
 * from the logistic sigmoid ({@code \sigma(z) = \frac{1}{1-e^{-z}}}) then had its true steps
 * about that σ refuted with the catalogue's. After "let" it is checked: where it holds it is
 * shown proved. Where σ's does not hold and nothing says the sigmoid is meant (the prose names
 * no function, σ was not written before), the text defines a σ of its own, which the checker
 * does not read: the line says so, never ✗, and the steps that use σ after it are not checked.
 * A named function written wrongly (GELU, tanh) stays a wrong claim: no text means its own.
 */
final class CatalogueRestatements {
  private static final Pattern APPLIED = Pattern.compile(
      "\\s*([A-Za-z]+)\\(\\s*([A-Za-z]\\w*)\\s*\\)\\s*");

  /** Prose that says which function is meant: then a differing line is a wrong claim. */
  private static final Pattern NAMED = Pattern.compile(
      "(?i)sigmoid|logistic|hyperbolic|tanh|soft\\s*plus|rectifi|relu");

  private CatalogueRestatements() {}

  /** Whether a step before this one wrote the function ({@code \sigma} of {@code \sigma(z)}). */
  private static boolean usedBefore(DocumentRun run, String lhs) {
    int open = lhs.indexOf('(');
    String head = (open < 0 ? lhs : lhs.substring(0, open)).strip();
    return !head.isEmpty() && run.out.stream().anyMatch(s -> (s.lhs() + " " + s.rhs())
        .contains(head));
  }

  /** Shows the line (proved or "defines its own") and returns true; false if not such a line. */
  static boolean readInPlace(DocumentRun run, int line, List<String> raw, List<String> terms,
      boolean claims) {
    if (raw.size() != 2 || terms.get(0) == null || terms.get(1) == null) {
      return false;
    }
    Matcher m = APPLIED.matcher(terms.get(0));
    if (!m.matches() || run.ctx.defines(m.group(2))) {
      return false;
    }
    MathFunction f = Catalogue.function(m.group(1)).orElse(null);
    Pattern variable = Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(m.group(2))
        + "(?![A-Za-z0-9(])");
    if (f == null || f.maxArity() != 1 || !variable.matcher(terms.get(1)).find()
        || terms.get(1).contains(m.group(1) + "(")) {
      return false; // σ(z) = σ(z)(…): a claim about σ, checked as such elsewhere
    }
    StepVerdict v = run.budget.run(by -> run.checker.check(run.ctx, terms.get(0),
        Relation.EQUAL, terms.get(1), by));
    boolean assumed = !claims && Hypotheses.introducesHypothesis(run.prose);
    if (!(v instanceof StepVerdict.Refuted) && !assumed) {
      return false; // the claim's own path shows it, and keeps what follows from it (ζ's form)
    }
    if (v instanceof StepVerdict.Refuted && (f != MathFunction.SIGMOID
        || NAMED.matcher(run.prose).find() || usedBefore(run, raw.get(0)))) {
      // GELU(x) = … wrongly, "the sigmoid σ(z) = 1/(1 − e^{−z})", or σ used before: a claim
      // about that function (refuted as one; after "let", assumed as before)
      return false;
    }
    if (v instanceof StepVerdict.Refuted r) {
      String shown = LatexNames.readable(m.group(1));
      String standard = f == MathFunction.SIGMOID ? "the logistic sigmoid"
          : "the standard " + f.displayName();
      v = new StepVerdict.NotChecked("the text defines a " + shown + " of its own, not "
          + standard + ": they differ " + r.evidence().replaceFirst("^refuted\\s*", "")
          + "; the steps that use " + shown + " after this line are not checked");
      run.unread.putIfAbsent(m.group(1), line);
      run.ownBodies.recordInPlace(run, m.group(1), m.group(2), terms.get(1));
    }
    run.out.add(new StepResult(line, raw.get(0).strip(), Relation.EQUAL, raw.get(1).strip(), v,
        ""));
    return true;
  }
}

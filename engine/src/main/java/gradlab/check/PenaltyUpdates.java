package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Weight decay, as d2l writes it: the objective {@code L(\mathbf{w}, b) + \frac{\lambda}{2}
 * \|\mathbf{w}\|^2} is a display with no name, and the update {@code \mathbf{w} \leftarrow
 * (1 - \eta\lambda) \mathbf{w} - \frac{\eta}{|\mathcal{B}|} \sum_{i \in \mathcal{B}} …} runs over a
 * minibatch, so the rule cannot be compared with a gradient the text computed. What can be
 * checked is the penalty's share: L has no λ, so the rule's terms in λ, less their value at
 * λ = 0, must be −η times the gradient of the penalty term ({@code (1 - \eta\lambda) w - w =
 * -\eta \lambda w}). This holds for every η, λ and w where the rule is gradient descent on the
 * stated objective, so a refutation at any point is sound; a planted 1 − ηλ/2 is ✗. Read only
 * where the objective has exactly one term with λ and the rule's name occurs in it. Mutable,
 * one per document run (held by {@link UpdateApplications}).
 */
final class PenaltyUpdates {
  private static final Pattern LAMBDA = Pattern.compile("\\\\lambda(?![A-Za-z])");
  private static final Pattern NORM_SQUARED = Pattern.compile("\\\\(?:\\||lVert)\\s*(.+?)\\s*"
      + "\\\\(?:\\||rVert)\\s*(?:_\\s*\\{?\\s*2\\s*\\}?\\s*)?\\^\\s*\\{?\\s*2\\s*\\}?");

  private String penalty;
  private int line;

  /** A statement that may be an objective with a penalty ({@code L + \frac{\lambda}{2}…}). */
  void statedInPlace(List<String> terms, int at) {
    String objective = terms.getLast().strip().replaceAll("[.,;]$", "");
    List<String> parts = terms(objective);
    List<String> with = parts.stream().filter(p -> LAMBDA.matcher(p).find()).toList();
    if (parts.size() >= 2 && with.size() == 1 && !with.get(0).contains("\\sum")) {
      penalty = with.get(0).strip().replaceFirst("^\\+\\s*", "");
      line = at;
    }
  }

  /** Checks the λ-terms of the rule "{@code name} ← {@code rhs}" against the penalty. */
  void checkInPlace(DocumentRun run, int at, String name, String rhs, String rate) {
    if (penalty == null || !occurs(plain(name), plain(penalty))) {
      return;
    }
    List<String> parts = terms(rhs.strip().replaceAll("[.,;]$", ""));
    String inLambda = String.join(" ", parts.stream().filter(p -> LAMBDA.matcher(p).find())
        .toList()).strip();
    if (inLambda.isEmpty()) {
      return;
    }
    String lhs = "\\left(" + inLambda + "\\right) - \\left(" + LAMBDA.matcher(inLambda)
        .replaceAll(" 0 ") + "\\right)";
    String norm = NORM_SQUARED.matcher(penalty).replaceAll(m -> Matcher.quoteReplacement(
        "\\left(" + m.group(1) + "\\right)^2"));
    String claim = lhs + " = -\\" + rate + " \\frac{\\partial}{\\partial " + name.strip()
        + "} \\left(" + norm + "\\right)";
    // an identity in η, λ and w: no named point applies ("For $\lambda = 0$, …"), nor one
    // whose scope has ended (that λ = 0 made the planted 1 − ηλ/2 "not checked" again)
    var earlier = run.earlierPoints.setAsideInPlace();
    StepResult r;
    try {
      r = ScratchChains.single(run, at, claim, CheckContext::withoutPoints);
    } finally {
      run.earlierPoints.restoreInPlace(earlier);
    }
    if (r == null) {
      return;
    }
    String why = "the rule's terms in λ, less their value at λ = 0, are −" + (rate.equals("eta")
        ? "η" : "α") + " times the gradient of the penalty " + penalty + " of line " + line;
    if (r.verdict() instanceof StepVerdict.Proved p) {
      run.out.add(new StepResult(at, r.lhs(), r.relation(), r.rhs(), new StepVerdict.Proved(
          why + "; " + p.how()), ""));
    } else if (r.verdict() instanceof StepVerdict.Refuted f) {
      run.out.add(new StepResult(at, r.lhs(), r.relation(), r.rhs(), new StepVerdict.Refuted(
          f.point(), f.lhs(), f.rhs(), why + " (not so here)"), ""));
    }
  }

  /** The additive terms of {@code s} at the top level, each with its sign. */
  static List<String> terms(String s) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      depth += c == '{' || c == '(' || c == '[' ? 1 : c == '}' || c == ')' || c == ']' ? -1 : 0;
      if (depth == 0 && (c == '+' || c == '-') && i > from && !s.substring(from, i).isBlank()
          && !s.substring(0, i).strip().matches("(?s).*[-+=^_(\\[{,]$")) {
        out.add(s.substring(from, i));
        from = i;
      }
    }
    out.add(s.substring(from));
    return out;
  }

  private static boolean occurs(String name, String in) {
    return in.contains(name);
  }

  private static String plain(String s) {
    return s.replaceAll("[\\s{}]", "");
  }
}

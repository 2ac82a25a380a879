package gradlab.check;

import java.util.regex.Pattern;

/**
 * A name written with a prime ({@code g'(3)}, {@code tanh′(0)}) that the checker sampled as a
 * number: its derivative was read as 0, and true steps were ✗ ("refuted at {g = 0.50}"; a new
 * user's plain-text tanh'(0) = 1, and f'(3) = 6 after a first line the reader had lost). Such a
 * refutation is never issued: a primed name is a function, whatever the reader made of it.
 * Except where the text defines the primed name itself as a quantity of its own and never applies
 * it ({@code \lambda' = \frac{\lambda}{\alpha}}, then {@code \lambda'\theta}): the reader
 * reads that λ′ as the name lambdaprime, no derivative of λ, so a refutation at a point giving λ
 * a value is earned (Loshchilov and Hutter's dropped α in αλ′θ was "not checked").
 * The step's text includes the bodies of the functions it applies ({@link FunctionBodyTexts}).
 */
final class PrimedNames {
  private PrimedNames() {}

  /** {@code v}, or "not checked" where it refutes at a point that gives a primed name a value. */
  static StepVerdict guard(DocumentRun run, String rawL, String rawR, StepVerdict v) {
    if (!(v instanceof StepVerdict.Refuted f)) {
      return v;
    }
    String text = rawL + " " + rawR;
    text = text + run.bodyTexts.usedIn(text); // w(2) of w(r) = rho'(r)/r: rho' is in the step
    for (String name : f.point().keySet()) {
      String shown = LatexNames.readable(name);
      if ((primed(text, name) || primed(text, shown)) && !aNameOfItsOwn(run, text, name)
          && !PrimedPoints.secondPoint(run.primedPoints, text, name)) { // k(x, x′): two points
        return new StepVerdict.NotChecked(shown + "′(…) is not read here (the reader took "
            + shown + " for a number, so its derivative would be 0)");
      }
    }
    return v;
  }

  /**
   * Whether every prime on {@code name} in {@code text} is a plain {@code '} not applied
   * ({@code \lambda'\theta}, not {@code \lambda'(x)}, ′ or ^\prime), which the reader reads as
   * the name {@code name}prime, and the text defines that name as a quantity.
   */
  private static boolean aNameOfItsOwn(DocumentRun run, String text, String name) {
    String primed = name + "prime";
    if (!run.ctx.defines(primed) || run.functions.contains(primed)
        || run.functions.contains(name)) {
      return false;
    }
    String shown = LatexNames.readable(name);
    for (String n : new java.util.LinkedHashSet<>(java.util.List.of(name, shown))) {
      java.util.regex.Matcher m = Pattern.compile("(?<![A-Za-z0-9_])\\\\?" + Pattern.quote(n)
          + "\\s*(?:'|′|″|\\^\\s*\\{?\\s*\\\\prime)(.?)").matcher(text);
      while (m.find()) {
        if (!m.group().contains("'") || m.group().contains("''") || m.group(1).equals("(")) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean primed(String text, String name) {
    return Pattern.compile("(?<![A-Za-z0-9_])\\\\?" + Pattern.quote(name)
        + "\\s*(?:'|′|″|\\^\\s*\\{?\\s*\\\\prime)").matcher(text).find();
  }
}

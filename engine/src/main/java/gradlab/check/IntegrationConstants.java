package gradlab.check;

import java.util.regex.Pattern;

/**
 * A constant of integration, Nielsen's {@code C = -[y \ln a + (1-y)\ln(1-a)] + {\rm constant}}
 * (also {@code \text{const}}, and {@code + C} where the text does not define C and the prose
 * integrates): the step {@code F = G + constant} holds, for some constant, exactly when
 * F − G does not change with the integration variable v, ∂(F − G)/∂v = 0. That is what is
 * decided, and a proof says "up to a constant"; where ∂(F − G)/∂v ≠ 0 at a point, no constant
 * makes the step hold, and it is refuted there. The variable is the one the prose names
 * ("Integrating … with respect to $a$"); where the prose names none the step is not checked.
 */
final class IntegrationConstants {
  /** The reader's name for {@code {\rm constant}}, a constant the text does not name. */
  static final String NAME = "integrationconstant";
  private static final Pattern WITH_RESPECT_TO = Pattern.compile(
      "(?:with respect to|w\\.r\\.t\\.|over)\\s*\\$([^$]+)\\$");
  private static final Pattern TERM = Pattern.compile(
      "^(.+)\\+\\s*(" + NAME + "|capc)\\s*$|^\\s*(" + NAME + "|capc)\\s*\\+(.+)$");

  private IntegrationConstants() {}

  /**
   * The verdict on {@code lhs rel rhs} (engine syntax) when one side is another plus a constant
   * of integration, else null (not such a step: check it as usual).
   */
  static StepVerdict verdict(DocumentRun run, String lhs, Relation rel, String rhs,
      String[] alternative, String ambiguity) {
    boolean named = (lhs + rhs).contains(NAME);
    boolean integrating = run.paragraph().toLowerCase(java.util.Locale.ROOT).contains("integrat");
    String[] split = split(lhs, rhs, named || integrating && !run.ctx.defines("capc"));
    if (split == null) {
      return named && !(lhs + rhs).contains("integrate(") ? new StepVerdict.NotChecked("a constant of integration that is not a term "
          + "of its own (F = G + constant)") : null;
    }
    if (rel != Relation.EQUAL) {
      return new StepVerdict.NotChecked("a constant of integration in an inequality");
    }
    String variable = variable(run);
    if (variable == null) {
      return new StepVerdict.NotChecked("a constant of integration: the text does not say "
          + "which variable was integrated (\"with respect to $x$\")");
    }
    String[] alt = null;
    if (alternative != null) {
      String[] s = split(alternative[0], alternative[1], true);
      alt = s == null ? null : derivatives(s, variable);
    }
    String[] d = derivatives(split, variable);
    StepVerdict v = run.steps.verdict(d[0], Relation.EQUAL, d[1], alt, ambiguity);
    String shown = LatexNames.readable(variable);
    String what = "∂(left side − right side without the constant)/∂" + shown;
    String values = "values of ∂/∂" + shown + " of the left side and of the right side without "
        + "the constant";
    return switch (v) {
      case StepVerdict.Proved p -> new StepVerdict.Proved("up to a constant: " + what + " = 0 ("
          + p.how() + ")");
      case StepVerdict.Refuted f -> new StepVerdict.Refuted(f.point(), f.lhs(), f.rhs(),
          values + ": the sides differ by more than a constant in " + shown
          + (f.detail().isEmpty() ? "" : "; " + f.detail()));
      case StepVerdict.Unknown u when !u.undecided() -> new StepVerdict.Unknown(u.samples(),
          u.tolerance(), "up to a constant: " + what + " = 0 at " + u.samples()
          + " random points, not proved");
      default -> v;
    };
  }

  /**
   * {∂F/∂v, ∂G/∂v} (equal exactly when ∂(F − G)/∂v = 0) in the reader's forms: ∂F/∂v of a name F is {@code pd(F, v)}, read through the
   * text's definitions (a C the text never defines as a function of v is not checked), and
   * d/dv of the formula G holds its other names fixed, as integrating over v does.
   */
  private static String[] derivatives(String[] split, String variable) {
    String f = split[0].strip();
    String left = EngineNames.is(f) ? "pd(" + f + ", " + variable + ")"
        : "dd(" + f + ", " + variable + ")";
    return new String[] {left, "dd(" + split[1] + ", " + variable + ")"};
  }

  /**
   * {F, G} for F = G + K or G + K = F with K the constant as a term of its own, else null.
   * {@code capc} (a C) counts only where {@code capitalC} says so.
   */
  private static String[] split(String lhs, String rhs, boolean capitalC) {
    for (int side = 0; side < 2; side++) {
      String with = side == 0 ? rhs : lhs;
      String other = side == 0 ? lhs : rhs;
      var m = TERM.matcher(with);
      if (!m.matches() || other.contains(NAME) || other.strip().startsWith("integrate(")) {
        continue;
      }
      String constant = m.group(2) != null ? m.group(2) : m.group(3);
      String rest = m.group(1) != null ? m.group(1) : m.group(4);
      if (rest.contains(NAME) || constant.equals("capc") && (!capitalC || other.strip()
          .equals("capc"))) {
        continue;
      }
      return new String[] {other, rest};
    }
    return null;
  }

  /** The integration variable the prose before the step names, in engine syntax, or null. */
  private static String variable(DocumentRun run) {
    var m = WITH_RESPECT_TO.matcher(run.paragraph());
    String found = null;
    while (m.find()) {
      found = m.group(1);
    }
    if (found == null) {
      return null;
    }
    try {
      String v = LatexReader.read(found.strip(), run.reading()).engineSyntax();
      return EngineNames.is(v) ? v : null;
    } catch (RuntimeException e) {
      return null;
    }
  }
}

package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the text gives the values 0 and 1 in math: a Bernoulli law ({@code m \sim
 * \mathrm{Bernoulli}(p)}, dropout's mask) or membership ({@code m \in \{0, 1\}}). Such a name is
 * constrained like a label "either 1 or 0" ({@link StatedConstraints}): a step that fails only
 * where it takes another value (m² = m at m = 3.9) is not refuted (found by a new user).
 */
final class BinaryValues {
  private static final String NAME = "\\s*((?:[A-Za-z](?:_\\{?[A-Za-z0-9]+\\}?)?|\\\\[A-Za-z]+)"
      + "(?:\\^\\{?\\(?[a-z]\\)?\\}?)?)\\s*";
  /** The superscript of an example's index, {@code y^{(i)}}. */
  private static final Pattern EXAMPLE_INDEX = Pattern.compile("\\^\\{?\\(?[a-z]\\)?\\}?$");
  private static final Pattern BERNOULLI = Pattern.compile(NAME + "(?:\\\\sim(?![A-Za-z])|∼)\\s*"
      + "(?:\\\\(?:mathrm|text|operatorname|mathcal)\\s*\\{\\s*)?(?:Bernoulli|Bern|Ber|B)\\s*\\}?"
      + "\\s*(?:\\\\left\\s*)?\\(.*", Pattern.DOTALL);
  private static final Pattern MEMBER = Pattern.compile(NAME + "(?:\\\\in(?![A-Za-z])|∈)\\s*"
      + "\\\\\\{\\s*(?:0\\s*,\\s*1|1\\s*,\\s*0)\\s*\\\\\\}\\s*[.,;]?\\s*");

  private BinaryValues() {}

  /** Whether {@code statement} says a name takes only 0 and 1; if so, records it. */
  static boolean constrainInPlace(DocumentRun run, String statement) {
    Matcher m = BERNOULLI.matcher(statement);
    if (!m.matches()) {
      m = MEMBER.matcher(statement);
      if (!m.matches()) {
        return false;
      }
    }
    String name = run.read(m.group(1));
    if (name == null) {
      return false;
    }
    run.constraints.constrainInPlace(name, "0 or 1");
    Matcher index = EXAMPLE_INDEX.matcher(m.group(1));
    if (index.find()) { // labels y^{(i)} ∈ {0, 1}: one example's y is a label too
      String base = run.read(m.group(1).substring(0, index.start()));
      if (base != null && EngineNames.is(base.strip())) {
        run.implied.labelInPlace(base.strip());
      }
    }
    return true;
  }

  /**
   * A refutation at a point that gives a 0-or-1 name another value, decided again at the values
   * the text allows: proved where it holds at every combination of 0 and 1 (at most three such
   * names), refuted at an allowed combination where it fails there; otherwise {@code v}.
   */
  static StepVerdict atAllowedValues(DocumentRun run, String lhs, Relation rel, String rhs,
      StepVerdict v) {
    if (!(v instanceof StepVerdict.Refuted r)) {
      return v;
    }
    List<String> names = new ArrayList<>(run.constraints.binary());
    names.removeIf(n -> !r.point().containsKey(n) || run.ctx.defines(n));
    if (names.isEmpty() || names.size() > 3) {
      return v;
    }
    CheckContext saved = run.ctx;
    List<String> how = new ArrayList<>();
    try {
      for (int bits = 0; bits < 1 << names.size(); bits++) {
        CheckContext at = saved;
        StringBuilder where = new StringBuilder();
        for (int k = 0; k < names.size(); k++) {
          int value = bits >> k & 1;
          at = at.withPoint(names.get(k), run.engine.eval(String.valueOf(value)));
          where.append(where.isEmpty() ? "" : ", ").append(LatexNames.readable(names.get(k)))
              .append(" = ").append(value);
        }
        run.ctx = at;
        StepVerdict w = run.steps.verdict(lhs, rel, rhs, null, "");
        if (w instanceof StepVerdict.Refuted) {
          return w;
        }
        boolean holdsThere = w instanceof StepVerdict.Proved || w instanceof StepVerdict.NotChecked n
            && n.reason().startsWith("holds at") && n.reason().contains(PointOrIdentity.REASON);
        if (!holdsThere) { // (at the allowed value it holds; as an identity in m it need not)
          return v;
        }
        how.add(where.toString());
      }
    } finally {
      run.ctx = saved;
    }
    return new StepVerdict.Proved("at every value the text allows (" + String.join("; ", how)
        + ")");
  }
}

package gradlab.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain-text point "at T_cur = 0: …" (or "at T_cur = T_i: …") that gives a value to a name the text defines
 * ("T_cur = epochs since the last restart", "z = w*x + b"). The point does not move a defined
 * name, so the claims after it were checked with the name free, and a true step at the stated
 * value was ✗ (SGDR typed in ASCII: "at T_cur = 0: cos(0) = 1 so eta_t = eta_max", refuted at
 * random epochs). A refutation of such a claim is "not checked", naming the name; a proof stands
 * (a value the text computed for the name is put in where it can be). It only ever turns a ✗
 * into "not checked". Stateless.
 */
final class DefinedPointNames {
  private static final Pattern POINT = Pattern.compile("^\\s*(" + EngineNames.REGEX
      + ")\\s*=");

  private DefinedPointNames() {}

  /** The first name of {@code parts} ("x = 2" each) that the text defines, or null. */
  static String first(DocumentRun run, List<String> parts) {
    for (String p : parts) {
      // T_cur as captcur, z₁ as z1
      Matcher m = POINT.matcher(PlainNames.asEngineNames(SubscriptDigitPointNames.ascii(p)));
      if (m.find() && run.ctx.defines(m.group(1)) && !run.ctx.point().containsKey(m.group(1))) {
        return m.group(1);
      }
    }
    return null;
  }

  /**
   * {@code name} when one of {@code claims} uses another name the text defines (whose
   * definition may go through {@code name}: SGDR's η_t of T_cur), else null: a claim of the
   * point's name alone ("when z = 0, z(1 − z) = 0.25") is read at the point as before, and its
   * refutation stands.
   */
  static String throughOtherDefinitions(DocumentRun run, String name, List<String> claims) {
    if (name == null) {
      return null;
    }
    for (String c : claims) {
      Matcher m = EngineNames.NAME.matcher(PlainNames.asEngineNames(c));
      while (m.find()) {
        if (!m.group().equals(name) && run.ctx.defines(m.group())) {
          return name;
        }
      }
    }
    return null;
  }

  /** Each refutation the run recorded from {@code from} on made "not checked" ({@code name}). */
  static void guardInPlace(DocumentRun run, int from, String name) {
    if (name == null) {
      return;
    }
    for (int k = from; k < run.out.size(); k++) {
      StepResult r = run.out.get(k);
      if (r.verdict() instanceof StepVerdict.Refuted) {
        run.out.set(k, new StepResult(r.line(), r.lhs(), r.relation(), r.rhs(),
            new StepVerdict.NotChecked(reason(name)), r.note()));
      }
    }
  }

  /** Why a claim under a point that gives the defined {@code name} a value is not refuted. */
  static String reason(String name) {
    String shown = LatexNames.readable(name);
    return "stated at a value of " + shown + ", which the text defines as a formula: the value "
        + "is not put in for " + shown + "'s definition, so the claim is not read at it";
  }
}

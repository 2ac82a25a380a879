package gradlab.check;

import gradlab.symbolic.Definition;
import gradlab.symbolic.SymbolicEngine;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule written with a quantity the text leaves general: Olah's sum rule
 * {@code \frac{\partial}{\partial a}(a+b) = \frac{\partial a}{\partial a} + \frac{\partial
 * b}{\partial a}} and product rule {@code \frac{\partial}{\partial u}uv = u\frac{\partial
 * v}{\partial u} + v\frac{\partial u}{\partial u}}, Parr and Howard's {@code \frac{\partial (x_i
 * + z)}{\partial z} = \frac{\partial x_i}{\partial z} + \frac{\partial z}{\partial z}}. b is
 * not defined in the text, so its dependence on a is unknown, and the step was "not checked";
 * but it holds whatever b depends on. Each such b is read as {@code b₀ + Σ_v p_v·v} over the
 * step's variables of differentiation v, with b₀ and every p_v free: at each point its value
 * and its first derivatives take every value, so a step in first derivatives that is proved so
 * holds for every differentiable b. Only a proof is taken from this reading; anything else
 * keeps the first verdict (the step {@code u ∂v/∂u + v = v} needs v independent of u, which the
 * text may or may not mean). Not read where a variable of differentiation is defined in the
 * text or a named point (which variables are held fixed?), where a derivative stands inside
 * another (second derivatives are not general in this form), or for a relation other than =.
 * Stateless.
 */
final class GeneralDependence {
  private static final Pattern PD = Pattern.compile("(?<![A-Za-z0-9])pd\\(\\s*"
      + "([A-Za-z][A-Za-z0-9]*)\\s*,\\s*([A-Za-z][A-Za-z0-9]*)\\s*\\)");
  private static final Pattern DD_NAME = Pattern.compile("(?<![A-Za-z0-9])dd\\(\\s*"
      + "([A-Za-z][A-Za-z0-9]*)\\s*,\\s*([A-Za-z][A-Za-z0-9]*)\\s*\\)");
  /** The names of b₀ and p_v: internal, never shown (only a proof is kept). */
  private static final String VALUE = "generalvalueof";
  private static final String SLOPE = "generalslopeof";
  static final String PROVED = "whatever %s depend%s on (not defined in the text)";

  private GeneralDependence() {}

  /**
   * {@code first} where it is not "not checked" for an unknown dependence, or where the general
   * reading does not prove the step; else the proof, saying it holds whatever the names are.
   */
  static StepVerdict orProved(SymbolicEngine engine, CheckContext ctx, String lhs, Relation rel,
      String rhs, StepVerdict first, Function<CheckContext, StepVerdict> decide) {
    if (!(first instanceof StepVerdict.NotChecked n) || rel != Relation.EQUAL
        || !n.reason().contains("is not defined in the text, so its dependence on")) {
      return first;
    }
    String both = lhs + " " + rhs;
    Set<String> vars = variables(both);
    Set<String> tops = new LinkedHashSet<>();
    for (Pattern p : new Pattern[] {PD, DD_NAME}) {
      Matcher m = p.matcher(both);
      while (m.find()) {
        if (!m.group(1).equals(m.group(2)) && !known(ctx, m.group(1))) {
          tops.add(m.group(1));
        }
      }
    }
    if (tops.isEmpty() || vars.isEmpty() || nested(both) || tops.stream().anyMatch(vars::contains)
        || vars.stream().anyMatch(v -> ctx.defines(v) || ctx.point().containsKey(v))) {
      return first;
    }
    CheckContext general = ctx;
    Map<String, String> shown = new LinkedHashMap<>();
    for (String top : tops) {
      StringBuilder b = new StringBuilder(VALUE + top);
      vars.stream().filter(v -> !v.equals(top)).forEach(v -> b.append(" + ").append(SLOPE)
          .append(top).append("wrt").append(v).append("*").append(v));
      general = general.withDefinition(new Definition(top, engine.eval(b.toString())));
      shown.put(top, LatexNames.readable(top));
    }
    StepVerdict again;
    try {
      again = decide.apply(general);
    } catch (RuntimeException e) {
      return first;
    }
    if (!(again instanceof StepVerdict.Proved p)) {
      return first;
    }
    return new StepVerdict.Proved(p.how() + ", " + String.format(PROVED,
        String.join(", ", shown.values()), shown.size() == 1 ? "s" : ""));
  }

  /** Whether a name is defined, a point, or a function of the text. */
  private static boolean known(CheckContext ctx, String name) {
    return ctx.defines(name) || ctx.point().containsKey(name)
        || ctx.functionRules().stream().anyMatch(r -> r.name().equals(name));
  }

  /** The variables of every pd(…, v) and dd(…, v) in {@code sides}. */
  private static Set<String> variables(String sides) {
    Set<String> out = new LinkedHashSet<>();
    for (String[] op : HeldNames.operands(sides)) {
      out.add(op[1]);
    }
    Matcher m = PD.matcher(sides);
    while (m.find()) {
      out.add(m.group(2));
    }
    return out;
  }

  /** Whether a derivative stands inside the operand of a dd(…) (a second derivative). */
  private static boolean nested(String sides) {
    for (String[] op : HeldNames.operands(sides)) {
      if (op[0].contains("dd(") || op[0].contains("pd(")) {
        return true;
      }
    }
    return false;
  }
}

package gradlab.check;

import gradlab.symbolic.Definition;
import gradlab.symbolic.Expr;
import gradlab.symbolic.SymbolicEngine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ∂A/∂x of a quantity A the text never defines (Nielsen's unregularized cost C₀ in
 * {@code ∂C/∂w = ∂C_0/∂w + λ/n w}): read as a value of its own, the name
 * {@code partialofAwrtx}, so a step is decided for every value it may take — A is any
 * function of x. Where a definition uses A ({@code C = C_0 + …}), A is read there as
 * {@code A + Σ ∂A/∂x · x} over the variables x of this step's ∂A/∂x, the general function to
 * first order, so ∂C/∂w carries ∂C₀/∂w and never takes C₀ for a constant. A step in which A
 * itself stands ({@code ∂u/∂x = y + x ∂y/∂x} with u = x y) is not read so: A's value there and
 * its general form in the definitions would differ, and the point in a report would mislead. Only variables x
 * the text does not define are read so (C₀'s dependence through a defined name is not known).
 * Nothing is refuted through this unless the value is on both sides: a value on one side
 * only is a name the text does not define there, and the step stays "not checked".
 */
final class OpaqueDerivatives {
  /** The prefix of the name of such a value; {@link LatexNames#readable} shows ∂A/∂x. */
  static final String PREFIX = "partialof";
  static final String WRT = "wrt";
  private static final Pattern PD = Pattern.compile("pd\\(\\s*([A-Za-z][A-Za-z0-9]*)\\s*,\\s*"
      + "([A-Za-z][A-Za-z0-9]*)\\s*\\)");

  private OpaqueDerivatives() {}

  /** A step with each ∂A/∂x of an undefined A as its own value, and the context to match. */
  record Reading(CheckContext ctx, String lhs, String rhs) {}

  static Reading read(SymbolicEngine engine, CheckContext ctx, String lhs, String rhs) {
    Map<String, Set<String>> wrt = new LinkedHashMap<>();
    Matcher m = PD.matcher(lhs + " " + rhs);
    while (m.find()) {
      String top = m.group(1);
      String var = m.group(2);
      if (!top.equals(var) && !ctx.defines(top) && !ctx.defines(var)
          && !ctx.point().containsKey(top) && !top.startsWith(PREFIX)) {
        wrt.computeIfAbsent(top, k -> new LinkedHashSet<>()).add(var);
      }
    }
    // A standing in the step itself (u = x y, then ∂u/∂x = y + x ∂y/∂x): A's value and its
    // general form would differ in the report's point; such a step keeps ∂A/∂x unread
    wrt.keySet().removeIf(top -> standing(top).matcher(PD.matcher(lhs + " " + rhs)
        .replaceAll(" ")).find());
    if (wrt.isEmpty()) {
      return new Reading(ctx, lhs, rhs);
    }
    Map<String, Expr> general = new LinkedHashMap<>();
    wrt.forEach((top, vars) -> {
      StringBuilder b = new StringBuilder("(" + top);
      vars.forEach(v -> b.append(" + ").append(name(top, v)).append("*").append(v));
      general.put(top, engine.eval(b.append(")").toString()));
    });
    List<Definition> defs = new ArrayList<>();
    for (Definition d : ctx.definitions()) {
      defs.add(new Definition(d.name(), engine.substitute(d.rhs(), general)));
    }
    CheckContext out = new CheckContext(defs, ctx.restatements(), ctx.functionRules(),
        ctx.point(), ctx.domain(), ctx.used());
    return new Reading(out, replace(lhs, wrt), replace(rhs, wrt));
  }

  private static Pattern standing(String name) {
    return Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(name) + "(?![A-Za-z0-9(])");
  }

  /** The name of ∂top/∂var's value. */
  static String name(String top, String var) {
    return PREFIX + top + WRT + var;
  }

  private static String replace(String side, Map<String, Set<String>> wrt) {
    Matcher m = PD.matcher(side);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      Set<String> vars = wrt.get(m.group(1));
      String by = vars != null && vars.contains(m.group(2)) ? name(m.group(1), m.group(2))
          : m.group();
      m.appendReplacement(b, Matcher.quoteReplacement(by));
    }
    m.appendTail(b);
    return b.toString();
  }
}

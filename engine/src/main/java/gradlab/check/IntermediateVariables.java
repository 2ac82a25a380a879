package gradlab.check;

import gradlab.symbolic.Expr;
import gradlab.symbolic.FunctionRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parr and Howard's intermediate variables: {@code u_1(x) = x^2}, {@code u_2(x, u_1) = x + u_1},
 * {@code u_3(u_2) = sin(u_2)}. A function whose parameter is another function the text defines
 * names a quantity, and the ∂ of such a quantity has two meanings in the same text: the partial,
 * which holds the other listed parameters fixed (∂u₂/∂x = 1, and ∂u₃/∂x = 0: x is not listed),
 * and the total derivative, with every definition put in (∂u₂/∂x = 1 + 2x, "the partials" of
 * the text's second display). The text writes ∂ for both, even in one chain, so each ∂ written
 * differently in a step is read both ways: the step is refuted only when every combination
 * fails, proved only when every one holds, else "not checked: ambiguous". A bare intermediate
 * stands for its value (u₂ = x + x²): a step refuted on that curve is refuted also with the
 * intermediates as free names.
 */
final class IntermediateVariables {
  private static final Pattern PD = Pattern.compile(
      "pd\\(\\s*([A-Za-z][A-Za-z0-9]*)\\s*,\\s*([A-Za-z][A-Za-z0-9]*)\\s*\\)");
  /** At most this many ∂ with two readings in one step (4 combinations, each a step budget). */
  private static final int MAX_AMBIGUOUS = 2;

  private IntermediateVariables() {}

  /** The verdict under the readings of the intermediates, or null where the step has none. */
  static StepVerdict check(DocumentRun run, String lhs, Relation rel, String rhs,
      UnaryOperator<String> then) {
    Map<String, FunctionRule> inter = intermediates(run);
    if (inter.isEmpty() || derivativeOfIntermediate(lhs + " ; " + rhs, inter.keySet())) {
      return null;
    }
    Map<String, String> values;
    List<String[]> terms = new ArrayList<>(); // see readings()
    try {
      values = values(run, inter);
      Set<String> seen = new LinkedHashSet<>();
      Matcher m = PD.matcher(lhs + " ; " + rhs);
      while (m.find()) {
        if (!inter.containsKey(m.group(1)) && inter.containsKey(m.group(2))) {
          return null; // ∂y/∂u₁ of a name that is not an intermediate: not read here
        }
        if (inter.containsKey(m.group(1)) && seen.add(m.group())) {
          terms.add(readings(run, inter, values, m.group(1), m.group(2), m.group()));
        }
      }
    } catch (RuntimeException e) {
      return null;
    }
    if (terms.isEmpty() && !mentions(lhs + " " + rhs, inter.keySet())) {
      return null;
    }
    List<String[]> two = terms.stream().filter(t -> t[2] != null).toList();
    if (two.size() > MAX_AMBIGUOUS) {
      return null;
    }
    List<String> names = new ArrayList<>();
    List<StepVerdict> verdicts = new ArrayList<>();
    for (int combo = 0; combo < 1 << two.size(); combo++) {
      String l = lhs;
      String r = rhs;
      List<String> how = new ArrayList<>();
      for (String[] t : terms) {
        int k = two.indexOf(t);
        boolean total = k >= 0 && (combo >> k & 1) == 1;
        String value = "(" + (total ? t[2] : t[1]) + ")";
        l = l.replace(t[0], value);
        r = r.replace(t[0], value);
        if (k >= 0) {
          how.add(total ? "the total derivative " + t[4] : "the partial " + t[3]);
        }
      }
      String fl = then.apply(withValues(l, values));
      String fr = then.apply(withValues(r, values));
      names.add(how.isEmpty() ? "the intermediates as their values" : String.join(", ", how));
      verdicts.add(run.budget.run(by -> run.checker.check(run.ctx, fl, rel, fr, by)));
    }
    StepVerdict v = PartialReadings.combine(names, verdicts);
    if (v instanceof StepVerdict.Refuted f && verdicts.size() > 1) {
      return new StepVerdict.Refuted(f.point(), f.lhs(), f.rhs(), (f.detail().isEmpty() ? ""
          : f.detail() + "; ") + "fails under each reading of ∂ (" + String.join("; ", names)
          + ")");
    }
    return v;
  }

  /**
   * The functions that are intermediates: those named as another function's parameter, and
   * those with such a parameter. Empty where no function takes another as a parameter.
   */
  static Map<String, FunctionRule> intermediates(DocumentRun run) {
    Map<String, FunctionRule> rules = new LinkedHashMap<>();
    for (FunctionRule f : run.ctx.functionRules()) {
      if (run.functions.contains(f.name()) && !run.ctx.defines(f.name())) {
        rules.put(f.name(), f);
      }
    }
    Map<String, FunctionRule> out = new LinkedHashMap<>();
    for (FunctionRule f : rules.values()) {
      for (String p : f.parameters()) {
        if (rules.containsKey(p) && !p.equals(f.name())) {
          out.put(p, rules.get(p));
          out.put(f.name(), f);
        }
      }
    }
    return out;
  }

  /** Each intermediate's value in the variables: its body with the others' values put in. */
  private static Map<String, String> values(DocumentRun run, Map<String, FunctionRule> inter) {
    Map<String, String> values = new HashMap<>();
    for (int round = 0; round <= inter.size() && values.size() < inter.size(); round++) {
      for (FunctionRule f : inter.values()) {
        if (values.containsKey(f.name())) {
          continue;
        }
        String body = run.checker.expandFunctions(run.ctx, f.body()).input();
        if (inter.keySet().stream().anyMatch(n -> !values.containsKey(n) && !n.equals(f.name())
            && Pattern.compile("(?<![A-Za-z0-9])" + n + "(?![A-Za-z0-9(])").matcher(body)
            .find())) {
          continue; // an intermediate it uses has no value yet
        }
        values.put(f.name(), run.engine.eval(withValues(body, values)).input());
      }
    }
    if (values.size() < inter.size()) {
      throw new IllegalArgumentException("intermediates defined through each other");
    }
    return values;
  }

  /** {pd text, partial, total (null where it is the partial), ∂A/∂B, "of A in B"}. */
  private static String[] readings(DocumentRun run, Map<String, FunctionRule> inter,
      Map<String, String> values, String top, String var, String text) {
    FunctionRule f = inter.get(top);
    String shown = "∂" + LatexNames.readable(top) + "/∂" + LatexNames.readable(var);
    String total = "of " + LatexNames.readable(top) + " in " + LatexNames.readable(var);
    Expr partial = top.equals(var) ? run.engine.eval("1") : f.parameters().contains(var)
        ? run.engine.diff(run.checker.expandFunctions(run.ctx, f.body()), var)
        : run.engine.eval("0");
    if (inter.containsKey(var) || top.equals(var)) {
      return new String[] {text, partial.input(), null, shown, total};
    }
    Expr d = run.engine.diff(run.engine.eval(values.get(top)), var);
    String p = run.engine.eval(withValues(partial.input(), values)).input();
    boolean same = run.engine.eval("(" + p + ") - (" + d.input() + ")").input().equals("0");
    return new String[] {text, partial.input(), same ? null : d.input(), shown, total};
  }

  private static String withValues(String s, Map<String, String> values) {
    String out = s;
    for (Map.Entry<String, String> v : values.entrySet()) {
      out = out.replaceAll("(?<![A-Za-z0-9])" + Pattern.quote(v.getKey()) + "(?![A-Za-z0-9(])",
          Matcher.quoteReplacement("(" + v.getValue() + ")"));
    }
    return out;
  }

  /** Whether a d/dx (…) of the step has an intermediate inside: its reading is not this one's. */
  private static boolean derivativeOfIntermediate(String s, Set<String> names) {
    for (int at = s.indexOf("dd("); at >= 0; at = s.indexOf("dd(", at + 3)) {
      int close = TopLevel.closing(s, at + 2);
      int end = close < 0 ? s.length() : close + 1;
      String inside = s.substring(at, end);
      if (names.stream().anyMatch(n -> Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(n)
          + "(?![A-Za-z0-9])").matcher(inside).find())) {
        return true;
      }
    }
    return false;
  }

  private static boolean mentions(String s, Set<String> names) {
    return names.stream().anyMatch(n -> Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(n)
        + "(?![A-Za-z0-9(])").matcher(s).find());
  }
}

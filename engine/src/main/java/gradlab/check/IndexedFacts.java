package gradlab.check;

import gradlab.symbolic.Definition;
import gradlab.symbolic.Expr;
import gradlab.symbolic.SymbolicEngine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the text states of every member of a family, E[w_i] = 0 or Var(x_i) = v_x, where i is
 * the index of a Σ the step writes out: then it is stated of w₁ … w_k too. Without it the sums
 * of a variance derivation written out for n = 1…5 met E[w1], Var(x1) "not defined in the text".
 */
final class IndexedFacts {
  private static final Pattern INDEX_OF = Pattern.compile(
      "\\\\(?:sum|prod)(?:\\\\limits)?\\s*_\\{?\\s*([A-Za-z])");

  /** Letters that stand for a free index before the Σ's own (W_{ij}). */
  private static final String FREE = "ijklmn";

  private IndexedFacts() {}

  /** The indices of the Σ and Π in {@code sides} (i of \sum_{i=1}^n). */
  static Set<String> indices(String... sides) {
    Set<String> out = new java.util.LinkedHashSet<>();
    for (String s : sides) {
      Matcher m = INDEX_OF.matcher(s);
      while (m.find()) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  /**
   * {@code ctx} with each named value and definition of a name ending in one of the
   * {@code indices} (meanofwi, varofxi) stated again for 1 … {@code size}, where the text does
   * not already state those.
   */
  static CheckContext instantiate(CheckContext ctx, Set<String> indices, int size,
      SymbolicEngine engine) {
    CheckContext out = ctx;
    for (String i : indices) {
      for (Map.Entry<String, Expr> p : ctx.point().entrySet()) {
        for (int k = 1; k <= size; k++) {
          for (String member : members(p.getKey(), i, k)) {
            if (!out.point().containsKey(member) && !out.defines(member)) {
              out = out.withPoint(member, p.getValue());
            }
          }
        }
      }
      for (Definition d : ctx.definitions()) {
        for (int k = 1; k <= size; k++) {
          for (String member : members(d.name(), i, k)) {
            if (!out.point().containsKey(member) && !out.defines(member)) {
              out = out.withDefinition(new Definition(member, indexed(d.rhs(), i, k, engine)));
            }
          }
        }
      }
    }
    return out;
  }

  /**
   * The members at k of a name indexed by i: meanofwi → meanofw3; where an index letter stands
   * before i (meanofWij, d2l's W_ij with Σ over j) also meanofW13, that free index taken as 1 as
   * the written-out step takes it (h_i = Σ_j W_ij x_j read at i = 1). Empty when the name is
   * not indexed by i.
   */
  static List<String> members(String name, String i, int k) {
    String base = base(name, i);
    if (base == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>(List.of(base + k));
    int p = base.length();
    int prefix = base.startsWith("meanof") ? 6 : base.startsWith("varof") ? 5 : 0;
    if (p - 1 > prefix && FREE.indexOf(base.charAt(p - 1)) >= 0
        && Character.isLetter(base.charAt(p - 2))) {
      out.add(base.substring(0, p - 1) + "1" + k);
    }
    return out;
  }

  /**
   * meanofwi → meanofw for index i; null when the name is not indexed by i. The capital K is
   * written capk ({@link LatexNames#safe}): its k is no index (ε/K in q_k = (1 − ε)y_k + ε/K was
   * taken at k = 1 as ε/cap1, a name of its own, and a true Σ_k q_k = 1 was refuted).
   */
  private static String base(String name, String i) {
    return name.length() > 1 && name.endsWith(i) && !name.endsWith("cap" + i)
        && Character.isLetter(name.charAt(name.length() - 2))
        ? name.substring(0, name.length() - 1) : null;
  }

  /** The right side with its own names indexed by i (v_i, x_i) taken at k. */
  private static Expr indexed(Expr rhs, String i, int k, SymbolicEngine engine) {
    Map<String, Expr> at = new LinkedHashMap<>();
    for (String n : engine.freeSymbols(rhs)) {
      String base = base(n, i);
      if (base != null) {
        at.put(n, engine.symbol(base + k));
      }
    }
    return at.isEmpty() ? rhs : engine.substitute(rhs, at);
  }
}

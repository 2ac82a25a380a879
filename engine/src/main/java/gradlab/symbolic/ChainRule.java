package gradlab.symbolic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Symbolic differentiation through named intermediates, as a person does it by hand: local
 * partials ∂u/∂v of each definition (taken with the other names held as symbols) multiplied
 * along every path from the output to the parameter. Results keep the names zᵢ, aᵢ, f and the
 * activations' derivatives σ′(zᵢ), so they stay compact at any depth.
 */
public final class ChainRule {
  private static final Pattern PREACTIVATION = Pattern.compile("z(\\d+)");

  private final SymbolicEngine engine;
  private final Definitions defs;

  public ChainRule(SymbolicEngine engine, Definitions defs) {
    this.engine = engine;
    this.defs = defs;
  }

  /** ∂output/∂parameter, as chain-ordered paths. */
  public ChainRuleResult derivative(String output, String parameter) {
    if (!defs.defines(output)) {
      throw new IllegalArgumentException("'" + output + "' is not defined; defined names: "
          + defs.names());
    }
    List<List<Expr>> paths = new ArrayList<>();
    walk(output, parameter, new ArrayList<>(), paths);
    Expr value = engine.eval(engine.parse("0"));
    for (List<Expr> path : paths) {
      Expr product = engine.apply("Times", path.toArray(Expr[]::new));
      value = engine.apply("Plus", value, product);
    }
    return new ChainRuleResult(output, parameter, paths, value);
  }

  private void walk(String node, String parameter, List<Expr> prefix, List<List<Expr>> out) {
    Expr rhs = defs.rhs(node).orElseThrow();
    if (!rhs.isFreeOf(parameter)) {
      Expr local = engine.diff(rhs, parameter);
      if (!local.input().equals("0")) {
        List<Expr> path = new ArrayList<>(prefix);
        path.add(local);
        out.add(path);
      }
    }
    for (String v : defs.names()) {
      if (!v.equals(node) && !rhs.isFreeOf(v)) {
        Expr local = engine.diff(rhs, v);
        if (!local.input().equals("0")) {
          List<Expr> next = new ArrayList<>(prefix);
          next.add(local);
          walk(v, parameter, next, out);
        }
      }
    }
  }

  /** ∂output/∂θ for each parameter, in the given order. */
  public Map<String, ChainRuleResult> gradient(String output, List<String> parameters) {
    Map<String, ChainRuleResult> g = new LinkedHashMap<>();
    for (String p : parameters) {
      g.put(p, derivative(output, p));
    }
    return g;
  }

  /**
   * The backpropagation recursion over the pre-activations zₗ: δₗ = ∂output/∂zₗ written in
   * terms of the δ of the layers above, e.g. δ₂ = δ₃·w₃·σ′(z₂), and δ_L in closed form.
   *
   * @return one step per pre-activation, from the top layer down
   */
  public List<BackpropStep> backprop(String output) {
    List<String> zs = new ArrayList<>();
    for (String n : defs.names()) {
      if (PREACTIVATION.matcher(n).matches()) {
        zs.add(n);
      }
    }
    List<BackpropStep> out = new ArrayList<>();
    for (int i = zs.size() - 1; i >= 0; i--) {
      String z = zs.get(i);
      if (i == zs.size() - 1) {
        out.add(new BackpropStep(delta(z), derivative(output, z)));
        continue;
      }
      List<List<Expr>> paths = new ArrayList<>();
      for (String u : defs.names()) {
        Expr rhs = defs.rhs(u).orElseThrow();
        if (PREACTIVATION.matcher(u).matches() && !rhs.isFreeOf(z)) {
          paths.add(List.of(engine.symbol(delta(u)), engine.diff(rhs, z)));
        }
      }
      Expr value = engine.apply("Plus", paths.stream()
          .map(p -> engine.apply("Times", p.toArray(Expr[]::new))).toArray(Expr[]::new));
      out.add(new BackpropStep(delta(z), new ChainRuleResult(output, z, paths, value)));
    }
    return out;
  }

  /**
   * Symbolic reverse mode: δv = Σ over consumers u of δu·∂u/∂v, from the output down, and
   * ∂output/∂θ = Σ over definitions u using θ of δu·∂u/∂θ.
   */
  public ReverseGradient reverseMode(String output, List<String> parameters) {
    List<String> names = defs.names();
    int top = names.indexOf(output);
    if (top < 0) {
      throw new IllegalArgumentException("'" + output + "' is not defined; defined names: "
          + names);
    }
    List<Definition> all = new ArrayList<>(defs.items());
    for (int i = top - 1; i >= 0; i--) {
      String v = names.get(i);
      List<Expr> terms = new ArrayList<>();
      for (int j = i + 1; j <= top; j++) {
        Expr rhs = defs.items().get(j).rhs();
        if (!rhs.isFreeOf(v)) {
          terms.add(adjointTimes(names.get(j), output, engine.diff(rhs, v)));
        }
      }
      if (!terms.isEmpty()) {
        all.add(new Definition("delta" + v, sum(terms)));
      }
    }
    Definitions withAdjoints = new Definitions(all);
    Map<String, Expr> gradient = new LinkedHashMap<>();
    for (String p : parameters) {
      List<Expr> terms = new ArrayList<>();
      for (int j = 0; j <= top; j++) {
        Expr rhs = defs.items().get(j).rhs();
        if (!rhs.isFreeOf(p)) {
          terms.add(adjointTimes(names.get(j), output, engine.diff(rhs, p)));
        }
      }
      gradient.put(p, terms.isEmpty() ? engine.eval("0") : sum(terms));
    }
    return new ReverseGradient(withAdjoints, gradient);
  }

  private Expr adjointTimes(String u, String output, Expr local) {
    return u.equals(output) ? local : engine.apply("Times", engine.symbol("delta" + u), local);
  }

  private Expr sum(List<Expr> terms) {
    return terms.size() == 1 ? terms.get(0) : engine.apply("Plus", terms.toArray(Expr[]::new));
  }

  private static String delta(String z) {
    Matcher m = PREACTIVATION.matcher(z);
    return m.matches() ? "delta" + m.group(1) : "delta" + z;
  }
}

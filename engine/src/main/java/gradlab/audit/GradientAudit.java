package gradlab.audit;

import gradlab.autodiff.Ad;
import gradlab.autodiff.Gradients;
import gradlab.autodiff.Node;
import gradlab.symbolic.ChainRule;
import gradlab.symbolic.CompiledFunction;
import gradlab.symbolic.Compiler;
import gradlab.symbolic.Definitions;
import gradlab.symbolic.Expr;
import gradlab.symbolic.Program;
import gradlab.symbolic.SymbolicEngine;
import gradlab.tensor.Tensor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Checks every ∂loss/∂θ three ways at seeded random points: (1) derived symbolically by the
 * chain rule and compiled, (2) reverse-mode autodiff of the same loss run as a tensor program,
 * (3) central differences of the compiled loss with step 1e-6·max(1, |θ|).
 */
public final class GradientAudit {
  /** Symbolic and autodiff evaluate the same maths in double precision. */
  public static final double AUTODIFF_TOLERANCE = 1e-9;
  /** Central differences have O(h²) truncation and O(ε/h) rounding error. */
  public static final double FINITE_DIFFERENCE_TOLERANCE = 1e-5;

  private final SymbolicEngine engine;

  public GradientAudit(SymbolicEngine engine) {
    this.engine = engine;
  }

  /**
   * @param defs the loss and its intermediates
   * @param loss the name of the scalar loss in {@code defs}
   * @param parameters the θ to differentiate by; empty for every free variable
   * @param points how many random points, each coordinate uniform in (−2, 2)
   * @param seed the seed of the points
   */
  public AuditReport audit(Definitions all, String loss, List<String> parameters, int points,
      long seed) {
    Definitions defs = all.usedBy(engine, List.of(loss));
    List<String> inputs = freeVariables(defs);
    List<String> params = parameters.isEmpty() ? inputs : parameters;
    for (String p : params) {
      if (!inputs.contains(p)) {
        throw new IllegalArgumentException("'" + p + "' is not a variable of " + loss
            + "; its variables are " + inputs);
      }
    }
    ChainRule rule = new ChainRule(engine, defs);
    List<Expr> outputs = new ArrayList<>();
    outputs.add(engine.symbol(loss));
    for (String p : params) {
      outputs.add(rule.derivative(loss, p).value());
    }
    Program program = new Compiler(engine).compile(defs, outputs, inputs);
    CompiledFunction f = new CompiledFunction(program);
    double[][] x = sample(inputs.size(), points, new Random(seed));
    double[][] symbolic = f.evaluate(x, false);
    double[][] autodiff = autodiff(program, x, inputs, params);
    List<AuditRow> rows = new ArrayList<>();
    for (int k = 0; k < params.size(); k++) {
      int col = inputs.indexOf(params.get(k));
      AuditRow worst = null;
      for (int i = 0; i < points; i++) {
        double s = symbolic[k + 1][i];
        double fd = centralDifference(f, x, i, col);
        double ad = autodiff[k][i];
        double scale = Math.max(1, Math.abs(s));
        double ea = Math.abs(s - ad) / scale;
        double ef = Math.abs(s - fd) / scale;
        boolean ok = ea <= AUTODIFF_TOLERANCE && ef <= FINITE_DIFFERENCE_TOLERANCE;
        if (worst == null || ef + ea > worst.finiteDifferenceError() + worst.autodiffError()
            || (!ok && worst.agrees())) {
          worst = new AuditRow(params.get(k), s, ad, fd, ea, ef, point(inputs, x, i), ok);
        }
        if (!ok) {
          break;
        }
      }
      rows.add(worst);
    }
    return new AuditReport(loss, rows, points, seed, AUTODIFF_TOLERANCE,
        FINITE_DIFFERENCE_TOLERANCE);
  }

  /** A name for a loss given as a plain expression: L, else loss, loss1 … not in {@code taken}. */
  public static String lossName(java.util.Collection<String> taken) {
    String name = "L";
    for (int i = 0; taken.contains(name); i++) {
      name = i == 0 ? "loss" : "loss" + i;
    }
    return name;
  }

  private List<String> freeVariables(Definitions defs) {
    LinkedHashSet<String> vars = new LinkedHashSet<>();
    for (var d : defs.items()) {
      for (String v : engine.freeSymbols(d.rhs())) {
        if (!defs.defines(v)) {
          vars.add(v);
        }
      }
    }
    return new ArrayList<>(vars);
  }

  private static double[][] sample(int vars, int points, Random r) {
    double[][] x = new double[vars][points];
    for (int i = 0; i < points; i++) {
      for (int v = 0; v < vars; v++) {
        x[v][i] = Math.round((r.nextDouble() * 4 - 2) * 1e6) / 1e6;
      }
    }
    return x;
  }

  /** Per-point gradients: the points are independent, so ∂(Σ loss)/∂θ[i] = ∂loss[i]/∂θ[i]. */
  private static double[][] autodiff(Program p, double[][] x, List<String> inputs,
      List<String> params) {
    List<Node> leaves = new ArrayList<>();
    for (double[] column : x) {
      leaves.add(Ad.leaf(Tensor.of(column, column.length)));
    }
    Node[] regs = ProgramGraph.build(p, leaves, p.outputs()[0]);
    Node loss = Ad.sum(regs[p.outputs()[0]]);
    List<Node> wrt = params.stream().map(q -> leaves.get(inputs.indexOf(q))).toList();
    Gradients g = Gradients.of(loss, wrt);
    double[][] out = new double[params.size()][];
    for (int k = 0; k < out.length; k++) {
      out[k] = g.get(wrt.get(k)).toDoubleArray();
    }
    return out;
  }

  private static double centralDifference(CompiledFunction f, double[][] x, int i, int col) {
    double[] point = new double[x.length];
    for (int v = 0; v < x.length; v++) {
      point[v] = x[v][i];
    }
    double h = 1e-6 * Math.max(1, Math.abs(point[col]));
    double[] up = point.clone();
    double[] down = point.clone();
    up[col] += h;
    down[col] -= h;
    return (f.at(up)[0] - f.at(down)[0]) / (2 * h);
  }

  private static Map<String, Double> point(List<String> inputs, double[][] x, int i) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int v = 0; v < inputs.size(); v++) {
      m.put(inputs.get(v), x[v][i]);
    }
    return m;
  }
}

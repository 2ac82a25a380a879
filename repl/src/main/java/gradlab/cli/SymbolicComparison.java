package gradlab.cli;

import gradlab.verdict.SpeedGoal;
import gradlab.verdict.SpeedRatio;
import gradlab.verdict.Spread;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code bench symbolic}: gradlab's native differentiation and SymPy measured alternately,
 * round after round, on the tasks; per task the milliseconds of every round, the range
 * of the per-round ratio SymPy / gradlab, the speed verdict (withheld when either side's rounds
 * spread more than {@link Spread#NOISE_LIMIT}) and the goal, met or not in every round.
 * The sides are {@link Side}s, so that tests can drive the report with made-up times.
 */
final class SymbolicComparison {
  /** The tasks, with the key both sides print and the goals of issue 11. */
  enum Task {
    NESTED_DB1("nested-dC/db1", "nested-dC/db1", "depth-8 sigmoid chain, ∂C/∂b₁ of the nested "
        + "form", 10, 0),
    NESTED_GRADIENT("nested-gradient", "nested-gradient", "the same, full 17-parameter gradient",
        10, 0),
    DEFINITIONS_GRADIENT("definitions-gradient", "nested-gradient", "the same gradient through "
        + "definitions (SymPy, which has none: the nested gradient)", 10, 0),
    SIN4_10TH("sin4-10th", "sin4-10th", "10th derivative of sin(sin(sin(sin x)))", 10, 10),
    SIGMA_DEPTH20("sigma-depth20", "sigma-depth20", "σ∘…∘σ (depth 20), first derivative", 0, 0);

    final String key;
    final String sympyKey;
    final String label;
    final double factorGoal;
    final double msGoal;

    Task(String key, String sympyKey, String label, double factorGoal, double msGoal) {
      this.key = key;
      this.sympyKey = sympyKey;
      this.label = label;
      this.factorGoal = factorGoal;
      this.msGoal = msGoal;
    }
  }

  /** One side of the comparison: milliseconds of every task in one round (0, 1, …). */
  interface Side {
    Map<Task, Double> round(int round);
  }

  private SymbolicComparison() {}

  /**
   * The milliseconds in what bench/sympy_symbolic.py printed ("nested-gradient 1480.2" lines),
   * for every task, the definitions task taking SymPy's nested gradient.
   *
   * @throws IllegalArgumentException naming the task it did not print
   */
  static Map<Task, Double> parse(String stdout) {
    Map<String, Double> byKey = new java.util.HashMap<>();
    for (String line : stdout.lines().toList()) {
      String[] parts = line.trim().split(" ");
      if (parts.length == 2 && !parts[0].equals("version")) {
        try {
          byKey.put(parts[0], Double.parseDouble(parts[1]));
        } catch (NumberFormatException e) {
          // not a timing line
        }
      }
    }
    Map<Task, Double> ms = new EnumMap<>(Task.class);
    for (Task t : Task.values()) {
      Double v = byKey.get(t.sympyKey);
      if (v == null) {
        String shown = stdout.strip().isEmpty() ? "nothing" : "'" + stdout.strip().lines()
            .reduce((a, b) -> b).orElse("") + "'";
        throw new IllegalArgumentException("bench symbolic: the SymPy script printed no time "
            + "for " + t.sympyKey + " (its last line: " + shown + "); hint: run it alone: "
            + "python3 bench/sympy_symbolic.py");
      }
      ms.put(t, v);
    }
    return ms;
  }

  /** The lines for one task: times per round, ratio per round and range, verdict, goals. */
  static List<String> report(Task t, double[] gradlab, double[] sympy) {
    List<String> lines = new ArrayList<>();
    lines.add(t.label);
    StringBuilder head = new StringBuilder("  round        ");
    StringBuilder g = new StringBuilder("  gradlab ms   ");
    StringBuilder s = new StringBuilder("  SymPy ms     ");
    StringBuilder r = new StringBuilder("  ratio        ");
    double[] ratios = new double[gradlab.length];
    double[] gradlabRate = new double[gradlab.length];
    double[] sympyRate = new double[gradlab.length];
    for (int i = 0; i < gradlab.length; i++) {
      ratios[i] = sympy[i] / gradlab[i];
      gradlabRate[i] = 1 / gradlab[i];
      sympyRate[i] = 1 / sympy[i];
      head.append(String.format(Locale.ROOT, "%10d", i + 1));
      g.append(String.format(Locale.ROOT, "%10s", ms(gradlab[i])));
      s.append(String.format(Locale.ROOT, "%10s", ms(sympy[i])));
      r.append(String.format(Locale.ROOT, "%10.0f", Math.floor(ratios[i])));
    }
    double min = java.util.Arrays.stream(ratios).min().orElseThrow();
    double max = java.util.Arrays.stream(ratios).max().orElseThrow();
    lines.add(head.toString());
    lines.add(g + String.format(Locale.ROOT, "   spread %.0f %%", 100 * Spread.relative(gradlab)));
    lines.add(s + String.format(Locale.ROOT, "   spread %.0f %%", 100 * Spread.relative(sympy)));
    // rounded down, as the goal's lowest ratio is, so the two never disagree
    lines.add(r + String.format(Locale.ROOT, "   SymPy / gradlab, range %.0f–%.0f×",
        Math.floor(min), Math.floor(max)));
    lines.add("  " + SpeedRatio.verdict("gradlab", "SymPy", gradlabRate, sympyRate,
        Spread.NOISE_LIMIT));
    if (t.factorGoal > 0) {
      lines.add("  " + SpeedGoal.factor(t.factorGoal, ratios));
    }
    if (t.msGoal > 0) {
      lines.add("  " + SpeedGoal.within(t.msGoal, gradlab));
    }
    return lines;
  }

  /** Milliseconds with three significant digits and no exponent: 0.0412, 9.41, 1480. */
  static String ms(double x) {
    if (x >= 100) {
      return String.format(Locale.ROOT, "%.0f", x);
    }
    return new java.math.BigDecimal(x).round(new java.math.MathContext(3)).toPlainString();
  }

  /** Runs {@code rounds} rounds, gradlab then SymPy in each, and prints the report. */
  static void run(int rounds, Side gradlab, Side sympy, PrintStream out) {
    Map<Task, double[]> g = new EnumMap<>(Task.class);
    Map<Task, double[]> s = new EnumMap<>(Task.class);
    for (Task t : Task.values()) {
      g.put(t, new double[rounds]);
      s.put(t, new double[rounds]);
    }
    for (int i = 0; i < rounds; i++) {
      Map<Task, Double> a = gradlab.round(i);
      Map<Task, Double> b = sympy.round(i);
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "round %d of %d, ms, "
          + "gradlab / SymPy:", i + 1, rounds));
      for (Task t : Task.values()) {
        g.get(t)[i] = a.get(t);
        s.get(t)[i] = b.get(t);
        line.append(String.format(Locale.ROOT, "  %s %s / %s", t.key,
            ms(a.get(t)), ms(b.get(t))));
      }
      out.println(line);
    }
    out.println();
    for (Task t : Task.values()) {
      report(t, g.get(t), s.get(t)).forEach(out::println);
    }
    out.printf(Locale.ROOT, "(spread = (max − min) / min of one side's rounds; above %.0f %% the "
        + "machine is too noisy for a speed verdict; a goal counts only when met in every round; "
        + "derivatives unsimplified on both sides, SymPy's σ is 1/(1 + e⁻ᵘ), ours the named σ)%n",
        100 * Spread.NOISE_LIMIT);
  }
}

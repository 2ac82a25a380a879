package gradlab.cli;

import gradlab.train.ImageTransform;
import gradlab.verdict.SpeedRatio;
import gradlab.verdict.Spread;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code bench mnist --against pytorch}: gradlab and PyTorch measured alternately, round after
 * round, on the three configurations of the exercise-5 network; per configuration the rates of
 * every round, the range of the per-round ratio gradlab / PyTorch, and a verdict that is withheld
 * when either side's rounds spread more than {@link Spread#NOISE_LIMIT}. The two sides are
 * {@link Side}s, so that tests can drive the whole report with made-up rates.
 */
final class PytorchComparison {
  private static final Pattern LINE = Pattern.compile(
      "^training (.+?), (\\d+) thread\\(s\\): (\\d+(?:\\.\\d+)?) examples/s", Pattern.MULTILINE);

  /** The three configurations, with the label that bench/pytorch_mnist.py prints for each. */
  enum Configuration {
    FULL("28×28", "28x28", 28),
    CENTRE_CROP("24×24 centre crop", "24x24 (centre crop)", 24),
    ROTATION_CROP("24×24 rotation + crop", "24x24 (rotation + random crop)", 24);

    final String label;
    final String pythonLabel;
    final int side;

    Configuration(String label, String pythonLabel, int side) {
      this.label = label;
      this.pythonLabel = pythonLabel;
      this.side = side;
    }

    ImageTransform transform() {
      return switch (this) {
        case FULL -> new ImageTransform.Identity();
        case CENTRE_CROP -> new ImageTransform.CenterCrop(24);
        case ROTATION_CROP -> new ImageTransform.RotateAndCrop(15, 24);
      };
    }
  }

  /** One side of the comparison: examples/s of every configuration in one round (0, 1, …). */
  interface Side {
    Map<Configuration, Double> round(int round);
  }

  private PytorchComparison() {}

  /**
   * The rates in what bench/pytorch_mnist.py printed, one per configuration.
   *
   * @throws IllegalArgumentException naming the configuration it did not print
   */
  static Map<Configuration, Double> parse(String stdout) {
    Map<Configuration, Double> rates = new EnumMap<>(Configuration.class);
    Matcher m = LINE.matcher(stdout);
    while (m.find()) {
      for (Configuration c : Configuration.values()) {
        if (c.pythonLabel.equals(m.group(1))) {
          rates.put(c, Double.parseDouble(m.group(3)));
        }
      }
    }
    for (Configuration c : Configuration.values()) {
      if (!rates.containsKey(c)) {
        String shown = stdout.strip().isEmpty() ? "nothing" : "'" + stdout.strip().lines()
            .reduce((a, b) -> b).orElse("") + "'";
        throw new IllegalArgumentException("bench mnist --against pytorch: the PyTorch script "
            + "printed no rate for " + c.pythonLabel + " (its last line: " + shown + "); hint: "
            + "run it alone: /usr/bin/python3 bench/pytorch_mnist.py");
      }
    }
    return rates;
  }

  /** "NAME, examples/s, gradlab / PyTorch:" and both rates of every configuration. */
  static String roundLine(String name, Map<Configuration, Double> gradlab,
      Map<Configuration, Double> pytorch) {
    StringBuilder line = new StringBuilder(name + ", examples/s, gradlab / PyTorch:");
    for (Configuration c : Configuration.values()) {
      line.append(String.format(Locale.ROOT, "  %s %.0f / %.0f", c.label, gradlab.get(c),
          pytorch.get(c)));
    }
    return line.toString();
  }

  /** The lines for one configuration: rates per round, ratio per round and range, verdict. */
  static List<String> report(Configuration c, double[] gradlab, double[] pytorch) {
    List<String> lines = new ArrayList<>();
    lines.add(c.label);
    StringBuilder head = new StringBuilder("  round        ");
    StringBuilder g = new StringBuilder("  gradlab      ");
    StringBuilder p = new StringBuilder("  PyTorch      ");
    StringBuilder r = new StringBuilder("  ratio        ");
    double min = Double.POSITIVE_INFINITY;
    double max = 0;
    for (int i = 0; i < gradlab.length; i++) {
      double ratio = gradlab[i] / pytorch[i];
      min = Math.min(min, ratio);
      max = Math.max(max, ratio);
      head.append(String.format(Locale.ROOT, "%8d", i + 1));
      g.append(String.format(Locale.ROOT, "%8.0f", gradlab[i]));
      p.append(String.format(Locale.ROOT, "%8.0f", pytorch[i]));
      r.append(String.format(Locale.ROOT, "%8.2f", ratio));
    }
    lines.add(head.toString());
    lines.add(g + String.format(Locale.ROOT, "   examples/s, spread %.0f %%",
        100 * Spread.relative(gradlab)));
    lines.add(p + String.format(Locale.ROOT, "   examples/s, spread %.0f %%",
        100 * Spread.relative(pytorch)));
    lines.add(r + String.format(Locale.ROOT, "   gradlab / PyTorch, range %.2f–%.2f", min, max));
    lines.add("  " + SpeedRatio.verdict("gradlab", "PyTorch", gradlab, pytorch,
        Spread.NOISE_LIMIT));
    return lines;
  }

  /**
   * Runs {@code warmup} warm-up rounds, then {@code rounds} counted rounds, gradlab then PyTorch
   * in each, and prints the report. A warm-up round is run exactly like a counted one on both
   * sides and printed as not counted; only the counted rounds enter the ratios and verdicts.
   */
  static void run(int warmup, int rounds, Side gradlab, Side pytorch, PrintStream out) {
    for (int i = 0; i < warmup; i++) {
      Map<Configuration, Double> a = gradlab.round(i);
      Map<Configuration, Double> b = pytorch.round(i);
      out.println(roundLine(String.format(Locale.ROOT, "warm-up round %d of %d (not counted)",
          i + 1, warmup), a, b));
    }
    Map<Configuration, double[]> g = new EnumMap<>(Configuration.class);
    Map<Configuration, double[]> p = new EnumMap<>(Configuration.class);
    for (Configuration c : Configuration.values()) {
      g.put(c, new double[rounds]);
      p.put(c, new double[rounds]);
    }
    for (int i = 0; i < rounds; i++) {
      Map<Configuration, Double> a = gradlab.round(warmup + i);
      Map<Configuration, Double> b = pytorch.round(warmup + i);
      for (Configuration c : Configuration.values()) {
        g.get(c)[i] = a.get(c);
        p.get(c)[i] = b.get(c);
      }
      out.println(roundLine(String.format(Locale.ROOT, "round %d of %d", i + 1, rounds), a, b));
    }
    out.println();
    for (Configuration c : Configuration.values()) {
      report(c, g.get(c), p.get(c)).forEach(out::println);
    }
    out.printf(Locale.ROOT, "(spread = (max − min) / min of one side's rounds; above %.0f %% the "
        + "machine is too noisy for a verdict)%n", 100 * Spread.NOISE_LIMIT);
  }
}

package gradlab.cli;

import gradlab.lab.Lab;
import gradlab.symbolic.ChainRule;
import gradlab.symbolic.CompiledFunction;
import gradlab.symbolic.Compiler;
import gradlab.symbolic.Definitions;
import gradlab.symbolic.Expr;
import gradlab.symbolic.ReverseGradient;
import gradlab.symbolic.SymbolicEngine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gradlab bench compiled-gradient}: the full gradient of a depth-8 one-unit sigmoid chain
 * (17 parameters) evaluated at many points, compiled versus evaluated by Symja, in one run.
 */
@Command(name = "bench", subcommands = {BenchMnist.class, BenchSymbolic.class}, description = "Benchmarks that print "
    + "figures: compiled gradient vs Symja evaluation (depth-8 sigmoid chain, 17 parameters); "
    + "'bench mnist' for the CNN training throughput and kernels.")
final class Bench implements Callable<Integer> {
  @CommandLine.ParentCommand
  Main parent;

  @Option(names = "--points", defaultValue = "100000", description = "points for the "
      + "compiled gradient (default ${DEFAULT-VALUE})")
  int points;

  @Option(names = "--symja-points", defaultValue = "50", description = "points evaluated "
      + "through Symja (default ${DEFAULT-VALUE}); its time is scaled per point")
  int symjaPoints;

  @Option(names = "--repeats", defaultValue = "15", description = "timed repeats after warm-up")
  int repeats;

  @Override
  public Integer call() {
    parent.configure();
    SymbolicEngine engine = Lab.engine();
    int depth = 8;
    List<String> eqs = new ArrayList<>(List.of("z1 = w1*x + b1"));
    List<String> params = new ArrayList<>(List.of("w1", "b1"));
    for (int i = 2; i <= depth; i++) {
      eqs.add("z" + i + " = w" + i + "*sigma(z" + (i - 1) + ") + b" + i);
      params.addAll(List.of("w" + i, "b" + i));
    }
    eqs.add("f = w" + (depth + 1) + "*sigma(z" + depth + ")");
    eqs.add("C = (f - a)^2/2");
    params.add("w" + (depth + 1));
    Definitions defs = Definitions.parse(engine, eqs.toArray(String[]::new));
    ChainRule rule = new ChainRule(engine, defs);
    List<Expr> grads = params.stream().map(p -> rule.derivative("C", p).value()).toList();
    List<String> inputs = new ArrayList<>(List.of("x", "a"));
    inputs.addAll(params);
    long t0 = System.nanoTime();
    CompiledFunction f = new CompiledFunction(new Compiler(engine).compile(defs, grads, inputs));
    double compileMs = (System.nanoTime() - t0) / 1e6;
    double[][] x = new double[inputs.size()][points];
    Random r = new Random(1);
    for (double[] col : x) {
      for (int i = 0; i < points; i++) {
        col[i] = r.nextDouble() * 2 - 1;
      }
    }
    double one = median(() -> f.evaluate(x, false), repeats);
    double two = median(() -> f.evaluate(x, true), repeats);
    ReverseGradient reverse = rule.reverseMode("C", params);
    CompiledFunction fr = new CompiledFunction(new Compiler(engine).compile(
        reverse.definitions(), List.copyOf(reverse.gradient().values()), inputs));
    double[][] check = fr.evaluate(x, true);
    double[][] reference = f.evaluate(x, true);
    double maxDiff = 0;
    for (int k = 0; k < check.length; k++) {
      for (int i = 0; i < points; i++) {
        maxDiff = Math.max(maxDiff, Math.abs(check[k][i] - reference[k][i])
            / Math.max(1, Math.abs(reference[k][i])));
      }
    }
    double oneR = median(() -> fr.evaluate(x, false), repeats);
    double twoR = median(() -> fr.evaluate(x, true), repeats);
    List<Expr> inlined = grads.stream().map(g -> defs.inline(engine, g)).toList();
    long s0 = System.nanoTime();
    for (int i = 0; i < symjaPoints; i++) {
      Map<String, Double> point = new HashMap<>();
      for (int v = 0; v < inputs.size(); v++) {
        point.put(inputs.get(v), x[v][i]);
      }
      for (Expr g : inlined) {
        engine.numeric(g, point);
      }
    }
    double symjaPerPoint = (System.nanoTime() - s0) / 1e6 / symjaPoints;
    double symja = symjaPerPoint * points;
    System.out.printf(Locale.ROOT, "compiled gradient of a depth-%d sigmoid chain: %d "
        + "parameters, %d instructions after CSE, compiled in %.0f ms%n", depth, params.size(),
        f.program().code().size(), compileMs);
    System.out.printf(Locale.ROOT, "%-40s %12s %12s%n", "evaluation at " + points + " points",
        "ms", "vs Symja");
    System.out.printf(Locale.ROOT, "%-40s %12.1f %12s%n", "Symja N[] (baseline, "
        + symjaPoints + " points scaled)", symja, "1×");
    System.out.printf(Locale.ROOT, "%-40s %12.2f %11.0f×%n", "compiled path products, 1 thread", one,
        symja / one);
    System.out.printf(Locale.ROOT, "%-40s %12.2f %11.0f×%n", "compiled path products, "
        + Runtime.getRuntime().availableProcessors() + " cores", two, symja / two);
    System.out.printf(Locale.ROOT, "%-40s %12.2f %11.0f×%n", "compiled reverse mode ("
        + fr.program().code().size() + " instr.), 1 thread", oneR, symja / oneR);
    System.out.printf(Locale.ROOT, "%-40s %12.2f %11.0f×%n", "compiled reverse mode, "
        + Runtime.getRuntime().availableProcessors() + " cores", twoR, symja / twoR);
    System.out.printf(Locale.ROOT, "reverse mode vs path products: max relative difference "
        + "%.1e over all points and parameters%n", maxDiff);
    return 0;
  }

  private static double median(Runnable task, int repeats) {
    for (int i = 0; i < 5; i++) {
      task.run();
    }
    double[] ms = new double[repeats];
    for (int i = 0; i < repeats; i++) {
      long t = System.nanoTime();
      task.run();
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    return ms[repeats / 2];
  }
}

package gradlab.cli;

import gradlab.math.Algebra;
import gradlab.math.Differentiation;
import gradlab.math.Environment;
import gradlab.math.Expression;
import gradlab.math.MathFunction;
import gradlab.math.Parser;
import gradlab.math.Sym;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gradlab bench symbolic}: native differentiation (gradlab.math) against SymPy, measured
 * in the same run on the same tasks: the depth-8 sigmoid chain (∂C/∂b₁ and the 17-parameter
 * gradient of the nested form, and the gradient through definitions), the 10th derivative of
 * sin(sin(sin(sin x))), and depth 20. Medians of the repeats, after one warm-up.
 */
@Command(name = "symbolic", description = "Native differentiation vs SymPy (same run).")
final class BenchSymbolic implements Callable<Integer> {
  @Option(names = "--repeats", defaultValue = "7", description = "timed repeats (median)")
  int repeats;

  @Override
  public Integer call() {
    Map<String, Double> ours = new LinkedHashMap<>();
    Environment env = Environment.EMPTY;
    List<String> params = new ArrayList<>();
    env = env.with("z1", Parser.parse("w1*x + b1"));
    params.addAll(List.of("w1", "b1"));
    for (int i = 2; i <= 8; i++) {
      env = env.with("z" + i, Parser.parse("w" + i + "*sigma(z" + (i - 1) + ") + b" + i));
      params.addAll(List.of("w" + i, "b" + i));
    }
    env = env.with("f", Parser.parse("w9*sigma(z8)"));
    env = env.with("C", Parser.parse("(f - a)^2/2"));
    params.add("w9");
    Expression nested = env.expand(new Sym("C"));
    Environment defs = env;
    ours.put("nested-dC/db1", median(() -> Differentiation.derivative(nested, "b1",
        Environment.EMPTY)));
    ours.put("nested-gradient", median(() -> params.stream()
        .map(p -> Differentiation.derivative(nested, p, Environment.EMPTY)).toList()));
    ours.put("definitions-gradient", median(() -> params.stream()
        .map(p -> Differentiation.derivative(new Sym("C"), p, defs)).toList()));
    Expression sin4 = Parser.parse("sin(sin(sin(sin(x))))");
    ours.put("sin4-10th", median(() -> {
      Expression d = sin4;
      for (int i = 0; i < 10; i++) {
        d = Differentiation.derivative(d, "x", Environment.EMPTY);
      }
      return d;
    }));
    Expression s20 = new Sym("x");
    for (int i = 0; i < 20; i++) {
      s20 = Algebra.call(MathFunction.SIGMOID, s20);
    }
    Expression depth20 = s20;
    ours.put("sigma-depth20", median(() -> Differentiation.derivative(depth20, "x",
        Environment.EMPTY)));
    Map<String, Double> sympy = sympy();
    System.out.printf("%-22s %12s %12s %9s%n", "task", "gradlab ms", "SymPy ms", "ratio");
    ours.forEach((k, v) -> {
      Double s = sympy.get(k);
      System.out.printf("%-22s %12.3f %12s %9s%n", k, v, s == null ? "-" : String.format(
          "%.3f", s), s == null ? "-" : String.format("%.0f×", s / v));
    });
    System.out.println("(definitions-gradient: SymPy has no definitions; compare with "
        + "nested-gradient. Derivatives unsimplified on both sides.)");
    return 0;
  }

  private double median(Supplier<Object> task) {
    task.get();
    double[] t = new double[repeats];
    for (int i = 0; i < repeats; i++) {
      long t0 = System.nanoTime();
      task.get();
      t[i] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(t);
    return t[repeats / 2];
  }

  /** The checkout: the application jar lies in repl/target/. */
  private static Path root() {
    try {
      Path jar = Path.of(BenchSymbolic.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI());
      Path up = jar.getParent() == null ? null : jar.getParent().getParent();
      return up != null && up.getParent() != null ? up.getParent() : Path.of(".");
    } catch (java.net.URISyntaxException | SecurityException e) {
      return Path.of(".");
    }
  }

  private Map<String, Double> sympy() {
    Map<String, Double> out = new LinkedHashMap<>();
    Path script = root().resolve("bench").resolve("sympy_symbolic.py");
    if (!Files.exists(script)) {
      System.out.println("note: " + script + " not found; SymPy not measured");
      return out;
    }
    try {
      Process p = new ProcessBuilder("python3", script.toString(), String.valueOf(repeats))
          .redirectErrorStream(true).start();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
          StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          String[] parts = line.trim().split(" ");
          if (parts.length == 2 && parts[1].matches("[0-9.eE+-]+")) {
            out.put(parts[0], Double.parseDouble(parts[1]));
          } else {
            System.out.println("sympy: " + line);
          }
        }
      }
      p.waitFor();
    } catch (java.io.IOException e) {
      System.out.println("note: python3 not runnable (" + e.getMessage() + "); SymPy not measured");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return out;
  }
}

package gradlab.cli;

import gradlab.cli.SymbolicComparison.Task;
import gradlab.math.Algebra;
import gradlab.math.Differentiation;
import gradlab.math.Environment;
import gradlab.math.Expression;
import gradlab.math.MathFunction;
import gradlab.math.Parser;
import gradlab.math.Sym;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gradlab bench symbolic}: native differentiation (gradlab.math) against SymPy
 * ({@code bench/sympy_symbolic.py}), alternately, round after round, on the same tasks: the
 * depth-8 sigmoid chain (∂C/∂b₁ and the 17-parameter gradient of the nested form, and the
 * gradient through definitions), the 10th derivative of sin(sin(sin(sin x))), and depth 20.
 * Each side reports the median of its repeats per round; gradlab's tasks are warmed up first
 * (the JIT), SymPy's cache is cleared before each repeat. The report is
 * {@link SymbolicComparison}'s.
 */
@Command(name = "symbolic", description = "Native differentiation vs SymPy, alternating rounds.")
final class BenchSymbolic implements Callable<Integer> {
  @Option(names = "--rounds", defaultValue = "3", description = "alternating rounds (3)")
  int rounds;

  @Option(names = "--repeats", defaultValue = "7", description = "timed repeats per round (7)")
  int repeats;

  @Option(names = "--python", defaultValue = "python3", description = "the Python with SymPy")
  String python;

  @Override
  public Integer call() {
    if (rounds < 1 || repeats < 1) {
      System.err.println("error: --rounds and --repeats must be at least 1; hint: --rounds 3");
      return 2;
    }
    Path script = root().resolve("bench").resolve("sympy_symbolic.py");
    if (!Files.exists(script)) {
      System.err.println("error: " + script + " not found; hint: run from a gradlab checkout");
      return 2;
    }
    Map<Task, Supplier<Object>> tasks = tasks();
    warmUp(tasks);
    System.out.printf(Locale.ROOT, "gradlab bench symbolic --rounds %d --repeats %d%n%s UTC; %d "
        + "cores, load average %.1f at start; medians of %d repeats per round after 100 "
        + "warm-up runs (SymPy: as many as fit in 20 s, at least one); each round: gradlab, then SymPy (%s %s)%n", rounds,
        repeats, ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern(
            "yyyy-MM-dd HH:mm:ss")), Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), repeats, python,
        script);
    try {
      SymbolicComparison.run(rounds, round -> measure(tasks), round -> sympy(script),
          System.out);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      System.err.println("error: " + e.getMessage());
      return 1;
    }
    System.out.println(depthLine());
    return 0;
  }

  /** The tasks on gradlab's side, built once; each call differentiates afresh. */
  static Map<Task, Supplier<Object>> tasks() {
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
    Expression sin4 = Parser.parse("sin(sin(sin(sin(x))))");
    Expression depth20 = sigmaChain(20);
    Map<Task, Supplier<Object>> tasks = new EnumMap<>(Task.class);
    tasks.put(Task.NESTED_DB1, () -> Differentiation.derivative(nested, "b1",
        Environment.EMPTY));
    tasks.put(Task.NESTED_GRADIENT, () -> params.stream()
        .map(p -> Differentiation.derivative(nested, p, Environment.EMPTY)).toList());
    tasks.put(Task.DEFINITIONS_GRADIENT, () -> params.stream()
        .map(p -> Differentiation.derivative(new Sym("C"), p, defs)).toList());
    tasks.put(Task.SIN4_10TH, () -> {
      Expression d = sin4;
      for (int i = 0; i < 10; i++) {
        d = Differentiation.derivative(d, "x", Environment.EMPTY);
      }
      return d;
    });
    tasks.put(Task.SIGMA_DEPTH20, () -> Differentiation.derivative(depth20, "x",
        Environment.EMPTY));
    return tasks;
  }

  /** σ(σ(…σ(x)…)), {@code depth} times. */
  static Expression sigmaChain(int depth) {
    Expression e = new Sym("x");
    for (int i = 0; i < depth; i++) {
      e = Algebra.call(MathFunction.SIGMOID, e);
    }
    return e;
  }

  /**
   * Each task run at least 100 times and for at least a second (at most 10 s), so that the
   * JIT has compiled it and the heap has grown to its working size; a first round measured after
   * half a second alone was up to 27 times slower than the third on a loaded machine.
   */
  private static void warmUp(Map<Task, Supplier<Object>> tasks) {
    for (Supplier<Object> task : tasks.values()) {
      long start = System.nanoTime();
      for (int i = 0; i < 100 || System.nanoTime() - start < 1_000_000_000L; i++) {
        task.get();
        if (System.nanoTime() - start > 10_000_000_000L) {
          break;
        }
      }
    }
  }

  private Map<Task, Double> measure(Map<Task, Supplier<Object>> tasks) {
    Map<Task, Double> ms = new EnumMap<>(Task.class);
    tasks.forEach((t, task) -> {
      double[] times = new double[repeats];
      for (int i = 0; i < repeats; i++) {
        long t0 = System.nanoTime();
        task.get();
        times[i] = (System.nanoTime() - t0) / 1e6;
      }
      Arrays.sort(times);
      ms.put(t, times[repeats / 2]);
    });
    return ms;
  }

  private Map<Task, Double> sympy(Path script) {
    try {
      Process p = new ProcessBuilder(python, script.toString(), String.valueOf(repeats), "20")
          .redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor();
      return SymbolicComparison.parse(out);
    } catch (IOException e) {
      throw new UncheckedIOException(python + " not runnable (" + e.getMessage() + "); hint: "
          + "install python3-sympy, or name a Python with --python", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalArgumentException("interrupted while SymPy ran", e);
    }
  }

  /** The size of d/dx σ∘…∘σ at depths 10, 20, 40: distinct nodes, growing linearly. */
  private static String depthLine() {
    StringBuilder line = new StringBuilder("σ∘…∘σ, distinct nodes of the first derivative:");
    for (int depth : new int[] {10, 20, 40}) {
      Expression d = Differentiation.derivative(sigmaChain(depth), "x", Environment.EMPTY);
      line.append(String.format(Locale.ROOT, " depth %d: %d;", depth,
          gradlab.math.NodeCount.distinct(d)));
    }
    return line.substring(0, line.length() - 1);
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
}

package gradlab.symbolic;

import gradlab.math.MathFunction;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Evaluates a {@link Program} over many points. Points are processed in blocks of
 * {@value #BLOCK}, so all registers of a block stay in cache; with {@code parallel} the points
 * are split into one contiguous run per core. Thread-safe: every call has its own workspace.
 */
public final class CompiledFunction {
  static final int BLOCK = 256;
  private final Program program;
  private final Instruction[] code;
  private final int[] outputs;

  public CompiledFunction(Program program) {
    this.program = program;
    this.code = program.code().toArray(Instruction[]::new);
    this.outputs = program.outputs();
  }

  public Program program() {
    return program;
  }

  /** The outputs at one point, given the inputs in {@link Program#inputs()} order. */
  public double[] at(double... point) {
    double[][] cols = new double[point.length][1];
    for (int i = 0; i < point.length; i++) {
      cols[i][0] = point[i];
    }
    double[][] out = evaluate(cols, false);
    double[] r = new double[out.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = out[i][0];
    }
    return r;
  }

  /**
   * @param inputs one column per input, all of the same length N
   * @param parallel whether to split the points over the common fork-join pool
   * @return one column of N values per output
   */
  public double[][] evaluate(double[][] inputs, boolean parallel) {
    List<String> names = program.inputs();
    if (inputs.length != names.size()) {
      throw new IllegalArgumentException("expected " + names.size() + " input columns " + names
          + ", got " + inputs.length);
    }
    int n = inputs.length == 0 ? 1 : inputs[0].length;
    double[][] out = new double[outputs.length][n];
    int blocks = (n + BLOCK - 1) / BLOCK;
    int tasks = parallel ? Math.min(blocks, Runtime.getRuntime().availableProcessors()) : 1;
    // one contiguous run of blocks per task, each with its own workspace; the calling thread
    // takes the first run (the common pool has only cores − 1 workers)
    List<CompletableFuture<Void>> rest = IntStream.range(1, tasks).mapToObj(t ->
        CompletableFuture.runAsync(() -> chunk(inputs, out, blocks * t / tasks,
            blocks * (t + 1) / tasks, n), ForkJoinPool.commonPool())).toList();
    chunk(inputs, out, 0, blocks / tasks, n);
    rest.forEach(CompletableFuture::join);
    return out;
  }

  /** Blocks [first, last) with one workspace: no allocation per block. */
  private void chunk(double[][] in, double[][] out, int first, int last, int n) {
    double[][] r = new double[code.length][BLOCK];
    for (int i = 0; i < code.length; i++) {
      if (code[i].op() == Instruction.Opcode.CONST) {
        java.util.Arrays.fill(r[i], code[i].constant());
      }
    }
    for (int blk = first; blk < last; blk++) {
      int from = blk * BLOCK;
      block(in, out, r, from, Math.min(n, from + BLOCK));
    }
  }

  /** Runs the program on points [from, to) into workspace r (mutated), then copies outputs. */
  private void block(double[][] in, double[][] out, double[][] r, int from, int to) {
    int len = to - from;
    for (int i = 0; i < code.length; i++) {
      Instruction ins = code[i];
      double[] v = r[i];
      switch (ins.op()) {
        case INPUT -> System.arraycopy(in[ins.a()], from, v, 0, len);
        case CONST -> { }
        case ADD -> {
          double[] a = r[ins.a()];
          double[] b = r[ins.b()];
          for (int k = 0; k < len; k++) {
            v[k] = a[k] + b[k];
          }
        }
        case MUL -> {
          double[] a = r[ins.a()];
          double[] b = r[ins.b()];
          for (int k = 0; k < len; k++) {
            v[k] = a[k] * b[k];
          }
        }
        case POWC -> {
          double[] a = r[ins.a()];
          double p = ins.constant();
          for (int k = 0; k < len; k++) {
            v[k] = p == -1 ? 1 / a[k] : p == 0.5 ? Math.sqrt(a[k]) : Math.pow(a[k], p);
          }
        }
        case POW -> {
          double[] a = r[ins.a()];
          double[] b = r[ins.b()];
          for (int k = 0; k < len; k++) {
            v[k] = Math.pow(a[k], b[k]);
          }
        }
        case CALL -> call(ins, r, v, len);
        case SELECT -> {
          double[] cond = r[ins.a()];
          double[] yes = r[ins.b()];
          double[] no = r[ins.c()];
          for (int k = 0; k < len; k++) {
            v[k] = cond[k] > 0 ? yes[k] : no[k];
          }
        }
      }
    }
    for (int o = 0; o < outputs.length; o++) {
      System.arraycopy(r[outputs[o]], 0, out[o], from, len);
    }
  }

  /** A catalogue function per point; exp and σ (the common ones) inline, the rest by the catalogue. */
  private static void call(Instruction ins, double[][] r, double[] v, int len) {
    double[] a = r[ins.a()];
    MathFunction f = ins.function();
    if (ins.b() >= 0) {
      double[] b = r[ins.b()];
      for (int k = 0; k < len; k++) {
        v[k] = f.apply(a[k], b[k]);
      }
      return;
    }
    switch (f) {
      case EXP -> {
        for (int k = 0; k < len; k++) {
          v[k] = Math.exp(a[k]);
        }
      }
      default -> map(a, v, len, f.valueOperator());
    }
  }

  private static void map(double[] a, double[] v, int len,
      java.util.function.DoubleUnaryOperator f) {
    for (int k = 0; k < len; k++) {
      v[k] = f.applyAsDouble(a[k]);
    }
  }
}

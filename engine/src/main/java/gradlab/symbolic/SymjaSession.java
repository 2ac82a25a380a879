package gradlab.symbolic;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.eval.ExprEvaluator;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.parser.client.SyntaxError;

/**
 * One engine's Symja evaluator: started with the engine's limits and message sink, started
 * again after a stop that did not end in time (a new generation, whose symbols are not the old
 * one's), asked to stop from any thread, and used to parse and evaluate on the engine thread,
 * where no evaluation starts once a stop was asked for.
 * Mutable: {@link #startInPlace} replaces the evaluator.
 */
final class SymjaSession {
  private final BooleanSupplier stopped;
  private volatile ExprEvaluator evaluator;
  private volatile int generation;

  /** {@code stopped}: whether a stop of the engine thread's task was asked for. */
  SymjaSession(BooleanSupplier stopped) {
    this.stopped = stopped;
  }

  /** Starts a new evaluator (on the engine thread); the old one's symbols are gone. */
  void startInPlace(EngineConfig config, PrintStream sink) {
    generation++;
    ExprEvaluator ev = new ExprEvaluator(true, (short) 1);
    EvalEngine e = ev.getEvalEngine();
    e.setOutPrintStream(sink);
    e.setErrorPrintStream(sink);
    e.setIterationLimit(config.iterationLimit());
    e.setRecursionLimit(config.recursionLimit());
    evaluator = ev;
  }

  /**
   * How many evaluators this engine has started: a restart after a stop that did not end in
   * time starts a new one, whose symbols are not the old one's (a bridge built before it must be
   * built again).
   */
  int generation() {
    return generation;
  }

  /** Asks the evaluation in progress to stop; from any thread. */
  void requestStop() {
    ExprEvaluator ev = evaluator;
    if (ev != null) {
      ev.getEvalEngine().stopRequest();
    }
  }

  void clearStopRequest() {
    if (evaluator != null) {
      evaluator.getEvalEngine().setStopRequested(false);
    }
  }

  IExpr eval(IExpr e) {
    throwIfStopped();
    IExpr r = evaluator.eval(e);
    throwIfStopped();
    return r;
  }

  IExpr eval(String symjaInput) {
    throwIfStopped();
    IExpr r = evaluator.eval(PrimeFreeInput.of(symjaInput));
    throwIfStopped();
    return r;
  }

  /**
   * Every evaluation on the engine thread starts and ends here: once a stop was asked for, no
   * further evaluation of the task starts. Symja resets its own stop flag at each top-level
   * evaluation, so a caller that catches the stopped evaluation's exception and goes on (a loop
   * over sample points) would otherwise run on past its budget.
   */
  private void throwIfStopped() {
    if (stopped.getAsBoolean() || Thread.currentThread().isInterrupted()) {
      throw new EvaluationTimeoutException(Duration.ZERO);
    }
  }

  /** The library's function {@code function} applied to the arguments, evaluated. */
  IExpr apply(String function, IExpr... args) {
    return eval(F.function(F.symbol(function), args));
  }

  /**
   * Every parse goes through {@link PrimeFreeInput}: the library binds a prime more loosely than
   * a product, so {@code 2*f'(x)^2} typed or read back was {@code (2*f'(x))^2} = 4·f′(x)².
   */
  IExpr parse(String symjaInput) {
    return evaluator.parse(PrimeFreeInput.of(symjaInput));
  }

  /** The user's input, normalised, parsed; a {@link MathSyntaxException} where it cannot be. */
  IExpr parseInput(String original, String normalised) {
    try {
      String escaped = SymjaNames.escapeNames(normalised);
      String primeFree = PrimeFreeInput.of(escaped);
      try {
        return evaluator.parse(primeFree);
      } catch (RuntimeException e) { // SyntaxError among them
        if (!primeFree.equals(escaped)) {
          evaluator.parse(escaped); // the error, with its column, in the text as written
        }
        throw e;
      }
    } catch (SyntaxError e) {
      throw MathSyntaxException.from(original, normalised, e);
    } catch (RuntimeException e) {
      throw new MathSyntaxException(original, Math.max(0, original.length() - 1),
          String.valueOf(e.getMessage()), "check brackets and operators");
    }
  }
}

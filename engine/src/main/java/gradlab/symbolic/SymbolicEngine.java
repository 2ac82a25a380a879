package gradlab.symbolic;

import gradlab.math.Expression;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.eval.ExprEvaluator;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.parser.client.SyntaxError;

/**
 * The adapter over Symja. All Symja work of one engine runs on the engine's own daemon thread,
 * which owns Symja's per-thread {@code EvalEngine}; callers on any thread (JShell snippets run on
 * a fresh thread each) get the same session. Every call is bounded by
 * {@link EngineConfig#timeLimit()} and can be stopped from another thread with
 * {@link #interrupt()}.
 *
 * <p>Thread-safe: calls are serialised on the engine thread. Not re-entrant across engines.
 */
public final class SymbolicEngine implements AutoCloseable {
  private static final Duration STARTUP_LIMIT = Duration.ofSeconds(120);
  private volatile EngineConfig config;
  private final EngineThread thread;
  private final EngineNotes notes = new EngineNotes();
  private volatile ExprEvaluator evaluator;
  private volatile int generation;
  private TreeBridge bridge; // made and used on the engine thread only
  private final AtomicLong treesMade = new AtomicLong();
  private final AtomicLong treesRefused = new AtomicLong();
  /** Longer names taken as unspecified functions, like f ({@link #declareFunctionInPlace}). */
  private final java.util.Set<String> declaredFunctions =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  private SymbolicEngine(EngineConfig config) {
    this.config = config;
    this.thread = new EngineThread(this::requestStop, this::clearStopRequest, this::restart,
        EngineFailures::translate);
  }

  private void requestStop() {
    ExprEvaluator ev = evaluator;
    if (ev != null) {
      ev.getEvalEngine().stopRequest();
    }
  }

  private void clearStopRequest() {
    if (evaluator != null) {
      evaluator.getEvalEngine().setStopRequested(false);
    }
  }

  private void restart() {
    call(this::startEvaluator, STARTUP_LIMIT);
    note("the algebra engine did not stop in time and was restarted (definitions are kept)");
  }

  /** Creates an engine and defines the activation calculus in it. Takes about 2 s cold. */
  public static SymbolicEngine create(EngineConfig config) {
    SymjaRuntime.ensureInitialised();
    SymbolicEngine engine = new SymbolicEngine(config);
    // Symja's own start-up (about 2 s cold) is not bound by the evaluation time limit
    engine.call(engine::startEvaluator, STARTUP_LIMIT);
    return engine;
  }

  /**
   * How many evaluators this engine has started: a restart after a stop that did not end in
   * time starts a new one, whose symbols are not the old one's (a bridge built before it must be
   * built again).
   */
  int generation() {
    return generation;
  }

  private Void startEvaluator() {
    generation++;
    bridge = null; // the old evaluator's symbols: built again on first use
    ExprEvaluator ev = new ExprEvaluator(true, (short) 1);
    EvalEngine e = ev.getEvalEngine();
    PrintStream sink = notes.sink();
    e.setOutPrintStream(sink);
    e.setErrorPrintStream(sink);
    e.setIterationLimit(config.iterationLimit());
    e.setRecursionLimit(config.recursionLimit());
    evaluator = ev;
    ActivationCalculus.install(this);
    return null;
  }

  public EngineConfig config() {
    return config;
  }

  /** Changes the time limit of later evaluations (the console's :timeout). Mutates this engine. */
  public void setTimeLimitInPlace(Duration limit) {
    config = config.withTimeLimit(limit);
  }

  /** Parses without evaluating. Accepts the friendly syntax and Symja's syntax. */
  public Expr parse(String input) {
    String normalised = InputForm.normalise(input);
    return new Expr(call(() -> FunctionAliases.rename(parseRaw(input, normalised), this)));
  }

  /**
   * Parses and evaluates, with the friendly functions ({@code maximize}, {@code subs}, …).
   *
   * @throws ArithmeticException on a division by zero (see {@link DivisionByZero})
   */
  public Expr eval(String input) {
    String normalised = InputForm.normalise(input);
    return new Expr(call(() -> {
      IExpr parsed = FunctionAliases.rename(parseRaw(input, normalised), this);
      UnknownNames.check(input, parsed, declaredFunctions);
      int mark = notes.mark();
      IExpr result = ActivationCalculus.tidy(evalRaw(FriendlyFunctions.expand(parsed, this)),
          this);
      if (DivisionByZero.happened(result, notes.since(mark))) {
        notes.dropSinceInPlace(mark); // the error says it; no note about an infinite expression
        throw DivisionByZero.error(input);
      }
      return result;
    }));
  }

  /**
   * Takes {@code name} as an unspecified function from now on, as {@code f} and {@code g2} are,
   * though longer than such names: the derivation checker's {@code h_\theta(x)} (htheta), a
   * function whose rule the caller keeps and applies itself. Mutates this engine.
   */
  public void declareFunctionInPlace(String name) {
    declaredFunctions.add(name);
  }

  /** Evaluates an expression again, for example after new definitions were made. */
  public Expr eval(Expr e) {
    return new Expr(call(() -> evalRaw(e.raw())));
  }

  /** ∂e/∂var, with activations kept in named form (σ′, not exponentials). */
  public Expr diff(Expr e, String var) {
    return new Expr(call(() -> ActivationCalculus.tidy(evalRaw(F.D(e.raw(), sym(var))), this)));
  }

  /** The rule for a function a text defines, {@code name(parameters) = body}. */
  public FunctionRule functionRule(String name, List<String> parameters, Expr body) {
    return new FunctionRule(name, parameters, body, null);
  }

  /** Rewrites every call of the rules' functions (and their derivatives) until none is left. */
  public Expr applyRules(Expr e, List<FunctionRule> rules) {
    if (rules.isEmpty()) {
      return e;
    }
    List<String> all = new ArrayList<>();
    rules.forEach(r -> all.addAll(r.engineRules()));
    String input = e.input();
    if (!input.contains("'")) {
      return eval("ReplaceRepeated(" + input + ", {" + String.join(",", all) + "})");
    }
    // a derivative in prime form does not survive its input form read back (eta*f'(x)^2 came
    // back as 4η²x² for f′(x) = 2x): the parsed rules are applied to e's tree
    Expr rulesList = parse("{" + String.join(",", all) + "}");
    return new Expr(call(() -> ActivationCalculus.tidy(evalRaw(F.ReplaceRepeated(e.raw(),
        rulesList.raw())), this)));
  }

  /**
   * Carries out every deferred derivative {@code marker(body, var)} in {@code e}: each becomes
   * ∂body/∂var. The checker's reader writes d/dx of a formula that way until its names are known.
   */
  public Expr differentiateMarked(Expr e, String marker) {
    if (!e.input().contains(marker + "(")) {
      return e;
    }
    // innermost first, so that a second derivative dd(dd(f, x), y) is taken (then a rule of
    // the outer one sees no marker in its body)
    Expr out = e;
    for (int k = 0; k < 4 && out.input().contains(marker + "("); k++) {
      out = eval("ReplaceAll(" + out.input() + ", " + marker + "(body_?(FreeQ(#, " + marker
          + ")&), var_) :> D(body, var))");
    }
    return out;
  }

  /**
   * Each {@code marker(body, x, x0)} in {@code e} replaced by the limit of body as x → x₀, taken
   * by the library and checked back numerically ({@link MarkedLimits}); throws where it cannot.
   */
  public Expr limitsMarked(Expr e, String marker) {
    if (!e.input().contains(marker + "(")) {
      return e;
    }
    return new Expr(call(() -> MarkedLimits.take(this, e.raw(), marker)));
  }

  /**
   * Simplifies within {@link EngineConfig#simplifyLimit()}. On timeout returns the input and
   * records a note (see {@link #drainNotes()}).
   */
  public Expr simplify(Expr e) {
    return new Expr(call(() -> simplifyRaw(e.raw())));
  }

  /** Derivatives of activations in named form: σ′(u) → σ(u)(1 − σ(u)), ReLU′ → H. */
  public Expr named(Expr e) {
    return new Expr(call(() -> ActivationCalculus.expandDerivatives(e.raw(), this)));
  }

  /** The global maximum (or minimum) over the real line; see {@link Extremum#method()}. */
  public Extremum maximize(Expr e, String var, boolean minimize) {
    return call(() -> Maximizer.maximize(e.raw(), var, minimize, this));
  }

  /** Replaces each named symbol by an expression, then evaluates. */
  public Expr substitute(Expr e, Map<String, Expr> values) {
    return new Expr(call(() -> evalRaw(substituteRaw(e.raw(), values))));
  }

  /**
   * The numerical value of {@code e} after substituting {@code values}; activations and their
   * derivatives of any order are evaluated, eˣ as {@code Math.exp} (not a power of a rounded e).
   * Throws if free symbols remain. A value that the double evaluation loses is what the algebra
   * engine's own numerics give (see {@link #value} for one that is never lost).
   */
  public double numeric(Expr e, Map<String, Double> values) {
    return call(() -> {
      Optional<Expression> t = treeRaw(e.raw());
      if (t.isPresent()) {
        try {
          double d = gradlab.math.Numeric.value(t.get(), values, gradlab.math.Environment.EMPTY);
          if (Double.isFinite(d)) {
            return d;
          }
        } catch (ArithmeticException | IllegalArgumentException lost) {
          // the algebra engine's numerics below decide, as before
        }
      }
      return numericRaw(e, values);
    });
  }

  /**
   * As {@link #numeric}, but a value that the double evaluation loses to overflow or underflow
   * (σ(−800), softplus(710), log σ(−800)) is computed at higher precision and rounded to the
   * nearest double, as the console's {@code N} does; {@code Lab.num} gives this one.
   */
  public double value(Expr e, Map<String, Double> values) {
    return call(() -> {
      Optional<Expression> t = treeRaw(e.raw());
      return t.isPresent() ? PointValue.at(t.get(), values) : numericRaw(e, values);
    });
  }

  private double numericRaw(Expr e, Map<String, Double> values) {
    IExpr v = evalRaw(F.N(ActivationCalculus.expandDerivatives(
        substituteRaw(e.raw(), toExprs(values)), this)));
    if (!v.isReal() && !v.isNumber()) {
      java.util.Set<String> free = InputForm.symbolsOf(v);
      throw new IllegalArgumentException(free.isEmpty()
          ? "no finite value at this point (it overflows the numbers this evaluation uses)"
          : "not a number after substitution: no value for " + String.join(", ", free)
              + "; hint: give each a value, e.g. num(f, \"x\", 1.0)");
    }
    return v.isReal() ? v.evalf() : Double.NaN;
  }

  /**
   * The expression as a math-language tree, for evaluation without Symja ({@code
   * gradlab.math.Numeric}, {@code PreciseNumeric}); empty when it has a head the math language
   * does not have (an undefined function, a held derivative of one). A translation only: nothing
   * is evaluated. Counted in {@link #treeUse()}.
   */
  public Optional<Expression> tree(Expr e) {
    return call(() -> treeRaw(e.raw()));
  }

  /** How many expressions {@link #tree} translated, and how many it could not. */
  public long[] treeUse() {
    return new long[] {treesMade.get(), treesRefused.get()};
  }

  Optional<Expression> treeRaw(IExpr e) {
    if (bridge == null) {
      bridge = new TreeBridge(this);
    }
    try {
      Expression t = bridge.fromSymja(e);
      if (TreeBridge.isPlain(t)) {
        treesMade.incrementAndGet();
        return Optional.of(t);
      }
    } catch (RuntimeException ex) {
      if (ex instanceof EvaluationTimeoutException) {
        throw ex;
      }
    }
    treesRefused.incrementAndGet();
    return Optional.empty();
  }

  /** The user symbols of an expression, in order of appearance (activations excluded). */
  public java.util.Set<String> freeSymbols(Expr e) {
    return InputForm.symbolsOf(e.raw());
  }

  /** Function and activation names the friendly syntax knows, for completion and suggestions. */
  public static java.util.List<String> knownNames() {
    java.util.List<String> out = new java.util.ArrayList<>(UnknownNames.KNOWN);
    for (String n : gradlab.math.Catalogue.names()) {
      if (!out.contains(n) && n.chars().allMatch(c -> c < 128)) {
        out.add(n);
      }
    }
    return out;
  }

  /** A symbol by name ({@code "w1"}, {@code "sigma"}). */
  public Expr symbol(String name) {
    // on the engine thread: Symja keeps user symbols per thread context
    return new Expr(call(() -> SymjaNames.symbol(InputForm.normalise(name))));
  }

  /** Applies a Symja function by name to arguments and evaluates, e.g. {@code ("Together", e)}. */
  public Expr apply(String function, Expr... args) {
    return new Expr(call(() -> {
      IExpr[] raw = new IExpr[args.length];
      for (int i = 0; i < args.length; i++) {
        raw[i] = args[i].raw();
      }
      return evalRaw(F.function(F.symbol(function), raw));
    }));
  }

  /** Stops the evaluation in progress, if any; it ends with {@link EvaluationTimeoutException}. */
  public void interrupt() {
    thread.interrupt();
  }

  /**
   * Stops the evaluation in progress and waits until the engine thread has nothing left to do.
   * Returns whether it became idle within {@code max}; when not, the thread still runs and later
   * calls wait for it.
   */
  public boolean stopAndAwaitIdle(Duration max) {
    return thread.stopAndAwaitIdle(max);
  }

  /** Notes collected since the last call: Symja's messages and simplification timeouts. */
  public List<String> drainNotes() {
    return notes.drainInPlace();
  }

  @Override
  public void close() {
    thread.close();
  }

  // ---- package-private helpers; callers must already be on the engine thread ----

  IExpr evalRaw(IExpr e) {
    throwIfStopped();
    IExpr r = evaluator.eval(e);
    throwIfStopped();
    return r;
  }

  IExpr evalRaw(String symjaInput) {
    throwIfStopped();
    IExpr r = evaluator.eval(symjaInput);
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
    if (thread.stopped() || Thread.currentThread().isInterrupted()) {
      throw new EvaluationTimeoutException(Duration.ZERO);
    }
  }

  IExpr parseSymja(String symjaInput) {
    return evaluator.parse(symjaInput);
  }

  IExpr sym(String name) {
    return SymjaNames.symbol(name);
  }

  /** Where the library's messages end now; see {@link #dropMessagesSince(int)}. */
  int messageMark() {
    return notes.mark();
  }

  /** Forgets the library's messages after {@code mark}: steps of ours that replaced them. */
  void dropMessagesSince(int mark) {
    notes.dropSinceInPlace(mark);
  }

  /** A note for the user about how their input was read; shown with the result. */
  public void remark(String note) {
    note(note);
  }

  void note(String note) {
    notes.addInPlace(note);
  }

  IExpr simplifyRaw(IExpr e) {
    long ms = config.simplifyLimit().toMillis();
    IExpr r = evalRaw(F.function(F.symbol("TimeConstrained"),
        F.function(F.symbol("Simplify"), e), F.num(ms / 1000.0), F.symbol("$Aborted")));
    if (r.toString().equals("$Aborted")) {
      notes.dropMessagesInPlace();
      note("simplification stopped after " + ms + " ms; result left unsimplified");
      return e;
    }
    return ActivationCalculus.tidy(r, this);
  }

  IExpr substituteRaw(IExpr e, Map<String, Expr> values) {
    IExpr out = e;
    for (Map.Entry<String, Expr> v : values.entrySet()) {
      out = out.replaceAll(F.Rule(SymjaNames.symbol(v.getKey()), v.getValue().raw())).orElse(out);
    }
    return out;
  }

  private static Map<String, Expr> toExprs(Map<String, Double> values) {
    Map<String, Expr> m = new java.util.LinkedHashMap<>();
    values.forEach((k, v) -> m.put(k, new Expr(F.num(v))));
    return m;
  }

  private IExpr parseRaw(String original, String normalised) {
    try {
      return evaluator.parse(SymjaNames.escapeNames(normalised));
    } catch (SyntaxError e) {
      throw MathSyntaxException.from(original, normalised, e);
    } catch (RuntimeException e) {
      throw new MathSyntaxException(original, Math.max(0, original.length() - 1),
          String.valueOf(e.getMessage()), "check brackets and operators");
    }
  }

  /**
   * Runs on the engine thread with the time limit; direct when already on it. A stopped
   * evaluation (time limit or {@link #interrupt()}) throws {@link EvaluationTimeoutException};
   * if the engine thread does not come back soon after, the engine is restarted with a note.
   */
  <T> T call(Callable<T> task) {
    return call(task, config.timeLimit());
  }

  <T> T call(Callable<T> task, Duration limit) {
    return thread.call(task, limit);
  }
}

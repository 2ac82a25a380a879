package gradlab.symbolic;

import gradlab.math.Expression;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The adapter over Symja. All Symja work of one engine runs on the engine's own daemon thread,
 * which owns Symja's per-thread {@code EvalEngine}; callers on any thread (JShell snippets run on
 * a fresh thread each) get the same session. Every call is bounded by {@link
 * EngineConfig#timeLimit()} and can be stopped from another thread ({@link #interrupt()}).
 *
 * <p>Thread-safe: calls are serialised on the engine thread. Not re-entrant across engines.
 */
public final class SymbolicEngine implements AutoCloseable {
  private static final Duration STARTUP_LIMIT = Duration.ofSeconds(120);
  private volatile EngineConfig config;
  private final EngineThread thread;
  private final EngineNotes notes = new EngineNotes();
  private final SymjaSession session;
  private final TreeTranslation trees = new TreeTranslation(this);
  private final InputEvaluation inputs;

  private SymbolicEngine(EngineConfig config) {
    this.config = config;
    this.session = new SymjaSession(this::stopRequested);
    this.inputs = new InputEvaluation(this, session, notes);
    this.thread = new EngineThread(session::requestStop, session::clearStopRequest,
        this::restart, EngineFailures::translate);
  }

  private boolean stopRequested() {
    return thread.stopped();
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

  /** See {@link SymjaSession#generation()}; a checker's results watch it for a restart. */
  public int generation() {
    return session.generation();
  }

  private Void startEvaluator() {
    session.startInPlace(config, notes.sink());
    trees.forgetInPlace(); // the old evaluator's symbols: built again on first use
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
    return new Expr(call(() -> inputs.parse(input, normalised)));
  }

  /**
   * Parses and evaluates, with the friendly functions ({@code maximize}, {@code subs}, …).
   *
   * @throws ArithmeticException on a division by zero (see {@link DivisionByZero})
   */
  public Expr eval(String input) {
    String normalised = InputForm.normalise(input);
    return new Expr(call(() -> inputs.eval(input, normalised)));
  }

  /**
   * Takes {@code name} as an unspecified function from now on, as f and g2 are, though longer
   * (the checker's h_θ(x), softsign(x)); the caller keeps its rule. Mutates this engine.
   */
  public void declareFunctionInPlace(String name) {
    inputs.declareFunctionInPlace(name);
  }

  /** Whether {@link #declareFunctionInPlace} took {@code name}. */
  public boolean declaresFunction(String name) {
    return inputs.declaresFunction(name);
  }

  /** Evaluates an expression again, for example after new definitions were made. */
  public Expr eval(Expr e) {
    return new Expr(call(() -> evalRaw(raw(e))));
  }

  /** ∂e/∂var, with activations kept in named form (σ′, not exponentials). */
  public Expr diff(Expr e, String var) {
    return new Expr(call(() -> ActivationCalculus.tidy(evalRaw(F.D(raw(e),
        SymjaNames.symbol(var))), this)));
  }

  /** The rule for a function a text defines, {@code name(parameters) = body}. */
  public FunctionRule functionRule(String name, List<String> parameters, Expr body) {
    return new FunctionRule(name, parameters, body, null);
  }

  /** Rewrites every call of the rules' functions (and their derivatives) until none is left. */
  public Expr applyRules(Expr e, List<FunctionRule> rules) {
    return RuleRewriting.applyRules(this, e, rules);
  }

  /**
   * Carries out every deferred derivative {@code marker(body, var)} in {@code e}: each becomes
   * ∂body/∂var. The checker's reader writes d/dx of a formula that way until its names are known.
   */
  public Expr differentiateMarked(Expr e, String marker) {
    return RuleRewriting.differentiateMarked(this, e, marker);
  }

  /**
   * Each {@code marker(body, x, x0)} in {@code e} replaced by the limit of body as x → x₀, taken
   * by the library and checked back numerically ({@link MarkedLimits}); throws where it cannot.
   */
  public Expr limitsMarked(Expr e, String marker) {
    return RuleRewriting.limitsMarked(this, e, marker);
  }

  /**
   * Simplifies within {@link EngineConfig#simplifyLimit()}. On timeout returns the input and
   * records a note (see {@link #drainNotes()}).
   */
  public Expr simplify(Expr e) {
    return new Expr(call(() -> simplifyRaw(raw(e))));
  }

  /** Derivatives of activations in named form: σ′(u) → σ(u)(1 − σ(u)), ReLU′ → H. */
  public Expr named(Expr e) {
    return new Expr(call(() -> ActivationCalculus.expandDerivatives(raw(e), this)));
  }

  /** The global maximum (or minimum) over the real line; see {@link Extremum#method()}. */
  public Extremum maximize(Expr e, String var, boolean minimize) {
    return call(() -> Maximizer.maximize(raw(e), var, minimize, this));
  }

  /** Replaces each named symbol by an expression, then evaluates. */
  public Expr substitute(Expr e, Map<String, Expr> values) {
    return new Expr(call(() -> evalRaw(substituteRaw(raw(e), values))));
  }

  /**
   * The numerical value of {@code e} after substituting {@code values}; activations and their
   * derivatives of any order are evaluated, eˣ as {@code Math.exp} (not a power of a rounded e).
   * Throws if free symbols remain. A value that the double evaluation loses is what the algebra
   * engine's own numerics give (see {@link #value} for one that is never lost).
   */
  public double numeric(Expr e, Map<String, Double> values) {
    return call(() -> NumericValues.numeric(this, e, values));
  }

  /**
   * As {@link #numeric}, but a value that the double evaluation loses to overflow or underflow
   * (σ(−800), softplus(710), log σ(−800)) is computed at higher precision and rounded to the
   * nearest double, as the console's {@code N} does; {@code Lab.num} gives this one.
   */
  public double value(Expr e, Map<String, Double> values) {
    return call(() -> NumericValues.value(this, e, values));
  }

  /**
   * The expression as a math-language tree, for evaluation without Symja ({@code
   * gradlab.math.Numeric}, {@code PreciseNumeric}); empty when it has a head the math language
   * does not have (an undefined function, a held derivative of one). A translation only: nothing
   * is evaluated. Counted in {@link #treeUse()}.
   */
  public Optional<Expression> tree(Expr e) {
    return call(() -> treeRaw(raw(e)));
  }

  /** How many expressions {@link #tree} translated, and how many it could not. */
  public long[] treeUse() {
    return trees.use();
  }

  Optional<Expression> treeRaw(IExpr e) {
    return trees.of(e);
  }

  /** The user symbols of an expression, in order of appearance (activations excluded). */
  public java.util.Set<String> freeSymbols(Expr e) {
    return InputForm.symbolsOf(e.raw());
  }

  /** Function and activation names the friendly syntax knows, for completion and suggestions. */
  public static java.util.List<String> knownNames() {
    return InputEvaluation.knownNames();
  }

  /** A symbol by name ({@code "w1"}, {@code "sigma"}). */
  public Expr symbol(String name) {
    // on the engine thread: Symja keeps user symbols per thread context
    return new Expr(call(() -> SymjaNames.symbol(InputForm.normalise(name))));
  }

  /** Applies a Symja function by name to arguments and evaluates, e.g. {@code ("Together", e)}. */
  public Expr apply(String function, Expr... args) {
    return new Expr(call(() -> session.apply(function, java.util.Arrays.stream(args)
        .map(Expr::raw).toArray(IExpr[]::new))));
  }

  /** Stops the evaluation in progress, if any; it ends with {@link EvaluationTimeoutException}. */
  public void interrupt() {
    thread.interrupt();
  }

  /**
   * Stops the evaluation in progress and waits until the engine thread is idle: whether it was
   * within {@code max} (when not, the engine is restarted, as after a time limit, and its old
   * thread abandoned, so that later calls do not wait for it).
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
    return session.eval(e);
  }

  IExpr evalRaw(String symjaInput) {
    return session.eval(symjaInput);
  }

  IExpr parseSymja(String symjaInput) {
    return session.parse(symjaInput);
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
  public void remark(String note) { note(note); }

  void note(String note) {
    notes.addInPlace(note);
  }

  /** See {@link BoundedSimplify#simplifiedAnotherWayInPlace}. */
  void simplifiedAnotherWayInPlace(boolean toALeaf) {
    BoundedSimplify.simplifiedAnotherWayInPlace(notes, toALeaf);
  }

  IExpr simplifyRaw(IExpr e) {
    return BoundedSimplify.of(this, e, config.simplifyLimit(), notes);
  }

  IExpr substituteRaw(IExpr e, Map<String, Expr> values) {
    return RawSubstitution.of(e, values, this);
  }

  /**
   * The engine form of {@code e} for this evaluator (on the engine thread): as built while no
   * restart happened, else with its names as the current evaluator's symbols
   * ({@link SymbolRebinding}).
   */
  IExpr raw(Expr e) {
    return session.generation() == 1 ? e.raw() : SymbolRebinding.rebind(e.raw());
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
    try {
      return thread.call(task, limit);
    } catch (EvaluationTimeoutException e) {
      // Ctrl-C after a simplification had timed out: the console printed "evaluation
      // interrupted" and then "result left unsimplified" about a result it never showed
      notes.forgetInPlace(BoundedSimplify.NOTE_START);
      throw e;
    }
  }
}

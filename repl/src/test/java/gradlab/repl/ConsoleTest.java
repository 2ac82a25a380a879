package gradlab.repl;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineConfig;
import gradlab.symbolic.SymbolicEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The console as a user meets it: math and Java entries, results and their numbering, help,
 * modes and plots. The console's :check and :audit are in {@link ConsoleCheckAndAuditTest}, its
 * history, autosave, :save and :load in {@link ConsoleSaveAndReplayTest}; this class holds the
 * session fixture they share.
 */
@Timeout(120)
class ConsoleTest {

  static String session(String input) {
    return session(input, null);
  }

  /** A console session over {@code input}, with its history file (null: none); its output. */
  static String session(String input, java.nio.file.Path history) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (SymbolicEngine engine = SymbolicEngine.create(EngineConfig.defaults());
        Console console = Console.overStreams(new ByteArrayInputStream(input.getBytes(
            StandardCharsets.UTF_8)), out, engine, history)) {
      assertThat(console.run()).isZero();
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void definitionsCarryOverToChainRuleDiff() {
    String t = session("z1 = w1*x + b1\nf = w2*sigma(z1)\ndiff(f, b1)\n:quit\n");
    assertThat(t).contains("$1 = z₁ = b₁ + w₁·x").contains("$3 = w₂·σ′(z₁)");
  }

  @Test
  void badInputPrintsAnErrorAndTheLoopGoesOn() {
    String t = session("1 + * 2\n)))\n1+1\n");
    assertThat(t).contains("error: syntax error").contains("$1 = 2");
  }

  @Test
  void anEmptyLineEndsAnEntryWithOpenBracketsAndTheMissingBracketIsNamed() {
    // after sigmoid(2 a student's next nine lines were swallowed into the entry
    String t = session("sigmoid(2\n\n1+1\n");
    assertThat(t).contains("')' expected").contains("$1 = 2");
  }

  @Test
  void texModeTogglesLatexOutput() {
    assertThat(session(":tex\nsqrt(x)/y\n")).contains("$1 = \\frac{\\sqrt{x}}{y}");
  }

  @Test
  void questionMarkOfAJavaNameOrACommandGivesItsHelpNotAMathList() {
    // ?Tensor, ?audit, ?check answered "no documentation" and a list led by Apart, Cancel …
    String t = session("?Tensor\n?audit\n?check\n?nosuchthing\n");
    assertThat(t).contains("Tensor is a Java class (gradlab.tensor.Tensor)")
        .contains(":audit NAME|EXPR").contains("audit in Java").contains("AuditReport audit(")
        .contains(":check").doesNotContain("Apart").doesNotContain("TeXForm")
        .contains("no documentation for 'nosuchthing'");
  }

  @Test
  void varsListsFunctionsToo() {
    String t = session("z = w*x + b\nf(x) = x^2*sigma(x)\n:vars\n");
    assertThat(t).contains("  z = ").contains("  f(x) = x²·σ(x)");
  }

  @Test
  void javaScriptAndPythonSeeTheSameFacade() {
    String t = session(":js lab.diff('x^2', 'x')\n:js var k = 20; k + 1\n:js k * 2\n"
        + ":py lab.diff('sigma(x)', 'x')\n:js Java.type('java.lang.System')\n1+1\n");
    assertThat(t).contains("gradlab> 2x\n").contains("gradlab> 21\n").contains("gradlab> 40\n")
        .contains("gradlab> σ′(x)\n").contains("error: TypeError").contains("$1 = 2");
  }

  @Test
  void helpIsGeneratedFromTheCommandTable() {
    assertThat(session(":help\n:nonsense\n")).contains(":check a = b = c").contains(":audit NAME")
        .contains(":quit").contains("error: unknown command :nonsense");
  }

  @Test
  void openBracketsContinueOnTheNextLine() {
    assertThat(session("diff(sigma(w*x + b),\n b)\n")).contains("$1 = σ′(b + w·x)");
  }

  @Test
  void mathAndJavaResultsShareOneNumberingAndAreUsableFromEachOther() {
    String t = session("diff(x^3, x)\n$1.unicode()\nvar e = $1;\ndouble lr = 0.5;\n"
        + "2 * $lr * q\nMath.sqrt(16)\n$4 + 1\nC = (f - a)^2/2\nC.input()\n$99 + 1\n");
    assertThat(t).contains("$1 = 3x²").contains("$2 ==> \"3x²\"").contains("e ==> 3x²")
        .contains("$3 = q").contains("$4 ==> 4.0").contains("$5 = 5")
        .contains("$6 = C = (f − a)²/2").contains("$7 ==> \"(-a+f)^2/2\"")
        .contains("error: $99 is not a result of this session");
  }

  @Test
  void javaStatePersistsAcrossEntriesAndMultiLineBlocksComplete() {
    String t = session("int x = 2;\nx * 21;\nint twice(int v) {\n  return 2 * v;\n}\n"
        + "twice(x);\n:java \"ab\".length()\ndiff(x^2, x)\nint y = \"s\";\n");
    assertThat(t).contains("x ==> 2").contains("$1 ==> 42").contains("$2 ==> 4")
        .contains("$3 ==> 2").contains("$4 = 2x").contains("error: incompatible types");
  }

  @Test
  void theEnginesNotesAreShownUnderTheResult() {
    // eval printed them; the console dropped them ("there may be more solutions")
    String t = session("solve(sin(x) == 0, x)\nmaximize(-x^4 + x^2, x)\n");
    assertThat(t).contains("note: sin is periodic").contains("note: the same value is also "
        + "attained at");
  }

  @Test
  void docsTimeoutTraceAndPlotCommandsWork() {
    String t = session("?diff\n?Factor\n?Table\n?simplify\n?nosuchthing\n:timeout 5\n"
        + ":timeout x\n1 + * 2\n:trace\n:plot sigma(x), x, -6, 6\n");
    // our commands' own lines (any case); a command passed to the library keeps its page
    assertThat(t).contains("activations kept in named form").contains("factor(f): factorised")
        .contains("## Table").contains("checked at random points")
        .contains("no documentation for 'nosuchthing'").contains("time limit: 5 s")
        .contains(":timeout needs whole seconds from 1 to 86400").contains("MathSyntaxException")
        .contains("plot written: out/plot-1.png");
  }

  @Test
  void staticCallOnAClassIsJavaEvenWithoutASemicolon() {
    assertThat(session("Math.sqrt(16.0)\n")).contains("4.0").doesNotContain("dot(");
  }

  @Test
  void aMathLineEndingInABraceIsMath() {
    String t = session("{1,2,3}\neqs = {nin*V == 1, nout*V == 1}\n");
    assertThat(t).contains("$1 = {1, 2, 3}").contains("$2 = eqs = {").doesNotContain("error");
  }

  @Test
  void javaRejectingALineThatParsesAsMathNamesMath() {
    String t = session("f(x) = x^2;\nint y = \"s\";\nif(2 > 0, 1, 0)\n");
    assertThat(t).contains("it ends with ';', but it parses as math: ':math f(x) = x^2'")
        .contains("error: incompatible types").doesNotContain(":math int y")
        // JShell calls `if(…)` unfinished and its analysis spins: it must be answered as math
        // (the math language has no `if`, so the answer is its one-line error)
        .contains("error: syntax error: unknown function 'if'");
  }

  @Test
  void plotSplitsOnlyAtTopLevelCommasAndTakesResultsAndDefinitions(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String input = "d = diff(sigma(z), z)\n:plot diff(sigma(z), z), z, -6, 6\n"
        + ":plot $1, z, -6, 6\n:plot d, z, -6, 6\n:plot d*b, z, -6, 6\n"
        + ":plot d, z, 6, -6\n:plot d, z\n";
    try (SymbolicEngine engine = SymbolicEngine.create(EngineConfig.defaults());
        Console console = Console.overStreams(new ByteArrayInputStream(input.getBytes(
            StandardCharsets.UTF_8)), out, new Session(java.util.concurrent.CompletableFuture
            .completedFuture(engine), new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
            dir), null)) {
      assertThat(console.run()).isZero();
    }
    String t = out.toString(StandardCharsets.UTF_8);
    assertThat(t).contains("plot written: " + dir.resolve("plot-1.png"))
        .contains("plot-2.png").contains("plot-3.png")
        .contains("error: :plot: b·σ′(z) depends on b besides z")
        .contains("error: :plot range must have from < to")
        .contains("error: :plot needs 'expr, var, from, to'");
    assertThat(dir.resolve("plot-3.png")).isNotEmptyFile();
  }

  /** What {@code ./gradlab run} prints for a saved session file; the run must report no error. */
  static String replayed(java.nio.file.Path file) throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.PrintStream p = new java.io.PrintStream(out, true, StandardCharsets.UTF_8);
    java.io.PrintStream saved = System.out;
    System.setOut(p);
    try {
      assertThat(new gradlab.script.ScriptRunner(p, p).run(file, java.util.List.of()))
          .as(out.toString(StandardCharsets.UTF_8)).isEmpty();
    } finally {
      System.setOut(saved);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}

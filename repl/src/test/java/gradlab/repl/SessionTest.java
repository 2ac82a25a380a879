package gradlab.repl;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineConfig;
import gradlab.symbolic.SymbolicEngine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The cell evaluator that the kernel uses: the console's rules, results with MIME forms. */
@Timeout(120)
class SessionTest {
  private static SymbolicEngine engine;

  @TempDir
  Path out;

  @BeforeAll
  static void start() {
    engine = SymbolicEngine.create(EngineConfig.defaults());
  }

  @AfterAll
  static void stop() {
    engine.close();
  }

  private Session session() {
    return new Session(CompletableFuture.completedFuture(engine), new PrintStream(
        new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), out);
  }

  @Test
  void mathResultIsNumberedWithUnicodeAndLatexForms() {
    try (Session s = session()) {
      Result r = s.evaluate("diff(sigma(w*x+b), b)");
      assertThat(r.number()).hasValue(1);
      assertThat(r.text()).isEqualTo("σ′(b + w·x)");
      assertThat(r.latex()).contains("\\sigma");
      assertThat(r.isError()).isFalse();
    }
  }

  @Test
  void javaVariableTypedInMathIsASymbolWithANoteSayingSo() {
    try (Session s = session()) {
      s.evaluate("int n = 5;");
      assertThat(s.evaluate("n * 2").text()).startsWith("2n").contains("$n");
      assertThat(s.evaluate("n * 3").text()).isEqualTo("3n"); // said once
      assertThat(s.evaluate("$n * 2").text()).isEqualTo("10");
      assertThat(s.evaluate("m * 2").text()).isEqualTo("2m");
    }
  }

  @Test
  void javaValuesNamedWithDollarEnterMathAsNumbersAndExpressions() {
    try (Session s = session()) {
      s.evaluate("double w = 0.5;");
      s.evaluate("var f = diff(expr(\"sigma(z)\"), \"z\");");
      s.evaluate("String t = \"hi\";");
      assertThat(s.evaluate("x^2 + $w").text()).isEqualTo("0.5 + x²");
      assertThat(s.evaluate("diff($f, z)").text()).isEqualTo("σ″(z)");
      assertThat(s.evaluate("$t + 1").consoleText())
          .contains("String is not a number or an expression")
          .contains("use a number or an Expr");
    }
  }

  @Test
  void aJavaArrayInMathIsRefusedWithTheHintToTakeOneElement() {
    try (Session s = session()) {
      s.evaluate("var xs = new double[]{1, 2, 3};");
      assertThat(s.evaluate("sigma($xs)").consoleText())
          .contains("double[] is not a number or an expression")
          .contains("take an element in Java first");
    }
  }

  @Test
  void definitionKeepsItsNameInTheLatexForm() {
    try (Session s = session()) {
      assertThat(s.evaluate("z1 = w1*x + b1").latex()).startsWith("z_{1} = ");
    }
  }

  @Test
  void cellIsSplitIntoTheConsolesEntriesAndJavaSharesTheNumbering() {
    try (Session s = session()) {
      List<Result> rs = s.evaluateCell("z1 = w1*x + b1\nC = sigma(z1)^2\n\ndiff(C, w1)\n"
          + "Math.sqrt(16)");
      assertThat(rs).hasSize(4);
      assertThat(rs.get(2).text()).isEqualTo("2σ(z₁)·σ′(z₁)·x");
      assertThat(rs.get(3).number()).hasValue(4);
      assertThat(s.resultCount()).isEqualTo(4);
    }
  }

  @Test
  void multiLineJavaBlockIsOneEntry() {
    try (Session s = session()) {
      List<Result> rs = s.evaluateCell("int t = 0;\nfor (int i = 1; i <= 4; i++) {\n"
          + "  t += i;\n}\n$t + 0");
      assertThat(rs).hasSize(3);
      assertThat(rs.get(2).text()).isEqualTo("10");
    }
  }

  @Test
  void cellStopsAtTheFirstErrorWithItsKind() {
    try (Session s = session()) {
      List<Result> rs = s.evaluateCell("integrat(x, x)\n1 + 1");
      assertThat(rs).hasSize(1);
      assertThat(rs.get(0).error().name()).isEqualTo("UnknownFunctionException");
      assertThat(rs.get(0).error().message()).contains("did you mean integrate");
    }
  }

  @Test
  void magicForcesMathOnAJavaLookingLine() {
    try (Session s = session()) {
      assertThat(s.evaluateCell("%%math\nD(x^3, x)").get(0).text()).isEqualTo("3x²");
      assertThat(s.evaluateCell("%%java\n2 + 3;").get(0).text()).contains("5");
    }
  }

  @Test
  void unknownMagicIsAnErrorNamingTheKnownOnes() {
    try (Session s = session()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.evaluateCell("%%ruby\n1"))
          .hasMessageContaining("%%py, %%js, %%java or %%math");
    }
  }

  @Test
  void plotCommandReturnsTheImageItWroteInTheSessionsOutputFolder() {
    try (Session s = session()) {
      Result r = s.evaluate(":plot sigma(x), x, -6, 6");
      assertThat(r.images()).hasSize(1);
      assertThat(r.images().get(0)).startsWith(out).isNotEmptyFile();
      assertThat(s.evaluate("1 + 1").images()).isEmpty();
    }
  }

  @Test
  void auditReportComesAsAnHtmlTableToo() {
    try (Session s = session()) {
      s.evaluateCell("z1 = w1*x + b1\nC = (sigma(z1) - y)^2/2");
      Result r = s.evaluate(":audit C");
      assertThat(r.html()).contains("<table>").contains("<td>w1</td>");
      assertThat(r.text()).contains("agree");
    }
  }

  @Test
  void completenessFollowsTheContinuationRule() {
    try (Session s = session()) {
      assertThat(s.isComplete("diff(x")).isEqualTo(CellSplitter.Completeness.INCOMPLETE);
      assertThat(s.isComplete("diff(x, x)")).isEqualTo(CellSplitter.Completeness.COMPLETE);
      assertThat(s.isComplete("for (int i = 0; i < 2; i++) {"))
          .isEqualTo(CellSplitter.Completeness.INCOMPLETE);
      assertThat(s.isComplete(":help")).isEqualTo(CellSplitter.Completeness.COMPLETE);
    }
  }

  @Test
  void completionAndInspectionUseTheConsolesNamesAndDocs() {
    try (Session s = session()) {
      CellCompleter.Completion c = s.complete("2*sigm", 6);
      assertThat(c.matches()).contains("sigma");
      assertThat(c.start()).isEqualTo(2);
      assertThat(s.inspect("diff(x, x)", 2)).hasValueSatisfying(d -> assertThat(d)
          .contains("∂f/∂x"));
      assertThat(s.inspect("nosuchname", 3)).isEmpty();
    }
  }

  @Test
  void inANotebookAStatementEndingInSemicolonIsSilentAndAnExpressionShowsItsValue() {
    try (Session s = session().echoStatementsInPlace(false)) {
      Result declared = s.evaluate("double h = 0.5;");
      assertThat(declared.text()).isEmpty();
      assertThat(declared.isError()).isFalse();
      assertThat(s.evaluate("Math.max(h, 2 * h)").text()).endsWith("==> 1.0");
      assertThat(s.evaluate("int k = \"s\";").error().name()).isEqualTo("CompileError");
    }
    try (Session console = session()) {
      assertThat(console.evaluate("double h = 0.5;").text()).isEqualTo("h ==> 0.5");
    }
  }

  @Test
  void javaInACellSeesItsOwnSessionsGradeBookThroughLab() {
    PrintStream saved = System.out;
    System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    try (Session first = session(); Session second = session()) {
      assertThat(first.evaluate("expect(\"d/dx x^2\", \"2*x\", \"diff(x^2, x)\");")
          .isError()).isFalse();
      assertThat(first.labView().grades().report().steps()).hasSize(1);
      assertThat(second.evaluate("Lab.grades().steps().size()").text()).endsWith("==> 0");
      assertThat(first.evaluate("Lab.grades().steps().size()").text()).endsWith("==> 1");
      first.evaluate(":reset");
      assertThat(first.labView().grades().report().steps()).isEmpty();
    } finally {
      System.setOut(saved);
    }
  }

  @Test
  void checkOfAFileNameChecksTheFileAndAMissingFileIsAnError() throws Exception {
    Path md = out.resolve("hw.md");
    java.nio.file.Files.writeString(md, "$$\\frac{d}{dx} x^2 = 3x$$\n");
    try (Session s = session()) {
      assertThat(s.evaluate(":check " + md).text()).contains("✗").contains("refuted");
      assertThat(s.evaluate(":check " + out.resolve("none.md")).error().message())
          .contains("no file").contains(":check takes a chain");
    }
  }

  @Test
  void forgetDropsOneNamesValueOrFunctionAndKeepsTheOthers() {
    try (Session s = session()) {
      s.evaluate("x = 3");
      s.evaluate("y = 2");
      s.evaluate("f(t) = t^2");
      assertThat(s.evaluate(":forget x f").text()).isEqualTo("forgot x, f");
      assertThat(s.evaluate("x^2 + y").text()).isEqualTo("2 + x²");
      assertThat(s.evaluate("f(2)").isError()).isTrue();
      assertThat(s.evaluate(":forget x").text()).isEqualTo("x has no definition (:vars lists "
          + "them)");
      assertThat(s.evaluate("clear y").text()).contains(":forget y");
      assertThat(s.evaluate("y").text()).isEqualTo("2");
    }
  }

  @Test
  void forgetDropsAJavaVariableOfTheNameToo() {
    // after double x = 2.0; x = 3, :forget x left the Java x, and x then showed 2.0
    try (Session s = session()) {
      s.evaluate("double x = 2.0;");
      s.evaluate("int k = 5;");
      s.evaluate("x = 3");
      assertThat(s.evaluate(":forget x k").text()).isEqualTo("forgot x, k");
      assertThat(s.evaluate("x + 1").text()).isEqualTo("1 + x");
      assertThat(s.evaluate("k;").isError()).isTrue();
      assertThat(s.evaluate(":forget k").text()).startsWith("k has no definition");
    }
  }

  @Test
  void mathResultsAndDefinitionsReachJavaAsTheSameObjectsNotReparsedText() {
    try (Session s = session()) {
      s.evaluate("z = w*x + b");
      s.evaluate("diff(x^3, x)");
      assertThat(s.evaluate("$2 == gradlab.lab.Lab.value(\"$2\");").text()).endsWith("==> true");
      assertThat(s.evaluate("z.input().isEmpty();").text()).endsWith("==> false");
      assertThat(s.evaluate("z == gradlab.lab.Lab.value(\"z\");").text()).endsWith("==> true");
      assertThat(s.evaluate("gradlab.lab.Lab.value(\"$9\")").error().message())
          .contains("$9 is not a math result or definition of this session");
    }
  }
}

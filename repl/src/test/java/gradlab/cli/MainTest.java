package gradlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.math.MathFunction;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The command line through {@link Main#execute}, with the process's streams captured. */
@Timeout(120)
class MainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  /** One run through {@link MainRun}; its output is added to what this test has captured. */
  private int run(String... args) {
    MainRun r = MainRun.of(args);
    out.writeBytes(r.out().getBytes(StandardCharsets.UTF_8));
    err.writeBytes(r.err().getBytes(StandardCharsets.UTF_8));
    return r.status();
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void evalPrintsUnicodeDerivative() {
    assertThat(run("eval", "diff(sigma(w*x+b), b)")).isZero();
    assertThat(stdout()).isEqualTo("σ′(b + w·x)\n");
  }

  @Test
  void anExpressionThatStartsWithAMinusIsAnExpressionNotAnOption() {
    assertThat(run("eval", "-x^2 /. x -> 3")).isZero();
    assertThat(stdout()).isEqualTo("−9\n");
  }

  @Test
  void evalOfSeveralUnquotedWordsSaysToQuoteTheExpressionInOneLine() {
    assertThat(run("eval", "x", "+", "1")).isEqualTo(2);
    assertThat(stderr()).isEqualTo("error: eval takes one expression, in quotes: gradlab eval "
        + "'x^2 + 1' (several statements: 'x = 2; x^2 + 1')\n");
  }

  @Test
  void evalPrintsLatexOnRequest() {
    assertThat(run("eval", "diff(sigma(w*x+b), b)", "--tex")).isZero();
    assertThat(stdout()).isEqualTo("\\sigma'\\left(w \\cdot x + b\\right)\n");
  }

  @Test
  void evalOfSeedNetworkGivesTheChainProduct() {
    assertThat(run("eval", "z1 = w1*x + b1; z2 = w2*sigma(z1) + b2; z3 = w3*sigma(z2) + b3; "
        + "f = w4*sigma(z3); C = (f - a)^2/2; diff(C, b1)")).isZero();
    assertThat(stdout()).isEqualTo("(f − a)·w₄·σ′(z₃)·w₃·σ′(z₂)·w₂·σ′(z₁)\n");
  }

  @Test
  void syntaxErrorShowsCaretAndHintWithoutStackTrace() {
    assertThat(run("eval", "diff(sigma(w*x+b), b")).isEqualTo(1);
    assertThat(stderr()).contains("  diff(sigma(w*x+b), b\n" + " ".repeat(22) + "^")
        .contains("hint:").doesNotContain("\tat ");
  }

  @Test
  void unknownScriptTypeIsRefusedClearly() {
    assertThat(run("run", "pom.xml")).isEqualTo(2);
    assertThat(stderr()).contains("scripts are .jsh, .js or .py");
  }

  @Test
  void versionNamesTheProduct() {
    assertThat(run("--version")).isZero();
    assertThat(stdout()).startsWith("gradlab ");
  }

  @Test
  void auditCommandPrintsOneRowPerParameterAndSucceeds() {
    assertThat(run("audit", "z = w*x + b; C = (sigma(z) - a)^2", "--wrt", "w,b", "--points",
        "5")).isZero();
    assertThat(stdout()).contains("gradient audit of C at 5 random points (seed 1)")
        .containsPattern("(?m)^w .* agree$").containsPattern("(?m)^b .* agree$");
  }

  @Test
  void auditOfAPlainExpressionChecksEveryFreeSymbolOrTheWrtOnes() {
    assertThat(run("audit", "(w2*sigma(w1*x+b1)+b2-y)^2/2", "--points", "4")).isZero();
    assertThat(stdout()).contains("L = ").contains("gradient audit of L")
        .containsPattern("(?m)^w1 .* agree$").containsPattern("(?m)^y .* agree$");
    out.reset();
    assertThat(run("audit", "L*gelu(w*x) + elu(w) + leakyrelu(x, w)", "--wrt", "w",
        "--points", "4")).isZero();
    assertThat(stdout()).contains("gradient audit of loss").containsPattern("(?m)^w .* agree$")
        .doesNotContainPattern("(?m)^x ");
  }

  /** {@code gradlab audit} of a two-layer loss in each activation of the catalogue, by each name. */
  @ParameterizedTest
  @EnumSource(MathFunction.class)
  void auditAcceptsEveryCatalogueActivationByEveryName(MathFunction f) {
    org.junit.jupiter.api.Assumptions.assumeTrue(f.isActivation());
    List<String> names = new java.util.ArrayList<>(f.aliases());
    names.add(0, f.inputName());
    for (String n : names) {
      out.reset();
      assertThat(run("audit", "h = " + n + "(w1*x + b1); L = (w2*" + n + "(h) + b2 - y)^2/2",
          "--points", "5")).as(n + ": " + err).isZero();
      assertThat(stdout()).as(n).containsPattern("(?m)^w1 .* agree$")
          .contains("all three agree for every parameter");
    }
  }

  @Test
  void auditOfNothingSaysWhatToGive() {
    assertThat(run("audit", " ")).isEqualTo(2);
    assertThat(stderr()).contains("error: no loss to audit; hint:");
  }

  @Test
  void benchCommandPrintsRatiosAgainstSymja() {
    assertThat(run("bench", "--points", "2000", "--symja-points", "2", "--repeats", "3"))
        .isZero();
    assertThat(stdout()).contains("17 parameters").contains("vs Symja")
        .contains("compiled reverse mode");
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(
        "max relative difference ([0-9.eE+-]+)").matcher(stdout());
    assertThat(m.find()).isTrue();
    assertThat(Double.parseDouble(m.group(1))).isLessThan(1e-12);
  }

  @Test
  void checkExitsNonZeroOnARefutedStepAndPrintsJson() throws Exception {
    java.nio.file.Path f = java.nio.file.Files.createTempFile("wrong-sign", ".txt");
    java.nio.file.Files.writeString(f, "D(sigma(x), x) = sigma(x)*(1 - sigma(x))\n"
        + "sigma(x)*(1 - sigma(x)) = sigma(x)*(1 + sigma(x))\n");
    assertThat(run("check", f.toString(), "--json")).isEqualTo(1);
    assertThat(stdout()).contains("\"verdict\":\"proved\"").contains("\"firstRefutedLine\":2");
  }

  @Test
  void checkRefusesAFormatItDoesNotKnow() throws Exception {
    // --format latex read the displays as text, and a real ✗ vanished (found by a lecturer)
    java.nio.file.Path f = java.nio.file.Files.createTempFile("key", ".md");
    java.nio.file.Files.writeString(f, "$$\\frac{d}{dx} x^2 = 3x$$\n");
    assertThat(run("check", f.toString(), "--format", "latex")).isEqualTo(2);
    assertThat(stderr()).contains("--format must be markdown or text, was 'latex'");
  }

  @Test
  void checkOfAFileWithoutFormulasIsAnErrorNotACleanReport() throws Exception {
    java.nio.file.Path f = java.nio.file.Files.createTempFile("prose-only", ".md");
    java.nio.file.Files.writeString(f, "# Notes\n\nNo derivation here yet.\n");
    assertThat(run("check", f.toString())).isEqualTo(2);
    assertThat(stderr()).contains("nothing to check").contains("no formula was found");
  }

  @Test
  void checkOfSeveralFilesSummarisesEachAndSaysWhenStepsWereNotDecided() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("several");
    java.nio.file.Path a = dir.resolve("a.txt");
    java.nio.file.Path b = dir.resolve("b.txt");
    java.nio.file.Files.writeString(a, "D(tanh(x), x) = 1 - tanh(x)^2\n");
    java.nio.file.Files.writeString(b, "D(tanh(x), x) = 1 - tanh(x)^2\nD(g(x), x) = h(x)\n");
    assertThat(run("check", a.toString(), b.toString())).isZero();
    assertThat(stdout()).containsPattern("a.txt +1 ✓ .*no wrong step")
        .containsPattern("b.txt +1 ✓ .*no step refuted; 1 not decided")
        .endsWith("each file's steps, and what to check by hand: ./gradlab check FILE\n");
  }

  @Test
  void helpIsACommand() {
    assertThat(run("help", "check")).isZero();
    assertThat(stdout()).contains("Check a derivation step by step").contains("$$…$$");
  }

  @Test
  void everyCommandTakesHelpWithoutAskingForItsArguments() {
    // check --help said "Missing required parameter: 'FILE'" first (found by a lecturer)
    for (String command : List.of("check", "audit", "run", "eval")) {
      assertThat(run(command, "--help")).as(command).isZero();
      assertThat(stderr()).as(command).doesNotContain("Missing required");
      assertThat(stdout()).as(command).contains("Usage: gradlab " + command);
    }
  }

  @Test
  void checkAndAuditHelpListOnlyTheirOwnOptions() {
    for (String command : List.of("check", "audit")) {
      assertThat(run(command, "--help")).as(command).isZero();
      assertThat(stdout()).as(command).doesNotContain("--allow-io").doesNotContain("--allow-host")
          .contains("--trace");
    }
    assertThat(run("run", "--help")).isZero();
    assertThat(stdout()).contains("--allow-io").contains("--allow-host");
  }

  @Test
  void checkOfAFolderSummarisesEverySubmission() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("submissions");
    java.nio.file.Files.writeString(dir.resolve("alice.txt"), "D(tanh(x), x) = 1 - tanh(x)^2\n");
    java.nio.file.Files.writeString(dir.resolve("bob.txt"), "D(tanh(x), x) = 1 + tanh(x)^2\n");
    assertThat(run("check", dir.toString())).isEqualTo(1);
    assertThat(stdout()).startsWith("derivation check of 2 files in " + dir + "\n")
        .containsPattern("alice.txt +1 ✓ +0 ✗ .*no wrong step")
        .contains("first wrong step: line 1: D(tanh(x), x) = 1 + tanh(x)^2")
        .contains("2 files: 1 with a refuted step, 1 with every step decided and none refuted, "
            + "0 with none refuted but some step not decided, 0 not read");
  }

  @Test
  void checkOfANotebookNamesTheCellOfTheFirstWrongStep() throws Exception {
    // "first wrong step: line 2" names no line Jupyter shows (found by a student)
    java.nio.file.Path nb = java.nio.file.Files.createTempFile("hw", ".ipynb");
    java.nio.file.Files.writeString(nb, "{\"cells\": ["
        + "{\"cell_type\": \"code\", \"source\": [\"x = 1 + 1\"]},"
        + "{\"cell_type\": \"markdown\", \"source\": [\"Then\\n\", "
        + "\"$$\\\\frac{d}{dz}\\\\tanh(z) = 1 + \\\\tanh^2(z)$$\\n\"]}], \"nbformat\": 4}");
    assertThat(run("check", nb.toString())).isEqualTo(1);
    assertThat(stdout()).contains("(line 2 is line 2 of cell 2 of the notebook)");
  }

  @Test
  void checkOfAFolderGivesEverySubmissionARowReadsNotebooksAndTexAndFlagsEmptyOnes()
      throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("submissions");
    java.nio.file.Files.writeString(dir.resolve("carol.tex"),
        "\\begin{equation}\\frac{d}{dx}\\tanh(x) = 1 - \\tanh^2(x)\\end{equation}\n");
    java.nio.file.Files.writeString(dir.resolve("erin.ipynb"), "{\"cells\": ["
        + "{\"cell_type\": \"code\", \"source\": [\"x = 1 + 1\"]},"
        + "{\"cell_type\": \"markdown\", \"source\": [\"Then\\n\", "
        + "\"$$\\\\frac{d}{dz}\\\\tanh(z) = 1 + \\\\tanh^2(z)$$\\n\"]}], \"nbformat\": 4}");
    java.nio.file.Files.writeString(dir.resolve("empty.md"), "");
    java.nio.file.Files.writeString(dir.resolve("frank.pdf"), "%PDF-1.4");
    assertThat(run("check", dir.toString())).isEqualTo(1);
    assertThat(stdout()).containsPattern("carol.tex +1 ✓ +0 ✗ .*no wrong step")
        .containsPattern("erin.ipynb +0 ✓ +1 ✗ .*first wrong step: line 2")
        .containsPattern("empty.md +nothing to check: no formula was found")
        .containsPattern("frank.pdf +not read: a .pdf file");
  }

  @Test
  void checkOfAFolderReportsANonUtf8FileOnItsOwnLineAndChecksTheOthers() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("submissions");
    java.nio.file.Files.write(dir.resolve("carol.md"), new byte[] {'c', 'a', 'f', (byte) 0xe9,
        '\n'});
    java.nio.file.Files.writeString(dir.resolve("dave.txt"), "D(tanh(x), x) = 1 - tanh(x)^2\n");
    assertThat(run("check", dir.toString())).isEqualTo(2);
    assertThat(stdout()).containsPattern("carol.md +not checked: is not UTF-8 \\(byte 3\\)")
        .containsPattern("dave.txt +1 ✓ +0 ✗ .*no wrong step");
    out.reset();
    assertThat(run("check", dir.toString(), "--json")).isEqualTo(2);
    assertThat(stdout()).contains("\"error\":\"is not UTF-8 (byte 3); hint: save it as UTF-8")
        .contains("\"source\":\"" + dir.resolve("dave.txt"));
  }

  @Test
  void checkListsADisplayItCannotReadAndAnUnclosedOne() throws Exception {
    java.nio.file.Path f = java.nio.file.Files.createTempFile("unreadable", ".md");
    java.nio.file.Files.writeString(f, "Some $x$ text.\n\n$$ \\frac{1}{2 = 7 $$\n\n$$ x = 1\n");
    assertThat(run("check", f.toString())).isEqualTo(0);
    assertThat(stdout()).contains("line   3  –").contains("line   5  –")
        .contains("unclosed $$").contains("2 not checked");
  }

  @Test
  void nonUtf8ScriptsAndMarkdownAreNamedWithTheByteInOneLine() {
    for (String f : java.util.List.of("latin1-string.py", "latin1-comment-byte-36.jsh",
        "latin1-markdown-byte-17.md")) {
      err.reset();
      assertThat(run(f.endsWith(".md") ? "check" : "run", "src/test/resources/scripts/" + f))
          .isEqualTo(f.endsWith(".md") ? 2 : 1); // check: 2, as for a missing file
      int at = f.endsWith(".py") ? 10 : f.endsWith(".jsh") ? 36 : 17;
      assertThat(stderr()).startsWith("error: src/test/resources/scripts/" + f
          + " is not UTF-8 (byte " + at + ")").doesNotContain("MalformedInput")
          .doesNotContain("--trace").hasLineCount(1);
    }
  }
}

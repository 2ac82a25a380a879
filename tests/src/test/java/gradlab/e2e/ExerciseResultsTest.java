package gradlab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The values the exercise scripts computed, read from their output and checked as numbers. */
@Timeout(600)
class ExerciseResultsTest {

  private static String out(String script) {
    ScriptOutputs.Output o = ScriptOutputs.of(script);
    assertThat(o.failure()).isEmpty();
    return o.stdout();
  }

  private static double number(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as("pattern %s in output", regex).isTrue();
    return Double.parseDouble(m.group(1));
  }

  @Test
  void firstBiasGradientIsTheChainProductAndMatchesFiniteDifferences() {
    String o = out("ps1-vanishing-gradient/1a-dC-db1.jsh");
    assertThat(o).contains("∂C/∂b₁ = (f − a)·w₄·σ′(z₃)·w₃·σ′(z₂)·w₂·σ′(z₁)")
        .contains("δ₂ = δ₃·w₃·σ′(z₂)").contains("seed = ")
        .contains("gradient audit of C at 10 random points").contains("all three agree");
    assertThat(number(o, "relative error ([0-9.eE+-]+)")).isLessThan(1e-6);
  }

  @Test
  void weightThresholdIsFour() {
    String o = out("ps1-vanishing-gradient/1b-weight-threshold.jsh");
    assertThat(o).contains("max over u of σ′(u) = 1/4 at u = 0").contains("|w| ≥ 4\n");
    assertThat(number(o, "w =   3.9: max \\|w σ′\\| = ([0-9.]+)")).isLessThan(1);
    assertThat(number(o, "w =   4.0: max \\|w σ′\\| = ([0-9.]+)")).isCloseTo(1, Offset.offset(1e-4));
  }

  @Test
  void windowWidthIsProvedEqualToTheBoundAndTheEndpointsAreExact() {
    String o = out("ps1-vanishing-gradient/1c-window-width.jsh");
    assertThat(o).contains("width = bound for W ∈ (4, 40): ✓ proved")
        .contains("Lemma 1 − s₊ = s₋: ✓ proved");
    assertThat(number(o, "endpoints: ([0-9.]+),")).isCloseTo(1, Offset.offset(1e-8));
    assertThat(number(o, "width ([0-9.]+), bound")).isCloseTo(number(o, "bound ([0-9.]+)\n"),
        Offset.offset(1e-6));
  }

  @Test
  void widthMaximumIsNearSixPointNineAndThePlotIsWritten() {
    String o = out("ps1-vanishing-gradient/1d-width-maximum.jsh");
    assertThat(number(o, "maximum ([0-9.]+) at W")).isCloseTo(0.4477, Offset.offset(1e-4));
    assertThat(number(o, "at W = ([0-9.]+)")).isCloseTo(6.894, Offset.offset(1e-3));
    assertThat(number(o, "differs by ([0-9.eE+-]+)\\)")).isLessThan(1e-6);
    assertThat(o).contains("— confirmed");
    assertThat(ScriptOutputs.OUT.resolve("width-bound.png")).exists();
    assertThat(ScriptOutputs.OUT.resolve("width-bound.png").toFile().length()).isGreaterThan(1000);
  }

  @Test
  void seedOneProductFormulaHoldsButFourOfItsFactorsAreInverted() {
    String o = out("sigmoid-chain/3a-dy-dx.jsh");
    assertThat(o).contains("same as the chain rule: ✓ proved").contains("gradient audit of a4")
        .contains("all three agree");
    assertThat(o.lines().filter(l -> l.contains("✗ as written"))).hasSize(4);
    assertThat(o.lines().filter(l -> l.endsWith("✓"))).hasSize(4);
    assertThat(o).contains("The intended factor is ∂a₁/∂z₁ = σ(z₁)·(1 − σ(z₁))");
  }

  @Test
  void seedOneMaximumPointIsCorrectedToZero() throws Exception {
    String o = out("sigmoid-chain/3b-max-sigma-prime.jsh");
    assertThat(o).contains("max σ′(z) = 1/4 at z = 0").contains("the point 0.5 is wrong");
    assertThat(number(o, "σ′\\(0\\.5\\) = ([0-9.]+)")).isCloseTo(0.235004, Offset.offset(1e-6));
    assertThat(Files.exists(ScriptOutputs.SCRIPTS)).isTrue();
  }

  @Test
  void twoTwoOneNetworkFindsTheSeedsWrongStepAndLoss() {
    String o = out("ex5-2-2-1-network/network-2-2-1.jsh");
    assertThat(number(o, "L = ([0-9.]+)\n")).isCloseTo(0.03697, Offset.offset(1e-5));
    assertThat(number(o, "w8\\* = +([0-9.]+)")).isCloseTo(0.75637, Offset.offset(1e-5));
    assertThat(o).contains("stated ≈ 0.7 ✗").contains("L' = 0.0042 ✗").contains("all three agree");
    assertThat(number(o, "L' = ([0-9.]+);")).isCloseTo(0.00916, Offset.offset(1e-5));
    assertThat(o.lines().filter(l -> l.contains("stated formula gives"))).hasSize(1);
    assertThat(o).contains("∂L/∂w₅ = (yhat − y)·w₇·σ′(h1in)·b₁");
    assertThat(ScriptOutputs.OUT.resolve("network-2-2-1-loss.png")).exists();
  }

  @Test
  void computationalGraphAdjointsAreExactAndMatchTheSeed() {
    String o = out("nndl-set2/1-computational-graph.jsh");
    assertThat(o).contains("∂z/∂a = 2a·δx = 2/9").contains("∂z/∂b = 2b·δy = −2/9");
    assertThat(o.lines().filter(l -> l.endsWith("✓ both"))).hasSize(5);
    assertThat(number(o, "∂z/∂a = ([0-9.]+), ∂z/∂b")).isCloseTo(2.0 / 9, Offset.offset(1e-15));
    assertThat(o).contains("correct in every node");
  }

  @Test
  void varianceDerivationsAndMonteCarloAgree() {
    String o = out("nndl-set2/2-variance-propagation.jsh");
    assertThat(o).contains("Var(y) = Σₘ Var(wₘxₘ) = Σₘ σ² = M·σ²").contains("Var(y₂) = Σᵢ σ²·Var(y₁) = M²·σ⁴")
        .contains("σ² = 1/M   (worked solution: 1/M ✓)").contains("σ² = 2/M   (worked solution: 2/M ✓)")
        .contains("s·1/√(2π)");
    assertThat(number(o, "identity, σ² = 2/M +Var\\(y₁\\) = ([0-9.]+)")).isCloseTo(2, Offset.offset(0.15));
    assertThat(number(o, "identity, σ² = 2/M .*Var\\(y₂\\) = ([0-9.]+)")).isCloseTo(4, Offset.offset(0.4));
    assertThat(number(o, "ReLU, σ² = 2/M +Var\\(y₁\\) = [0-9.]+ \\(theory [0-9.]+\\), Var\\(y₂\\) = ([0-9.]+)"))
        .isCloseTo(2, Offset.offset(0.2));
  }

  @Test
  void convBackpropEquationsMatchAutodiffAndGradcheck() {
    String o = out("ps3-cnn/6-conv-backprop.jsh");
    for (String eq : new String[] {"\\(3\\) ∂C/∂p +([0-9.eE+-]+)", "\\(6\\) ∂C/∂b +([0-9.eE+-]+)",
        "\\(7\\) ∂C/∂w +([0-9.eE+-]+)", "\\(4\\) ∂C/∂a¹ +([0-9.eE+-]+)"}) {
      assertThat(number(o, eq)).as(eq).isLessThan(1e-12);
    }
    assertThat(o).contains("8 of 32 entries are non-zero").contains("gradcheck of all 47 parameters: passed");
  }

  @Test
  void mnistQuickFormTrainsTheExerciseNetworkOnRealImagesWithEqualSteps() {
    String o = out("ps3-cnn/5-mnist-cnn.jsh");
    assertThat(o).contains("data: 1200 training and 400 test images of 28×28")
        .contains("pool → 16×4×4 = 256 values").contains("conv 3×3 → 16×8×8");
    // 2 epochs on 1 200 real images: far above chance (10 %)
    assertThat(number(o, "for 2 epochs: test accuracy ([0-9.]+) %")).isGreaterThan(70);
    for (String row : new String[] {"200 +6 +(18) ", "400 +3 +(18) ", "600 +2 +(18) "}) {
      assertThat(number(o, row)).isEqualTo(18);
    }
    // six rows (3 subsets, plain and augmented), each with three seeds and their mean ± sd
    var rows = Pattern.compile("(?m)^ +\\d+ +\\d+ +18 +([0-9.]+) +([0-9.]+) +([0-9.]+) +([0-9.]+) "
        + "± ([0-9.]+) %$").matcher(o).results().toList();
    assertThat(rows).hasSize(6);
    for (var r : rows) {
      double a = Double.parseDouble(r.group(1));
      double b = Double.parseDouble(r.group(2));
      double c = Double.parseDouble(r.group(3));
      assertThat(Double.parseDouble(r.group(4))).isCloseTo((a + b + c) / 3,
          org.assertj.core.data.Offset.offset(0.006));
      assertThat(Double.parseDouble(r.group(5))).isPositive();
    }
    assertThat(o).contains("plot: target/script-out/mnist-subsets-quick.png");
    assertThat(ScriptOutputs.ROOT.resolve("tests/target/script-out/mnist-subsets-quick.png"))
        .isRegularFile();
  }

  @Test
  void reluChainGradientAndDyingUnits() {
    String o = out("ps3-cnn/7-relu-unstable-gradient.jsh");
    assertThat(o).contains("w₂·w₃·w₄·H(z₁)·H(z₂)·H(z₃)·H(z₄)·(a₄ − y)").contains("∂C/∂b₁ = 0 exactly");
    assertThat(number(o, "ReLU, learning rate 0.1 +([0-9]+)/64")).isGreaterThan(10);
    assertThat(number(o, "leaky ReLU \\(α = 0.01\\), lr 0.1 +[0-9]+/64 +([0-9]+)/64")).isZero();
    assertThat(number(o, "smaller learning rate 0.01 +([0-9]+)/64")).isLessThan(8);
    assertThat(number(o, "leaky ReLU \\(α = 0.01\\), lr 0.1 +[0-9]+/64 +[0-9]+/64 +[0-9]+ +([0-9.]+)"))
        .isLessThan(number(o, "ReLU, learning rate 0.1 +[0-9]+/64 +[0-9]+/64 +[0-9]+ +([0-9.]+)"));
    // the sentences follow the table: the biases −1 run has more dead units and a lower loss
    assertThat(o).contains("Dead units and final loss are different questions")
        .doesNotContain("never recover");
  }

  @Test
  void gradingScriptAcceptsEquivalentAnswersAndRefutesTheWrongOne() throws Exception {
    String o = out("grading/grade-backprop-answers.jsh");
    assertThat(o).contains("✓ student A").contains("✓ student B").contains("✗ student C");
    String json = Files.readString(ScriptOutputs.OUT.resolve("grades.json"));
    assertThat(json).contains("\"refuted\":1").contains("\"proved\":2")
        .contains("\"label\":\"student C: ∂C/∂b\",\"student\":");
  }

  @Test
  void learningPythonStopsByTheRuleAndMapsOddAndEvenInBothLanguages() {
    for (String script : new String[] {"learning-python/learning-python.py",
        "learning-python/learning-python.jsh"}) {
      String o = out(script);
      int count = (int) number(o, "drew ([0-9]+) numbers");
      int last = (int) number(o, "last = ([0-9]+)");
      assertThat(last == 100 || count == 201).as(script + ": stopping rule").isTrue();
      int[] sorted = ints(o, "sorted: first ten \\[([0-9, ]+)\\]");
      int[] mapped = ints(o, "mapped: first ten \\[([0-9, ]+)\\]");
      assertThat(sorted).isSorted();
      for (int i = 0; i < sorted.length; i++) {
        assertThat(mapped[i]).isEqualTo(sorted[i] % 2 == 1 ? sorted[i] - 1 : sorted[i] + 1);
      }
      assertThat(number(o, "linspace\\(0, 1, 10\\) has ([0-9]+) points") % 2).isZero();
    }
    assertThat(out("learning-python/learning-python.py").replaceAll("linspace[.a-z-]*png", ""))
        .isEqualTo(out("learning-python/learning-python.jsh").replaceAll("linspace[.a-z-]*png",
            ""));
  }

  private static int[] ints(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as(regex).isTrue();
    return java.util.Arrays.stream(m.group(1).split(",\\s*")).mapToInt(Integer::parseInt)
        .toArray();
  }
}

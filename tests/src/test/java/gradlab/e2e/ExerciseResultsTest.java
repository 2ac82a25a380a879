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
        .contains("δ₂ = δ₃·w₃·σ′(z₂)").contains("seed = ");
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
    assertThat(o).contains("same as the chain rule: ✓ proved");
    assertThat(o.lines().filter(l -> l.contains("✗ as written"))).hasSize(4);
    assertThat(o.lines().filter(l -> l.endsWith("✓"))).hasSize(4);
    assertThat(o).contains("The intended factor is ∂a₁/∂z₁ = σ(z₁)·(1 − σ(z₁))");
  }

  @Test
  void seedOneMaximumPointIsCorrectedToZero() throws Exception {
    String o = out("sigmoid-chain/3b-max-sigma-prime.jsh");
    assertThat(o).contains("max σ′(z) = 1/4 at z = 0").contains("the point is wrong");
    assertThat(number(o, "σ′\\(0\\.5\\) = ([0-9.]+)")).isCloseTo(0.235004, Offset.offset(1e-6));
    assertThat(Files.exists(ScriptOutputs.SCRIPTS)).isTrue();
  }
}

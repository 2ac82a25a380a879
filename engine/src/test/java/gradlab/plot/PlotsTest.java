package gradlab.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class PlotsTest {
  private static Figure parabola() {
    return Figure.of("t", "x", "y").withFunction("x²", x -> x * x, -1, 1, 50)
        .withMark("min", 0, 0);
  }

  @Test
  void writesPngWithItsSignature(@TempDir Path dir) throws Exception {
    Path p = Plots.write(parabola(), dir.resolve("sub/p.png"));
    byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(p), 4);
    assertThat(head).containsExactly(0x89, 'P', 'N', 'G');
  }

  @Test
  void writesSvg(@TempDir Path dir) throws Exception {
    Path p = Plots.write(parabola(), dir.resolve("p.svg"));
    assertThat(Files.readString(p)).contains("<svg");
  }

  @Test
  void rejectsUnknownExtensionWithHint(@TempDir Path dir) {
    assertThatThrownBy(() -> Plots.write(parabola(), dir.resolve("p.jpg")))
        .hasMessageContaining(".png or .svg");
  }

  @Test
  void breaksTheLineWhereASampleIsNotFinite() {
    Figure f = Figure.of("t", "x", "y").withFunction("1/x", x -> 1 / x, -1, 1, 3);
    assertThat(f.series().get(0).y()).hasSize(3).containsSubsequence(-1.0, 1.0);
    assertThat(f.series().get(0).y()[1]).isNaN();
  }

  @Test
  void breaksTheLineAtAPoleBetweenTwoSamplesAndStillDrawsIt(@TempDir Path dir) throws Exception {
    // :plot 1/z, z, -1, 1 drew a vertical stroke from −300 to 300 through the pole
    Figure f = Figure.of("t", "z", "y").withFunction("1/z", z -> 1 / z, -1, 1, 300);
    double[] x = f.series().get(0).x();
    double[] y = f.series().get(0).y();
    int breaks = 0;
    for (int i = 0; i < y.length; i++) {
      if (Double.isNaN(y[i])) {
        breaks++;
        assertThat(x[i - 1]).isNegative();
        assertThat(x[i + 1]).isPositive();
      }
    }
    assertThat(breaks).isEqualTo(1);
    assertThat(Files.size(Plots.write(f, dir.resolve("pole.png")))).isPositive();
  }

  @Test
  void aSteepContinuousCurveIsNotBroken() {
    Figure f = Figure.of("t", "x", "y").withFunction("tanh", x -> Math.tanh(100 * x), -1, 1,
        300);
    assertThat(f.series().get(0).y()).doesNotContain(Double.NaN);
  }

  @Test
  void errorBarsAreDrawnAndMustMatchThePoints(@TempDir Path dir) throws Exception {
    double[] x = {1, 2, 3};
    Figure f = Figure.of("t", "x", "y").withSeries(new Figure.Series("mean ± sd", x,
        new double[] {1, 4, 9}, new double[] {0.5, 0.2, 1}));
    Path svg = Plots.write(f, dir.resolve("e.svg"));
    Path plain = Plots.write(Figure.of("t", "x", "y").withSeries(new Figure.Series("mean", x,
        new double[] {1, 4, 9})), dir.resolve("p.svg"));
    // the bars are extra line segments in the drawing
    assertThat(Files.readString(svg).split("<path").length)
        .isGreaterThan(Files.readString(plain).split("<path").length);
    assertThatThrownBy(() -> new Figure.Series("s", x, x, new double[] {1}))
        .hasMessageContaining("error 1");
  }
}

package gradlab.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;

@Timeout(60)
class TickLabelsTest {

  @Test
  void labelsDropFloatingPointNoiseAndKeepTheLeadingZero() {
    assertThat(TickLabels.format(0.1 + 0.2)).isEqualTo("0.3");
    assertThat(TickLabels.format(0.08)).isEqualTo("0.08");
    assertThat(TickLabels.format(-3.0)).isEqualTo("-3");
    assertThat(TickLabels.format(-0.0)).isEqualTo("0");
    assertThat(TickLabels.format(2.5e-7)).isEqualTo("2.5E-7");
    assertThat(TickLabels.format(12_000_000)).isEqualTo("1.2E+7");
  }

  @Test
  void aSampledFunctionsStepIsAwkwardAndARoundStepIsNot() {
    assertThat(TickLabels.awkwardStep(12.0 / 299)).isTrue();
    assertThat(TickLabels.awkwardStep(1)).isFalse();
    assertThat(TickLabels.awkwardStep(0.25)).isFalse();
  }

  @Test
  void aSampledFunctionGetsRoundTicksNotItsSamplePoints() throws Exception {
    System.setProperty("java.awt.headless", "true");
    Figure f = Figure.of("σ′", "z", "y").withFunction("σ′", z -> {
      double s = 1 / (1 + Math.exp(-z));
      return s * (1 - s);
    }, -6, 6, 300);
    XYChart chart = Plots.chart(f);
    List<Double> ticks = new ArrayList<>();
    chart.setCustomXAxisTickLabelsFormatter(v -> {
      ticks.add(v);
      return TickLabels.format(v);
    });
    BitmapEncoder.getBufferedImage(chart); // draws, asking for each tick's label
    assertThat(ticks).isNotEmpty().allSatisfy(v ->
        assertThat(v * 2 - Math.rint(v * 2)).as("tick %s", v).isCloseTo(0, within(1e-9)));
  }

  @Test
  void aLinearFunctionGetsRoundTicksOnTheValueAxisToo() throws Exception {
    System.setProperty("java.awt.headless", "true");
    Figure f = Figure.of("line", "x", "y").withFunction("line", x -> 0.5 + x / 4, 0, 1e-3,
        300);
    XYChart chart = Plots.chart(f);
    List<Double> ticks = new ArrayList<>();
    chart.setCustomYAxisTickLabelsFormatter(v -> {
      ticks.add(v);
      return TickLabels.format(v);
    });
    BitmapEncoder.getBufferedImage(chart);
    assertThat(ticks).isNotEmpty().allSatisfy(v ->
        assertThat(TickLabels.format(v).length()).as("tick %s", v).isLessThanOrEqualTo(8));
  }

  @Test
  void aLogarithmicValueAxisKeepsXChartsDecadeTicks() {
    Figure linear = Figure.of("v", "k", "Var").withFunction("v", k -> Math.pow(2, k), 1, 12, 12);
    assertThat(Plots.roundYTickLabels(linear)).isTrue();
    assertThat(Plots.roundYTickLabels(linear.withLogY())).isFalse();
  }
}

package gradlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A kernel's share of the measured peak, on both sides of the peak. */
class BenchPeakShareTest {

  @Test
  void belowThePeakTheShareIsShown() {
    assertThat(BenchMnist.shareOfPeak(87, 100)).isEqualTo("87 %");
    assertThat(BenchMnist.shareOfPeak(100, 100)).isEqualTo("100 %");
    assertThat(BenchMnist.abovePeakNote(false)).isEmpty();
  }

  @Test
  void aboveThePeakNoShareIsShownAndTheNoteSaysWhy() {
    // "matmul 1024², both cores … 118 % of peak" at a load of 13
    assertThat(BenchMnist.shareOfPeak(118, 100)).isEqualTo("> peak *");
    assertThat(BenchMnist.abovePeakNote(true)).contains("the machine was busy while the peak "
        + "was measured");
  }
}

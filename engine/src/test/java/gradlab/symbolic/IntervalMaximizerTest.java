package gradlab.symbolic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class IntervalMaximizerTest extends EngineFixture {

  /** The README's window width: Solve on its derivative ran 40–70 s before it was bounded. */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void maximumWithoutClosedFormCriticalPointIsFoundNumericallyInsideTheInterval() {
    String list = eval("maximize((2/W)*log(W*(1+sqrt(1-4/W))/2-1), W, 4, 20)").input();
    String[] parts = list.replaceAll("[{}]", "").split(",|->");
    assertThat(Double.parseDouble(parts[0])).isCloseTo(0.4477432, within(1e-6));
    assertThat(Double.parseDouble(parts[2])).isCloseTo(6.894151, within(1e-5));
  }

  @Test
  void maximumAtAnEndOfTheIntervalIsThatEnd() {
    assertThat(eval("maximize(-x^2 + 3*x, x, 0, 1)").input()).isEqualTo("{2,{x->1}}");
  }

  @Test
  void minimumAtAnInteriorCriticalPointInClosedForm() {
    assertThat(eval("minimize(x^2 - 2*x, x, -5, 5)").input()).isEqualTo("{-1,{x->1}}");
  }
}

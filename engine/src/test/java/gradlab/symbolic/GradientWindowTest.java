package gradlab.symbolic;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class GradientWindowTest extends EngineFixture {
  private static GradientWindow window() {
    return new GradientWindow(engine, new IdentityProver(engine, 20, 11));
  }

  @Test
  void weightMustBeAtLeastFour() {
    assertThat(window().weightThreshold().input()).isEqualTo("4");
  }

  @Test
  void derivedWidthIsProvedEqualToTheSeedFormula() {
    WindowWidth w = window().width();
    assertThat(w.complement()).isInstanceOf(IdentityVerdict.Proved.class);
    assertThat(w.agreement()).isInstanceOf(IdentityVerdict.Proved.class);
  }

  @Test
  void widthIsLargestNearSixPointNine() {
    Expr width = engine.eval("(2/W)*Log(W*(1+Sqrt(1-4/W))/2-1)");
    WidthMaximum m = window().widthMaximum(width, 20);
    assertThat(m.argmax()).isCloseTo(6.894, Offset.offset(1e-3));
    assertThat(m.maximum()).isCloseTo(0.4477, Offset.offset(1e-4));
    assertThat(m.rootOfDerivative()).isCloseTo(m.argmax(), Offset.offset(1e-6));
  }
}

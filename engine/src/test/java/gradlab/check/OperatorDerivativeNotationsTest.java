package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Derivatives written as operators: {@code \partial_x f}, {@code \partial_{w} L} (d2l, the
 * softmax-Jacobian answer) were "cannot read: \partial"; d2l's {@code Df(x)} and {@code D_x
 * f(x)} were D times f(x), "D is not defined".
 */
@Timeout(60)
class OperatorDerivativeNotationsTest extends gradlab.symbolic.EngineFixture {
  private static final String DEFINED = "Let $f(x, y) = x^2 y + y^3$ and $g(x) = x^3$.\n\n"
      + "Let $L = (w - 3)^2$.\n\n";

  private static CheckReport check(String claim) {
    return FixturePair.checkMarkdown(engine, DEFINED + "$$" + claim + "$$\n");
  }

  /** Proved, or unknown where the proof ran out of time on a loaded machine: not refuted. */
  private static long decided(CheckReport r) {
    return r.count(StepVerdict.Proved.class) + r.count(StepVerdict.Unknown.class);
  }

  @Test
  void subscriptPartialOfADefinedFunctionIsProved() {
    CheckReport r = check("\\partial_x f = 2xy");
    assertThat(r.count(StepVerdict.Proved.class) + r.count(StepVerdict.Unknown.class))
        .as(r.render()).isEqualTo(1); // unknown: a proof that ran out of time
  }

  @Test
  void wrongSubscriptPartialIsRefutedAtItsLine() {
    CheckReport r = check("\\partial_y f = x^2 + 3y");
    assertThat(r.firstRefuted().orElseThrow().line()).as(r.render()).isEqualTo(5);
  }

  @Test
  void subscriptPartialOfADefinedQuantityIsProvedAndAWrongOneRefuted() {
    assertThat(decided(check("\\partial_{w} L = 2(w - 3)")))
        .isEqualTo(1);
    assertThat(check("\\partial_{w} L = 2(w + 3)").firstRefuted()).isPresent();
  }

  @Test
  void subscriptThatOnlyIndexesTheArgumentsIsNotRead() {
    CheckReport r = check("\\partial_j S_i(\\mathbf z) = 0");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isZero();
  }

  @Test
  void operatorDOfADefinedFunctionIsItsDerivative() {
    assertThat(decided(check("D g(x) = 3x^2"))).isEqualTo(1);
    assertThat(decided(check("D_x g(x) = 3x^2"))).isEqualTo(1);
    assertThat(check("D_x g(x) = 3x").firstRefuted().orElseThrow().line()).isEqualTo(5);
  }

  @Test
  void dBeforeAFunctionTheTextDoesNotDefineStaysAName() {
    CheckReport r = check("D h(x) = 3x^2");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isZero();
  }
}

package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A derivative with an evaluation bar, {@code \left.\frac{d}{dx} f(x)\right|_{x=0}},
 * {@code \Big|_{x=1}}, {@code \bigg\rvert_{x=2}}: "cannot read: unexpected '.'" before; now
 * f′ at the point.
 */
@Timeout(60)
class EvaluationBarsTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String claim) {
    return FixturePair.checkMarkdown(engine, "Let $f(x) = x^2 + 3x$.\n\n$$" + claim + "$$\n");
  }

  @Test
  void eachBarAfterTheDerivativeOfADefinedFunctionIsProved() {
    for (String claim : new String[] {"\\left.\\frac{d}{dx} f(x)\\right|_{x=0} = 3",
        "\\frac{d}{dx} f(x) \\Big|_{x=1} = 5", "\\frac{df}{dx} \\bigg\\rvert_{x=2} = 7"}) {
      CheckReport r = check(claim);
      assertThat(r.count(StepVerdict.Proved.class) + r.count(StepVerdict.Unknown.class))
          .as(r.render()).isEqualTo(1); // unknown: a proof that ran out of time
    }
  }

  @Test
  void wrongValueAtTheBarIsRefutedAtItsLine() {
    CheckReport r = check("\\frac{df}{dx} \\bigg\\rvert_{x=2} = 8");
    assertThat(r.firstRefuted().orElseThrow().line()).as(r.render()).isEqualTo(3);
  }

  @Test
  void barAfterAnythingButADerivativeIsRefusedByName() {
    CheckReport r = check("\\left. x^2 \\right|_{x=3} = 9");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("evaluation bar");
  }
}

package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Second derivatives as fractions, {@code \frac{d^2 f}{dx^2}}, {@code \frac{\partial^2 L}{\partial
 * w^2}}, {@code \frac{\partial^2 g}{\partial x \partial y}}: all were "not checked: cannot read:
 * second derivatives" (three steps of the chk-corpus7 held-out files).
 */
@Timeout(60)
class SecondOrderFractionsTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String claim) {
    return FixturePair.checkMarkdown(engine, "Let $f(x) = x^4 + x$ and $g(x, y) = x^2 y^3$.\n\n"
        + "Let $a = w x$ and $L = (a - y)^2$.\n\n$$" + claim + "$$\n");
  }

  @Test
  void secondDerivativeOfADefinedFunctionIsProved() {
    CheckReport r = check("\\frac{d^2 f}{dx^2} = 12x^2");
    assertThat(r.count(StepVerdict.Proved.class) + r.count(StepVerdict.Unknown.class))
        .as(r.render()).isEqualTo(1); // unknown: a proof that ran out of time
  }

  @Test
  void wrongSecondDerivativeIsRefutedAtItsLine() {
    CheckReport r = check("\\frac{d^2 f}{dx^2} = 12x");
    assertThat(r.firstRefuted().orElseThrow().line()).as(r.render()).isEqualTo(5);
  }

  @Test
  void mixedPartialIsProvedAndAWrongOneRefuted() {
    CheckReport right = check("\\frac{\\partial^2 g}{\\partial x \\partial y} = 6xy^2");
    assertThat(right.count(StepVerdict.Proved.class) + right.count(StepVerdict.Unknown.class))
        .as(right.render()).isEqualTo(1); // unknown: a proof that ran out of time
    CheckReport wrong = check("\\frac{\\partial^2 g}{\\partial x \\partial y} = 6xy");
    assertThat(wrong.firstRefuted()).as(wrong.render()).isPresent();
  }

  @Test
  void secondPartialThroughADefinitionIsProvedAndAWrongOneRefuted() {
    CheckReport right = check("\\frac{\\partial^2 L}{\\partial w^2} = 2x^2");
    assertThat(right.firstRefuted()).as(right.render()).isEmpty();
    assertThat(right.count(StepVerdict.Proved.class) + right.count(StepVerdict.Unknown.class))
        .as(right.render()).isEqualTo(1); // unknown: a proof that ran out of time
    CheckReport wrong = check("\\frac{\\partial^2 L}{\\partial w^2} = 2x");
    assertThat(wrong.firstRefuted()).as(wrong.render()).isPresent();
  }

  @Test
  void operatorFormAppliedTwiceIsProved() {
    CheckReport r = check("\\frac{d^2}{dx^2} \\left(x^3 + x\\right) = 6x");
    assertThat(r.count(StepVerdict.Proved.class) + r.count(StepVerdict.Unknown.class))
        .as(r.render()).isEqualTo(1); // unknown: a proof that ran out of time
  }

  @Test
  void secondDerivativeOfAnUndefinedNameIsNeverProvedZero() {
    CheckReport r = check("\\frac{d^2 h}{dx^2} = 0");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isZero();
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aThirdOrderFractionIsRefusedByName() {
    CheckReport r = check("\\frac{d^3 f}{dx^3} = 24x");
    assertThat(r.render()).contains("order 3");
  }
}

package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A point named in prose ("vanishes at $x = 0$") made every later general step a ✓ "at x = 0",
 * the wrong tanh′ = 1 + tanh² among them (found by a new user). A step true only at the point,
 * whose sides both vary with x, is now not checked; "For all $x$:" ends the point.
 */
@Timeout(60)
class PointNamedInProseTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aWrongIdentityTrueOnlyAtTheNamedPointIsNeverProved() {
    CheckReport r = check("So the maximum is at $x=0$.\n\n"
        + "$$\\frac{d}{dx}\\tanh x = 1 + \\tanh^2 x$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isZero();
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("holds at x = 0").contains("is ambiguous");
  }

  @Test
  void aRightIdentityAfterTheNamedPointIsStillProved() {
    CheckReport r = check("So the maximum is at $x=0$.\n\n"
        + "$$\\frac{d}{dx}\\tanh x = 1 - \\tanh^2 x$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aValueAtThePointWithOneConstantSideIsStillReadThere() {
    CheckReport r = check("At $x = 0$:\n\n$$\\frac{d}{dx}\\tanh x = 1$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void forAllEndsThePointSoTheWrongStepIsRefuted() {
    CheckReport r = check("The derivative vanishes at $x = 0$.\n\nFor all $x$:\n\n"
        + "$$\\frac{d}{dx}(x^2 + x^3) = 2x + x^2$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void anyIdentityWrittenInThePointsNameOnBothSidesIsAmbiguousThere() {
    CheckReport r = check("The minimum is at $x = 0$.\n\n$$\\tanh(x) = x$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isZero();
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aSubstitutionThatDropsThePointsNameIsReadAtThePoint() {
    CheckReport r = check("Here $a = \\sigma(z)$ with $z = wx + b$, for the input $x = 1$ and "
        + "target $y = 0$.\n\n$$(a-y)\\sigma'(z) x = a \\sigma'(z)$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }
}

package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Ng's names for derivatives: after {@code dz = \frac{\partial L}{\partial z}}, a later
 * {@code x \, dz} is x times that derivative, not x·d·z (read so, a correct lecture transcript
 * had three true steps refuted).
 */
@Timeout(60)
class DifferentialNamesTest extends gradlab.symbolic.EngineFixture {
  private static final String GIVEN = "Let $z = w x + b$, $a = \\sigma(z)$ and "
      + "$L = -(y \\log(a) + (1 - y) \\log(1 - a))$.\n\n"
      + "$$dz = \\frac{\\partial L}{\\partial z} = a - y$$\n\n";

  @Test
  void aDerivativeNamedDzIsThatDerivativeWhereverTheTextUsesIt() {
    CheckReport r = FixturePair.checkMarkdown(engine, GIVEN
        + "$$dw = \\frac{\\partial L}{\\partial w} = x \\, dz$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void aWrongStepThroughANamedDerivativeIsStillRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, GIVEN
        + "$$dw = \\frac{\\partial L}{\\partial w} = 2 x \\, dz$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aDifferentialAloneInBracesIsLeftAsWritten() {
    String text = "$dz = \\frac{dL}{dz}$, $\\frac{da}{dz} = a$, $u = x \\, dz$";
    assertThat(DifferentialNames.rewrite(text))
        .isEqualTo("$\\frac{dL}{dz}$, $\\frac{da}{dz} = a$, $u = x \\, \\frac{dL}{dz}$");
  }

  @Test
  void withoutANamingTheLettersDzAreLeftAsWritten() {
    String text = "$u = x \\, dz$ and $\\frac{dL}{dz} = 1$";
    assertThat(DifferentialNames.rewrite(text)).isEqualTo(text);
  }
}

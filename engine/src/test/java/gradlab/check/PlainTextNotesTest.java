package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Plain-text forms of new users' notes: a note in brackets after an adverb ("s = log(sigma^2)
 * instead (more stable, no division by 0)"), a colon closing a formula, sigma^2 as a scale
 * (never the sigmoid), and a blog's en dash and dot ("y = α.(e^x – 1)", sefiks.com's ELU).
 */
@Timeout(120)
class PlainTextNotesTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport txt(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("t.txt", text);
  }

  @Test
  void aBracketedNoteAfterAnAdverbIsNotAFunction() {
    CheckReport r = txt("L = (y - g)^2/(2*sigma^2) + log(sigma^2)/2\n"
        + "train s = log(sigma^2) instead (more stable, no division by 0), so 1/sigma^2 = exp(-s):\n"
        + "L = 0.5*exp(-s)*(y - g)^2 + 0.5*s\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void sigmaSquaredIsAScaleSoAWrongGradientIsRefuted() {
    CheckReport r = txt("L = g^2/sigma^2\n"
        + "dL/dg = g/sigma^2\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void sigmaSquaredAsAScaleProvesATrueGradient() {
    CheckReport r = txt("L = g^2/sigma^2\n"
        + "dL/dg = 2*g/sigma^2\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isPositive();
  }

  @Test
  void anEnDashIsAMinusAndADotAfterAGreekLetterAProduct() {
    CheckReport r = txt("y = α.(e^x – 1) = α.e^x – α\n"
        + "dy/dx = α.e^x – α + α = y + α\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void aDroppedFactorWrittenWithAnEnDashIsRefuted() {
    CheckReport r = txt("y = α.(e^x – 1) = α.e^x – 1\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aSentenceOfWordsEndingInAColonStaysUnread() {
    CheckReport r = txt("L = (y - f)^2/2\n"
        + "Check that the two pieces meet at a = delta:\n"
        + "L = 1\n");
    assertThat(r.steps()).as(r.render()).noneMatch(s -> s.line() == 2
        && s.verdict() instanceof StepVerdict.Refuted);
  }
}

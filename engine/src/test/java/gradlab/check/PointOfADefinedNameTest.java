package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A plain "at T = 0: …" that gives a value to a name the text defines: a claim through another
 * definition of that name (SGDR's η of T) is not refuted at other values of it, while a claim of
 * the point's name alone is read at the point and a wrong one is still refuted.
 */
@Timeout(120)
class PointOfADefinedNameTest extends EngineFixture {
  private static CheckReport check(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("t.txt", text);
  }

  @Test
  void aTrueClaimThroughAnotherDefinitionIsNotRefuted() {
    CheckReport r = check("eta = 1 + cos(pi * T / 10)\n\nT = epochs since the restart\n\n"
        + "at T = 0: cos(0) = 1 so eta = 2\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aWrongClaimOfThePointsNameAloneIsRefutedAtThePoint() {
    CheckReport r = check("z = 1/(1 + exp(-x))\n\nat z = 0.5: z*(1-z) = 0.75\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.render()).contains("z = 0.5");
  }
}

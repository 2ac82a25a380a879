package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A bare name written at the end of a claim, "d lse/dx1 = exp(x1)/(exp(x1) + exp(x2)) = p1",
 * names that quantity as a left side does, so later claims about it ("p1 + p2 = 1") are
 * premises of a step that uses it. Before, p2 was "not defined in the text and occurs on one side
 * only", and a wrong p1*(1 + p1) = p1*p2 was missed (a log-sum-exp Hessian typed in ASCII).
 */
@Timeout(120)
class NameAtTheEndOfAClaimIsAPremiseQuantityTest extends gradlab.symbolic.EngineFixture {
  private static final String TEXT = "lse(x1, x2) = log(exp(x1) + exp(x2))\n\n"
      + "d lse/dx1 = exp(x1)/(exp(x1) + exp(x2)) = p1\n"
      + "d lse/dx2 = p2, so p1 + p2 = 1\n"
      + "h = p1*(1 ";

  private static CheckReport check(String text) throws Exception {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("x.txt", text);
  }

  @Test
  void aWrongStepAboutNamesRelatedByAnEarlierClaimIsRefuted() throws Exception {
    CheckReport r = check(TEXT + "+ p1) = p1*p2\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> assertThat(s.line())
        .isEqualTo(5));
  }

  @Test
  void theTrueStepAboutNamesRelatedByAnEarlierClaimIsNotRefuted() throws Exception {
    CheckReport r = check(TEXT + "- p1) = p1*p2\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}

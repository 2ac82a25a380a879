package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * f-GAN's conjugates (held-out set 28): f(u) = u log u, then f(u) = (u − 1)², then "for the
 * Kullback-Leibler generator f'(u) = 1 + log u" about the first f; it was refuted with the
 * second. A step about a function the text defined twice is refuted only where it fails under
 * the earlier definition too.
 */
@Timeout(120)
class FunctionDefinedAnewEarlierReadingTest extends gradlab.symbolic.EngineFixture {
  private static final String TEXT = "For the first divergence, $f(u) = u \\log u$.\n\n"
      + "For the second, $f(u) = (u - 1)^2$.\n\n"
      + "For the first generator, $f'(u) = %s$.\n";

  private static CheckReport check(String typed) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkMarkdown("fgan.md", typed);
  }

  @Test
  void aStepTrueOfTheEarlierDefinitionIsNotRefuted() {
    CheckReport r = check(TEXT.formatted("1 + \\log u"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("ambiguous: f is defined anew at line 3");
  }

  @Test
  void aStepFalseOfBothDefinitionsIsStillRefutedAtItsLine() {
    CheckReport r = check(TEXT.formatted("2 + \\log u"));
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(5));
  }

  @Test
  void aStepTrueOfTheNewDefinitionIsProved() {
    CheckReport r = check(TEXT.formatted("2(u - 1)"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }
}

package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * After "Case 2. Otherwise", every refutation was "not checked … which the case may exclude"
 * until the next heading, even of a claim the text states for every real value, "In general,
 * for every real $x$ …" ({@link RealQuantifiedNames}): a wrong step unseen. "For every $x$"
 * without "real" may mean every x of the case and stays not checked.
 */
@Timeout(60)
class AClaimForEveryRealValueAfterAnOtherCaseIsRefutedTest extends gradlab.symbolic.EngineFixture {
  private static final String CASES = "Case 1. If $x > 0$, then\n$$|x| = x$$\nCase 2. Otherwise,\n"
      + "$$|x| = -x$$\n\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aWrongClaimForEveryRealValueAfterAnOtherwiseCaseIsRefutedAtItsLine() {
    CheckReport r = check(CASES + "In general, for every real $x$ we also have\n\n"
        + "$$(x + 1)^2 = x^2 + 1$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(8);
  }

  @Test
  void aWrongClaimForAllXInTheRealsAfterAnOtherwiseCaseIsRefuted() {
    CheckReport r = check(CASES + "For all $x \\in \\mathbb{R}$,\n\n$$(x + 1)^2 = x^2 + 1$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void theOtherCasesOwnTrueClaimIsStillNotRefuted() {
    CheckReport r = check(CASES + "In general, for every real $x$ we also have\n\n"
        + "$$(x + 1)^2 = x^2 + 2x + 1$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aClaimForEveryXWithoutRealInTheOtherCaseIsNotRefuted() {
    CheckReport r = check("Case 1. If $x > 0$, then\n$$|x| = x$$\nCase 2. Otherwise, for every"
        + " $x$ of this case\n$$|x| = -x$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aClaimForEveryRealValueNarrowedByWordsInTheOtherCaseIsNotRefuted() {
    CheckReport r = check("Case 1. If $x > 0$, then\n$$|x| = x$$\nCase 2. Otherwise, for every"
        + " real $x$ in this case\n$$|x| = -x$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}

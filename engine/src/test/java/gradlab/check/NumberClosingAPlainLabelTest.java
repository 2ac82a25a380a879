package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A number that closes a label's words before its colon is no factor: "scaled by 2: a1 = 6, a2
 * = 2, mu = 4" was read as "2: a1 = 6" (not checked), so a1 kept its old value while a2 moved,
 * and the true mu = 4 was refuted (a student's notes on layer normalisation). The same line read as
 * Markdown is bare text, read by {@link BareTextRuns}.
 */
@Timeout(120)
class NumberClosingAPlainLabelTest extends gradlab.symbolic.EngineFixture {
  private static final String MEAN = "mu = (a1 + a2)/2\n\nat a1 = 3, a2 = 1: mu = 2\n\n";

  @Test
  void theLabelledPointIsBoundWhole() {
    CheckReport r = plain(MEAN + "scaled by 2: a1 = 6, a2 = 2, mu = 4\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
  }

  @Test
  void aWrongMeanAtTheLabelledPointIsStillRefuted() {
    CheckReport r = plain(MEAN + "scaled by 2: a1 = 6, a2 = 2, mu = 5\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(5);
  }

  @Test
  void theLabelledPointInBareMarkdownTextIsBoundWhole() {
    CheckReport r = FixturePair.checkMarkdown(engine, MEAN
        + "scaled by 2: a1 = 6, a2 = 2, mu = 4\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aWrongMeanInBareMarkdownTextIsStillRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, MEAN
        + "scaled by 2: a1 = 6, a2 = 2, mu = 5\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(5);
  }

  /** As {@code gradlab check} reads a file without LaTeX: the plain-text format. */
  private CheckReport plain(String text) {
    return new DocumentChecker(engine, java.time.Duration.ofSeconds(10)).checkText("t.txt", text);
  }
}

package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code \log(1000) = 3} was ✗ read as ln (found by a new user); log₁₀ and log₂ are readings
 * of an unbased log. Where ln fails and another base holds: "not checked: ambiguous"; where
 * every base fails, or the text writes ln, the step stays refuted.
 */
@Timeout(60)
class LogBaseReadingsTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aCommonLogarithmIsNotRefuted() {
    CheckReport r = check("$$\\log(1000) = 3$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("base 10");
  }

  @Test
  void aLogarithmInBitsIsNotRefuted() {
    CheckReport r = check("$$-\\log(0.5) = 1$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("base 2");
  }

  @Test
  void aLogarithmWrongInEveryBaseIsRefuted() {
    CheckReport r = check("$$\\log(1000) = 4$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aNaturalLogarithmWrittenLnIsRefuted() {
    CheckReport r = check("$$\\ln(1000) = 3$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void everyUnbasedLogIsReadToTheBase() {
    assertThat(LogBases.toBase("Log(Log(x)) + aLog(y)", "2"))
        .isEqualTo("(Log((Log(x)/Log(2)))/Log(2)) + aLog(y)");
  }
}

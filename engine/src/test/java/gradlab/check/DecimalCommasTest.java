package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code 0{,}5}, the LaTeX decimal comma, leaked a parser message (found by a new user). */
@Timeout(60)
class DecimalCommasTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aBracedDecimalCommaIsADecimalPoint() {
    CheckReport r = check("$$\\sigma(0) = 0{,}5$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aWrongValueWithADecimalCommaIsRefuted() {
    CheckReport r = check("$$\\sigma(0) = 0{,}6$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void onlyACommaBetweenDigitsIsRead() {
    assertThat(DecimalCommas.asPoints("0{,}5 and a{,}b")).isEqualTo("0.5 and a{,}b");
  }
}

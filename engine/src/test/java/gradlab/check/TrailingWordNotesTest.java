package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One word after a plain-text claim's number, "= 1.475   ok", "= 13.513 epochs", was read as a
 * factor the text never defines ("ok is not defined in the text"); it is a note, and a wrong
 * number before it is never ✗ (the word might have said more), nor a name of the text dropped.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TrailingWordNotesTest extends EngineFixture {
  private static CheckReport check(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("t.txt", text);
  }

  @Test
  void aTickWordAfterANumberIsANote() {
    CheckReport r = check("1.45 - 0.9*0.5 + 1.9*0.25 = 1.475   ok\n");
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aUnitAfterANumberIsANote() {
    CheckReport r = check("ln(2)/ln(1/0.95) = 13.513 epochs\n");
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongNumberBeforeANoteIsNotRefuted() {
    CheckReport r = check("ln(2)/ln(1/0.95) = 15.2 epochs\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aWordTheTextDefinesIsAFactorNotANote() {
    // rate = 3: "18 = 6 rate" is 6·rate, proved; dropped as a note it would be 18 = 6
    CheckReport r = check("rate = 3\n18 = 6 rate\n");
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }
}

package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A constant value of a function at one member of a family, V(s_t) = 2, is a value at the state
 * s_t, not the formula V ≡ 2: a value at s_(t+1) stated in a later line is another case. Read
 * as the constant function, a student's plain-text TD error in numbers had its second value
 * refuted (phone36). A value at a bare letter, u(k) = 1/4, is still a constant function
 * (ValuesAtSubscriptedArgumentsTest).
 */
@Timeout(120)
class ValueAtAFamilyMemberTest extends gradlab.symbolic.EngineFixture {
  private CheckReport plain(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("x.txt", text);
  }

  @Test
  void aValueAtTheNextStateOnALaterLineIsNotRefutedInPlainText() {
    CheckReport r = plain("V(s_t) = 2\nV(s_(t+1)) = 3\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains(ProseCaseValues.NOTE);
  }

  @Test
  void aValueAtTheNextStateInALaterSentenceIsNotRefutedInLatex() {
    CheckReport r = FixturePair.checkMarkdown(engine, "We have $V(s_t) = 2$.\n\n"
        + "Later $V(s_{t+1}) = 3$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void wrongArithmeticAfterTheTwoValuesIsStillRefuted() {
    CheckReport r = plain("V(s_t) = 2\nV(s_(t+1)) = 3\n1 + 0.9*3 - 2 = 1.8\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(
        s -> assertThat(s.line()).isEqualTo(3));
  }
}

package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "Let z = w*x + b and a = sigma(z). Loss L = (a - y)^2 / 2." defined a as "sigma(z). Loss L"
 * (found in the lead's own homework typed in tmux): a full stop before a capital ends a sentence.
 */
@Timeout(300)
class TwoSentencesOnOneLineTest extends CheckFixture {
  private static final String LINE = "Let z = w*x + b and a = sigma(z). Loss L = (a - y)^2 / 2.\n\n";

  @Test
  void eachSentenceIsReadAndTheStepsThroughThemChecked() {
    CheckReport r = checkText("t.txt", LINE + "dL/dw = (a - y) * a*(1 - a) * x\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    r = checkText("t.txt", LINE + "dL/dw = (a - y) * a*(1 - a)\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void decimalsAndAbbreviationsEndNoSentence() {
    assertThat(SentenceEnds.split("a = 0.5 and b = 1.5")).containsExactly("a = 0.5 and b = 1.5");
    assertThat(SentenceEnds.split("i.e. The same")).hasSize(1);
    assertThat(SentenceEnds.split("f(x. Y) = 1")).hasSize(1);
    assertThat(SentenceEnds.split("a = 2. Then b = 3")).containsExactly("a = 2", "Then b = 3");
  }
}

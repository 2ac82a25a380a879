package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "For the squared loss L = ½(ŷ − y)²" in a chatbot's answer pasted by a new user: "For" kept
 * the line from losing its words, so L was "not defined" and every step through it not checked.
 * "For" before an article starts words, not a point; "for y = 1" stays a point.
 */
@Timeout(300)
class ForTheWordsBeforeADefinitionTest extends CheckFixture {
  private static final String LOSS = "For the squared loss L = ½(w·x − y)²\n\n";

  @Test
  void theDefinitionAfterTheWordsIsRead() {
    CheckReport r = checkText("t.txt", LOSS + "∂L/∂w = (w·x − y)·x\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aDroppedFactorThroughTheDefinitionIsRefuted() {
    CheckReport r = checkText("t.txt", LOSS + "∂L/∂w = (w·x − y)\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void forANameIsStillAPoint() {
    CheckReport r = checkText("t.txt", "L = ½(w·x − y)²\n\nfor y = 1: L = ½(w·x − 1)²\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }
}

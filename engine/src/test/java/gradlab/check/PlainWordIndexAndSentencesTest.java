package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Plain-text names with a word as index (v_new, x_in) are names of their own, and a formula's
 * sentence is read without the prose sentence before it and without its full stop.
 */
class PlainWordIndexAndSentencesTest extends EngineFixture {
  private static final String NESTEROV = "v_new = mu*v - lr*g\nx_new = x + v_new\n"
      + "y_new = x_new + mu*v_new\n";

  private static CheckReport check(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("t.txt", text);
  }

  @Test
  void nameWithAWordIndexDefinesItself() {
    // v_new was the engine's pattern v_: its definition was no definition, every step after it
    // "not checked"
    CheckReport r = check(NESTEROV + "y_new = x + (1 - mu)*v_new\n");
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
    CheckReport right = check(NESTEROV + "y_new = x + (1 + mu)*v_new\n");
    assertThat(FixturePair.lastClaim(right).verdict()).as(right.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void nameWithAWordIndexIsNotItsBase() {
    CheckReport r = check("x_in = 2\nx = 3\nx_in + x = 5\n");
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void formulaAfterAProseSentenceEndingInAStopIsADefinition() {
    String text = "cs231n says people store the lookahead point instead of x. call it "
        + "y = x + mu*v.\n";
    CheckReport right = check(text + "y - mu*v = x\n");
    assertThat(FixturePair.lastClaim(right).verdict()).as(right.render())
        .isInstanceOf(StepVerdict.Proved.class);
    CheckReport wrong = check(text + "y - mu*v = x + v\n");
    assertThat(FixturePair.lastClaim(wrong).verdict()).as(wrong.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void sentenceWithARelationBeforeTheFormulaIsStillRead() {
    // only a sentence without a relation is dropped: "2 + 2 = 5." is still a claim
    CheckReport r = check("first 2 + 2 = 5. then y = 3\n");
    assertThat(r.steps().stream().filter(StepResult::isClaim)).as(r.render()).isNotEmpty();
  }
}

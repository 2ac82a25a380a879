package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "what" and "that" have the form of a letter and "hat" (yhat is ŷ): they became ŵ and t̂ in a
 * plain-text line's report and {@code \hat{t}} inside {@code \text{so that}} (new-user tester).
 */
@Timeout(60)
class ProseWordsAreNotHattedNamesTest extends gradlab.symbolic.EngineFixture {
  @Test
  void proseWordsStayWordsAndYhatIsStillTheHattedName() {
    assertThat(PlainHats.asHats("So what is that? yhat = w x, What, p_hat"))
        .isEqualTo("So what is that? \\hat{y} = w x, What, \\hat{p}");
    assertThat(LatexNames.readable("what")).isEqualTo("what");
    assertThat(LatexNames.readable("yhat")).isEqualTo("y\u0302");
  }

  @Test
  void aPlainTextLineOfProseNamesTheWordsAsTyped() {
    CheckReport r = new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("t.txt",
        "let y = 1\nL = (yhat - y)^2\nso what we get is that d/dyhat L = 2*(yhat - y)\n"
        + "d/dyhat L = 2*(yhat - y)\n");
    assertThat(r.render()).doesNotContain("ŵ").doesNotContain("t̂");
    // the leading prose is set aside (it defines nothing), so both lines are read and proved
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void soThatBetweenTwoFormulasIsStillAConnective() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "$$a = 1 + 1 \\text{ so that } 2a = 4$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
    CheckReport wrong = FixturePair.checkMarkdown(engine,
        "$$a = 1 + 1 \\text{ so that } 2a = 5$$\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).isPresent();
  }
}

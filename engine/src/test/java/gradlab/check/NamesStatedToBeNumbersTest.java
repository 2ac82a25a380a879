package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "$y$, $x$ and $w$ are numbers and $r \sim \mathrm{Bernoulli}(p)$" (Srivastava et al.'s dropout
 * on one input): only the last name of such a list could be called a constant, and none by "are
 * numbers", so E[(y − r x w)²] needed "independence of r, w, x, y" and its planted p² for p was
 * not checked. Every lone name of the list is a number now; without the words the names stay
 * random and the step unchecked.
 */
@Timeout(120)
class NamesStatedToBeNumbersTest extends gradlab.symbolic.EngineFixture {
  private static final String NUMBERS = "Here $y$, $x$ and $w$ are numbers and "
      + "$r \\sim \\mathrm{Bernoulli}(p)$.\n\n";

  @Test
  void theExpectedSquaredErrorIsProved() {
    CheckReport r = FixturePair.checkMarkdown(engine, NUMBERS
        + "$$\\mathbb{E}[(y - r x w)^2] = y^2 - 2 p x w y + p x^2 w^2$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void theExpectedSquaredErrorWithPSquaredIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, NUMBERS
        + "$$\\mathbb{E}[(y - r x w)^2] = y^2 - 2 p x w y + p^2 x^2 w^2$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void withoutTheWordsTheNamesStayRandom() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Here $y$, $x$ and $w$ are given and "
        + "$r \\sim \\mathrm{Bernoulli}(p)$.\n\n"
        + "$$\\mathbb{E}[(y - r x w)^2] = y^2 - 2 p x w y + p^2 x^2 w^2$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}

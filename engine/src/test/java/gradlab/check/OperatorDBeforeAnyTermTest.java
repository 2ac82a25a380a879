package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import org.junit.jupiter.api.Test;

/** D is d/dx before any term where the text equates d/dx f(x) with Df(x) (d2l's rules). */
class OperatorDBeforeAnyTermTest extends EngineFixture {
  private static final String SHOWN = "Let $f(x) = x^3$. The notations agree:\n\n"
      + "$$f'(x) = \\frac{d}{dx} f(x) = Df(x)$$\n\nThe rules:\n\n";

  private static StepResult last(String markdown) {
    return FixturePair.lastClaim(FixturePair.checkMarkdown(engine, markdown));
  }

  @Test
  void powerRuleInOperatorNotationIsProved() {
    StepResult r = last(SHOWN + "* $Dx^n = nx^{n-1}$ ($n$ is any real number),\n");
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void constantRuleOfANameTheTextDoesNotRangeIsNotRefuted() {
    // d/dx C = 0 holds only if C does not depend on x, which the text says only in words
    StepResult r = last(SHOWN + "* $DC = 0$ ($C$ is a constant),\n");
    assertThat(r.verdict()).as(r.toString()).isInstanceOfSatisfying(StepVerdict.NotChecked.class,
        n -> assertThat(n.reason()).contains("dependence on x"));
  }

  @Test
  void wrongExponentialRuleInOperatorNotationIsRefuted() {
    StepResult r = last(SHOWN + "* $De^x = 2e^x$,\n");
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aCapitalDTheTextNeverShowsAsAnOperatorIsNotDifferentiated() {
    // D may be a dataset's size here: DC = 0 is not d/dx C = 0, and never refuted
    // (DC may also be read as one name, an acronym set to 1: then line 3 holds no claim at all)
    CheckReport r = FixturePair.checkMarkdown(engine,
        "Let $f(x) = x^3$ and $Df(x) = 3x^2$.\n\n* $DC = 1$\n");
    assertThat(r.steps()).as(r.render()).filteredOn(s -> s.line() == 3).isNotEmpty()
        .noneMatch(s -> s.verdict() instanceof StepVerdict.Refuted
            || s.verdict() instanceof StepVerdict.Proved);
  }
}

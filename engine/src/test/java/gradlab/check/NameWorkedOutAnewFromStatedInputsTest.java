package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A display that works a named value out anew from the inputs the text stated (PyTorch's
 * momentum v₁ = 0.9 · 0 + 2 · 1 = 2, then Sutskever's form v₁ = 0.9 · 0 + 0.1 · 2 = 0.2, with
 * μ = 0.9 stated) is a new quantity under the same name or a wrong value: never refuted against
 * the first value (held34: a true step of the PyTorch SGD passage was ✗). A restatement that
 * gives the same value and then a wrong number, and a new value from numbers the text never
 * gave, are still refuted.
 */
@Timeout(300)
class NameWorkedOutAnewFromStatedInputsTest extends CheckFixture {
  private static final String MD = "# Momentum in two forms\n\nTake $p_0 = 1$, $v_0 = 0$ and "
      + "$\\mu = 0.9$. In the first form\n\n$$v_1 = 0.9 * 0 + 2 \\cdot 1 = 2, \\qquad p_1 = 1 "
      + "- 0.1 * 2 = 0.8$$\n\nIn the second form the velocity carries the learning rate:\n\n";

  @Test
  void theSecondFormIsNotRefutedAgainstTheFirst() {
    CheckReport r = checkMarkdown("t.md", MD + "$$v_1 = 0.9 * 0 + 0.1 * 2 = 0.2, \\qquad p_1 = "
        + "1 - 0.2 = 0.8$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aRestatementWithAWrongNumberIsStillRefuted() {
    CheckReport r = checkMarkdown("t.md", MD + "$$v_1 = 0.9 * 0 + 2 \\cdot 1 = 3$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).as(r.render()).isEqualTo(9);
  }

  @Test
  void aNewValueFromNumbersTheTextNeverGaveIsStillRefuted() {
    CheckReport r = checkMarkdown("t.md", MD + "$$v_1 = 5 - 2$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}

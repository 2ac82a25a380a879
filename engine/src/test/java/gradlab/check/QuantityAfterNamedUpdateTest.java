package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One Newton step written under a new name, w_new = … = 2 after the point w = 0, then "then
 * p = sigma(2) = 0.8808" of p = σ(w x): the restated p is at the new w. It was refuted at the old
 * point w = 0 (a false ✗ in logistic-newton-step-ascii.md, nc20); a wrong value at the new point
 * is still refuted.
 */
@Timeout(120)
class QuantityAfterNamedUpdateTest extends gradlab.symbolic.EngineFixture {
  private static final String PLAIN = "p = sigma(w*x)\nx = 1, w = 0:\np = sigma(0) = 0.5\n"
      + "w_new = 0 + 2 = 2\n";
  private static final String LATEX = "Let $p = \\sigma(w x)$. At $x = 1$, $w = 0$:\n\n"
      + "$$p = \\sigma(0) = 0.5$$\n\n$$w_{new} = 0 + 2 = 2$$\n\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aQuantityRestatedAfterAPlainUpdateIsReadAtTheNewValue() {
    CheckReport r = check(PLAIN + "then p = sigma(2) = 0.8808\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("at x = 1, w = 2");
  }

  @Test
  void aWrongValueAtTheNewPointAfterAPlainUpdateIsRefuted() {
    CheckReport r = check(PLAIN + "then p = 0.7\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> assertThat(s.line())
        .isEqualTo(5));
    assertThat(r.render()).contains("refuted at x = 1, w = 2");
  }

  @Test
  void aQuantityRestatedAfterALatexUpdateIsReadAtTheNewValue() {
    CheckReport r = check(LATEX + "then $p = \\sigma(2) = 0.8808$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("at x = 1, w = 2");
  }

  @Test
  void aWrongValueAtTheNewPointAfterALatexUpdateIsRefuted() {
    CheckReport r = check(LATEX + "then $p = \\sigma(2) = 0.7$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.render()).contains("w = 2").doesNotContain("refuted at x = 1, w = 0");
  }
}

package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Mazur's names without subscripts, $net = …$ and $out = …$, were read as n·e·t and o·u·t, so a
 * wrong value put in for net was not found (found by a new user).
 */
@Timeout(60)
class WordNamesTest extends gradlab.symbolic.EngineFixture {
  private static final String FORWARD = "Forward pass: $net = w_1 i_1 + w_2 i_2$, "
      + "$out = \\frac{1}{1 + e^{-net}}$.\n\nWith $w_1 = 0.15$, $i_1 = 0.05$, $w_2 = 0.2$, "
      + "$i_2 = 0.1$:\n\n$$net = 0.15 \\cdot 0.05 + 0.2 \\cdot 0.1 = 0.0275$$\n\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aWrongValuePutInForAWordNameIsRefutedAtItsLine() {
    CheckReport r = check(FORWARD + "$$out = \\frac{1}{1 + e^{-0.0375}} = 0.509$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(7);
  }

  @Test
  void theRightValuePutInIsNotRefuted() {
    CheckReport r = check(FORWARD + "$$out = \\frac{1}{1 + e^{-0.0275}} = 0.507$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void onlyDefinedWordsWithAVowelBecomeNames() {
    assertThat(WordNames.rewrite("$net = a$ and $xyz = b$, $$net_{o1} + net + xyz$$"))
        .isEqualTo("$\\mathrm{net} = a$ and $xyz = b$, $$net_{o1} + \\mathrm{net} + xyz$$");
  }
}

package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * DDPM writes {@code \tilde{\boldsymbol\mu}_t}: the font command without braces was kept in the
 * name, "boldsymbolmutildet"; the font is no part of a name, braced or not.
 */
@Timeout(30)
class BoldWithoutBracesUnderAnAccentTest {
  @Test
  void anUnbracedBoldUnderATildeIsNotPartOfTheName() {
    String braced = LatexReader.read("\\tilde{\\boldsymbol{\\mu}}_t", LatexReading.defaults())
        .engineSyntax();
    String bare = LatexReader.read("\\tilde{\\boldsymbol\\mu}_t", LatexReading.defaults())
        .engineSyntax();
    assertThat(bare).doesNotContain("boldsymbol").isEqualTo(braced);
  }
}

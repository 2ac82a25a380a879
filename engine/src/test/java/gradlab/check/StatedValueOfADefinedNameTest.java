package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "For $z = 2$, $y = 1$: $L = \log(1+e^2) - 2$" with z = wx + b and the values w = 2, x = 1,
 * b = 0.1 from an earlier part was ✗ at those values, where z is 2.1 (a new user, user34). The
 * value a line states for a name the text defines is a hypothesis a point must keep; the step is
 * decided with z = 2 put in, the reading the text means, and ✗ only where it fails there too.
 */
@Timeout(60)
class StatedValueOfADefinedNameTest extends gradlab.symbolic.EngineFixture {
  private static final String TEXT = "## 1. A unit\n\n"
      + "Let $z = wx + b$ with $w = 2$, $x = 1$, $b = 0.1$, and $y = 1$.\n\n$$z = 2.1$$\n\n"
      + "## 2. BCE through softplus\n\nWith $p = \\sigma(z)$, the loss is\n\n"
      + "$$L = -y\\log p - (1-y)\\log(1-p) = \\log(1 + e^{z}) - yz$$\n\n"
      + "For $z = 2$, $y = 1$: $L = %s \\approx %s$.\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aValueAtTheStatedValueOfADefinedNameIsNotRefutedAtTheEarlierValues() {
    CheckReport r = check(TEXT.formatted("\\log(1+e^2) - 2", "0.1269"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("with z = 2 (line 13) as stated");
  }

  @Test
  void aWrongValueAtTheStatedValueIsRefutedThere() {
    CheckReport r = check(TEXT.formatted("\\log(1+e^2) - 1", "1.1269"));
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> assertThat(s.line())
        .isEqualTo(13));
    assertThat(r.render()).contains("with z = 2 (line 13) as stated");
  }
}

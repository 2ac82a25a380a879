package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * After "Let $K = 2$ and $L = 3$", {@code $$KL = 5$$} was ✗ as K·L = 6, though KL may be one
 * name (an acronym, as KL, MSE, NLL are) that the text does not define: it is now "not checked:
 * ambiguous". A run of lower-case letters, {@code $xy = 5$} after x = 2, y = 3, has no such
 * reading and stays ✗; a true product, {@code $KL = 6$} or {@code $xy = 6$}, stays proved, and a
 * step false under both readings ({@code $K \cdot L = 5$}, no run) stays ✗.
 */
@Timeout(300)
class CapitalRunsAreAcronymsOrProductsTest extends CheckFixture {
  private static final String CAPITALS = "# t\n\nLet $K = 2$ and $L = 3$.\n\n";
  private static final String SMALL = "# t\n\nLet $x = 2$ and $y = 3$.\n\n";

  @Test
  void aFalseProductOfCapitalsWrittenTogetherIsAmbiguousNotRefuted() {
    CheckReport r = checkMarkdown("t.md", CAPITALS + "$$KL = 5$$\n");
    assertThat(claimOnLine(r, 5).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.NotChecked.class);
    assertThat(r.render()).contains("ambiguous: KL could be one name");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aTrueProductOfCapitalsWrittenTogetherStaysProved() {
    CheckReport r = checkMarkdown("t.md", CAPITALS + "$$KL = 6$$\n");
    assertThat(claimOnLine(r, 5).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aFalseProductWrittenWithADotStaysRefuted() {
    CheckReport r = checkMarkdown("t.md", CAPITALS + "$$K \\cdot L = 5$$\n");
    assertThat(claimOnLine(r, 5).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void lowerCaseLettersTogetherAreAProductAndAFalseOneStaysRefuted() {
    CheckReport right = checkMarkdown("t.md", SMALL + "$$xy = 6$$\n");
    assertThat(claimOnLine(right, 5).verdict()).as(right.render())
        .isInstanceOf(StepVerdict.Proved.class);
    CheckReport wrong = checkMarkdown("t.md", SMALL + "$$xy = 5$$\n");
    assertThat(claimOnLine(wrong, 5).verdict()).as(wrong.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }
}

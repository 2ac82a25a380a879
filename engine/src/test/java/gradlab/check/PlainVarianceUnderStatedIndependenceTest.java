package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Var(…) in a plain-text line and independence stated in plain letters ("Let X and Y be
 * independent."): both were unread, so Var(X + Y) = Var(X) + Var(Y) was "not checked: … read in
 * a Markdown text, not in plain text" and a wrong weight of Var went unseen (user37, user38).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PlainVarianceUnderStatedIndependenceTest extends CheckFixture {
  private static final String STATED = "Let X and Y be independent.\n\n";

  @Test
  void theVarianceOfAWeightedSumOfIndependentNamesIsProvedInPlainText() {
    CheckReport r = checkText("hw.md", STATED + "Var(2X + 3Y) = 4 Var(X) + 9 Var(Y)\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(claimOnLine(r, 3).lhs()).as(r.render()).isEqualTo("Var(2X + 3Y)");
  }

  @Test
  void unsquaredWeightsOfVarAreRefutedAtTheirLine() {
    CheckReport r = checkText("hw.md", STATED + "Var(X + Y) = Var(X) + Var(Y)\n\n"
        + "Var(2X + 3Y) = 2 Var(X) + 3 Var(Y)\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> assertThat(s.line())
        .isEqualTo(5));
  }

  @Test
  void aVarianceOfASumWithoutStatedIndependenceIsNotRefuted() {
    CheckReport r = checkText("hw.md", "Var(X + Y) = Var(X) + Var(Y)\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(claimOnLine(r, 1).verdict().toString()).as(r.render()).contains("independence");
  }

  @Test
  void namesSaidNotIndependentAreNotTakenIndependent() {
    CheckReport r = checkText("hw.md", "X and Y are not independent.\n\n"
        + "Var(X + Y) = Var(X) + Var(Y)\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(claimOnLine(r, 3).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.NotChecked.class);
  }

  @Test
  void plainIndependenceInProseHoldsForADisplayedVariance() {
    CheckReport r = checkMarkdown("hw.md", STATED
        + "$$\\mathrm{Var}(X - Y) = \\mathrm{Var}(X) - \\mathrm{Var}(Y)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> assertThat(s.line())
        .isEqualTo(3));
  }
}

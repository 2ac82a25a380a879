package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A Markdown table of values, {@code | $x$ | $s(x)$ |} over rows of numbers, was skipped
 * silently: a wrong value in it passed unseen.
 */
@Timeout(60)
class MarkdownTablesTest extends gradlab.symbolic.EngineFixture {
  private static final String SOFTPLUS = "# t\n\nFor $s(x) = \\ln(1 + e^{x})$:\n\n"
      + "| $x$ | $s(x)$ | $s'(x)$ |\n|---|---|---|\n| 0 | 0.6931 | 0.5 |\n| 1 | %s | 0.7311 |\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void theRowsOfATableOfAFunctionTheTextDefinesAreProved() {
    CheckReport r = check(SOFTPLUS.formatted("1.3133"));
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(4);
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aWrongValueInATableIsRefutedAtItsRow() {
    CheckReport r = check(SOFTPLUS.formatted("1.2133"));
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(8);
  }

  @Test
  void aColumnThatIsNoFunctionOfTheFirstIsListedNotChecked() {
    CheckReport r = check("# t\n\n| $x$ | $s(x)^2$ |\n|---|---|\n| 0 | 0.48 |\n\n"
        + "| epoch | loss |\n|---|---|\n| 1 | 0.5 |\n");
    assertThat(r.count(StepVerdict.NotChecked.class)).as(r.render()).isEqualTo(1);
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}

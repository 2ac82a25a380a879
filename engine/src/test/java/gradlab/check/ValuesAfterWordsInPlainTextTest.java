package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Values a plain-text line introduces with words in front ("Let x = 2 and w = 0.5.", "Given
 * x = 2, w = 0.5:", "… with b = 0, w = 0.5 and x = 2.") are the point for what follows; "with"
 * had glued them to the formula before it (a = σ(…)·with·b = 0, so a = 0) and a true value
 * was ✗ (a lecturer, user28).
 */
class ValuesAfterWordsInPlainTextTest extends CheckFixture {
  private CheckReport text(String body) {
    return checkText("t.txt", body);
  }

  @Test
  void valuesAfterWithAreThePointNotFactorsOfTheFormulaBefore() {
    CheckReport r = text("The output is a = σ(w·x + b) with b = 0, w = 0.5 and x = 2.\n\n"
        + "a = 0.731\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongValueAfterWithIsStillRefuted() {
    CheckReport r = text("The output is a = σ(w·x + b) with b = 0, w = 0.5 and x = 2.\n\n"
        + "a = 0.5\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void letAndGivenBeforeValuesNameThePoint() {
    for (String intro : new String[] {"Let x = 2 and w = 0.5.", "Given x = 2, w = 0.5:",
        "using x = 2 and w = 0.5"}) {
      CheckReport r = text(intro + "\n\nsigmoid(w*x) = 0.731\n");
      assertThat(claimOnLine(r, 3).verdict()).as(r.render())
          .isInstanceOf(StepVerdict.Proved.class);
    }
  }

  @Test
  void aWrongClaimAtValuesAfterLetIsRefuted() {
    CheckReport r = text("Let x = 2 and w = 0.5.\n\nsigmoid(w*x) = 0.5\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aClaimAfterTheValuesAndAColonIsCheckedThere() {
    CheckReport r = text("Given x = 2, w = 0.5: w*x = 1\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    CheckReport wrong = text("Given x = 2, w = 0.5: w*x = 2\n");
    assertThat(claimOnLine(wrong, 1).verdict()).as(wrong.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aDefinedNameAfterThePointsIsClaimedNotSwallowedAsAPoint() {
    CheckReport right = text("a = 2\nb = a + 1 = 3\nwhen a = 6, b = 7\n");
    assertThat(claimOnLine(right, 3).verdict()).as(right.render())
        .isInstanceOf(StepVerdict.Proved.class);
    CheckReport wrong = text("a = 2\nb = a + 1 = 3\nwhen a = 6, b = 9\n");
    assertThat(claimOnLine(wrong, 3).verdict()).as(wrong.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }
}

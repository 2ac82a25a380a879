package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A cross-entropy restated in prose with the text's one-hot label substituted ("Since $y$ is
 * one-hot with $y_1 = 1$, the loss is $L = -\log p_1$") holds at that label. It was shown as
 * "read as a new definition of L …; if it is meant as a step, it is wrong there" at y₂ = −1.31,
 * a label the text excludes (issue 12, the lead's probe of a softmax homework).
 */
@Timeout(300)
class OneHotLabelSubstitutedIntoARestatedLossTest extends gradlab.symbolic.EngineFixture {
  private static String homework(String label, String restated) {
    return "Probabilities $p_i = \\frac{e^{z_i}}{\\sum_{j=1}^{3} e^{z_j}}$ and the loss "
        + "$L = -\\sum_{i=1}^{3} y_i \\log p_i$, where $y$ is a one-hot label.\n\n"
        + "Since $y$ is one-hot" + label + ", the loss is $L = " + restated + "$.\n\n"
        + "$$\\frac{\\partial L}{\\partial z_2} = p_2$$\n";
  }

  private static StepResult restatement(CheckReport r) {
    return r.steps().stream().filter(s -> s.line() == 3 && s.lhs().equals("L")
        && s.note().isEmpty()).findFirst()
        .orElseThrow();
  }

  @Test
  void theLossAtTheLabelWhoseHotComponentIsNamedIsProved() {
    CheckReport r = FixturePair.checkMarkdown(engine, homework(" with $y_1 = 1$", "-\\log p_1"));
    assertThat(restatement(r).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(restatement(r).verdict().toString()).as(r.render()).contains("(1, 0, 0)");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void theLossAtAnUnnamedHotComponentHoldsOnlyAtTheFirstUnitVector() {
    CheckReport r = FixturePair.checkMarkdown(engine, homework("", "-\\log p_1"));
    assertThat(restatement(r).verdict()).as(r.render()).isInstanceOf(StepVerdict.Unknown.class);
  }

  @Test
  void aCrossEntropysLabelWithItsHotComponentNamedInWordsIsWrittenOut() {
    CheckReport r = FixturePair.checkMarkdown(engine, cold("The label is one-hot and the true "
        + "class is 2, so $y_2 = 1$.", "-\\log p_2"));
    assertThat(restatement(r).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aCrossEntropysLabelWithoutItsHotComponentIsNotWrittenOut() {
    CheckReport r = FixturePair.checkMarkdown(engine, cold("The labels sum to one.",
        "-\\log p_2"));
    assertThat(restatement(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.NotChecked.class);
  }

  /** A cross-entropy whose label the text never calls one-hot in math. */
  private static String cold(String words, String restated) {
    return "Softmax $p_i = \\frac{e^{z_i}}{\\sum_{j=1}^{3} e^{z_j}}$ and loss "
        + "$L = -\\sum_{i=1}^{3} y_i \\log p_i$. " + words + "\n\n"
        + "Substituting the label, $L = " + restated + "$.\n";
  }

  @Test
  void theLossOfAnotherClassIsShownToDifferAtTheNamedLabel() {
    CheckReport r = FixturePair.checkMarkdown(engine, homework(" with $y_1 = 1$", "-\\log p_2"));
    assertThat(restatement(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.NotChecked.class);
    assertThat(restatement(r).verdict().toString()).as(r.render()).contains("(1, 0, 0)");
  }
}

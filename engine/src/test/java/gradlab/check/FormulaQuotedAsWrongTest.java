package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A formula the text quotes as wrong ("a common mistake is to write $…$", "it is NOT true that
 * …", "Wrong: …") is not the author's claim: it was refuted and named the first wrong step (a
 * lecturer's notes on typical errors, user28). It is "not checked: quoted as wrong"; the same
 * formula claimed in the next sentence is still ✗.
 */
class FormulaQuotedAsWrongTest extends CheckFixture {
  private CheckReport markdown(String body) {
    return checkMarkdown("t.md", body);
  }

  private CheckReport text(String body) {
    return checkText("t.txt", body);
  }

  @Test
  void aMistakeTheTextWarnsAboutIsNotItsFirstWrongStep() {
    CheckReport r = markdown("# Sigmoid\n\nA common mistake is to write "
        + "$\\sigma'(z) = \\sigma(z)^2$.\n\nIt is NOT true that $\\tanh'(x) = 1 + \\tanh(x)^2$."
        + "\n\nThe correct form is $\\sigma'(z) = \\sigma(z)(1-\\sigma(z))$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("quoted as wrong by the text");
    assertThat(r.steps()).as(r.render()).anyMatch(s -> s.line() == 7
        && s.verdict() instanceof StepVerdict.Proved);
  }

  @Test
  void theSameMistakeClaimedAfterTheQuotingSentenceIsRefuted() {
    CheckReport r = markdown("# Sigmoid\n\nA common mistake is to write "
        + "$\\sigma'(z) = \\sigma(z)^2$. In fact $\\sigma'(z) = \\sigma(z)^2$ here.\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aPlainLineLabelledWrongIsQuotedAndAnUnlabelledOneRefuted() {
    CheckReport r = text("wrong: d/dx sigmoid(x) = sigmoid(x)*(1+sigmoid(x))\n"
        + "d/dx sigmoid(x) = sigmoid(x)*(1+sigmoid(x))\n");
    assertThat(r.firstRefuted().orElseThrow(() -> new AssertionError(r.render())).line())
        .isEqualTo(2);
    assertThat(r.steps()).as(r.render()).anyMatch(s -> s.line() == 1
        && s.verdict() instanceof StepVerdict.NotChecked n && n.reason().contains("quoted"));
  }
}

package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A model named with its parameters, CS229's h_θ(x) and f_𝐰(x): the subscript labels the
 * function, so the head defines it and later h_θ(…) applies it. Before, the head was no head,
 * h_θ(x) a product or an application, and every step through the model was not checked.
 */
@Timeout(120)
class HypothesisSubscriptsTest extends gradlab.symbolic.EngineFixture {
  private static final String REGRESSION = "Let $h_\\theta(x) = \\theta_0 + \\theta_1 x$ and, "
      + "for one example, $J(\\theta) = \\frac{1}{2}(h_\\theta(x) - y)^2$. Then\n\n"
      + "$$\\frac{\\partial J}{\\partial \\theta_1} = (h_\\theta(x) - y)\\, x$$\n\n"
      + "$$\\frac{\\partial J}{\\partial \\theta_0} = h_\\theta(x) - y = RHS$$\n";

  @Test
  void aHypothesisWithAGreekSubscriptIsAFunctionTheStepsApply() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        REGRESSION.replace("RHS", "\\theta_0 + \\theta_1 x - y"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(3);
  }

  @Test
  void aSlipAfterApplyingTheHypothesisIsRefutedAtItsLine() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        REGRESSION.replace("RHS", "\\theta_0 + \\theta_1 x + y"));
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(5);
  }

  @Test
  void aHypothesisWithABoldSubscriptIsAFunctionToo() {
    String text = "The model is $f_{\\mathbf{w}}(x) = w_1 x + w_0$ and the loss is "
        + "$L = (f_{\\mathbf{w}}(x) - y)^2$:\n\n"
        + "$$\\frac{\\partial L}{\\partial w_1} = 2(f_{\\mathbf{w}}(x) - y)\\,x = RHS$$\n";
    CheckReport right = FixturePair.checkMarkdown(engine,
        text.replace("RHS", "2(w_1 x + w_0 - y)\\,x"));
    CheckReport wrong = FixturePair.checkMarkdown(engine,
        text.replace("RHS", "2(w_1 x - w_0 - y)\\,x"));
    assertThat(right.firstRefuted()).as(right.render()).isEmpty();
    assertThat(right.count(StepVerdict.Proved.class)).as(right.render()).isEqualTo(2);
    assertThat(wrong.firstRefuted()).as(wrong.render()).isPresent();
  }

  @Test
  void aSubscriptedNameTheTextNeverDefinesAsAFunctionIsNeverRefutedAsOne() {
    // no head: h_θ is a number here, and h_θ(x + 1) may be its product with x + 1
    CheckReport r = FixturePair.checkMarkdown(engine,
        "Let $h_\\theta = 2$. Then $$h_\\theta(x + 1) = 2x + 2$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}

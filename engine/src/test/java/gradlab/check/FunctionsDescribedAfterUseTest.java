package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Letters the prose says are functions, also after the display that applies them: Greff et
 * al.'s "where $\sigma$, $g$ and $h$ are point-wise non-linear activation functions". g(…) was
 * read as a product, and the forward pass's {@code z = g(\bar{z})} a claim "g is not defined".
 */
@Timeout(60)
class FunctionsDescribedAfterUseTest extends gradlab.symbolic.EngineFixture {
  private static final String DEFINED = "$$z = g(u) + 1$$\n\nwhere $g$ and $h$ are smooth "
      + "activation functions.\n\n";

  @Test
  void aLetterCalledAFunctionAfterItsUseIsApplied() {
    CheckReport r = FixturePair.checkMarkdown(engine, DEFINED + "$$z - 1 = g(u)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.NotChecked.class)).as(r.render()).isZero();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aWrongStepThroughTheDescribedFunctionIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, DEFINED + "$$z - 1 = 2 g(u)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void lettersBeforeTheInputsOfFunctionsStayProducts() {
    // "inputs of the functions" says nothing of x and y: y(x + 1) is a product
    CheckReport r = FixturePair.checkMarkdown(engine, "Here $x$ and $y$ are the inputs of the "
        + "activation functions.\n\n$$y(x + 1) = yx + y$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void theVerbsThatDescribeALetterAsAFunctionAreRead() {
    assertThat(GenericFunctionNames.described("Let $g$ denote the logistic sigmoid function."))
        .containsExactly("g");
    assertThat(GenericFunctionNames.described("and $a$ stands for the sigmoid activation"))
        .isEmpty(); // an activation may be a value: a(1 − a)
    assertThat(GenericFunctionNames.described("$x$ denotes the input of the function"))
        .isEmpty();
  }
}

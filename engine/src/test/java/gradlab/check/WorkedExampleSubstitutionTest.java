package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Mazur's forward pass states its weights only in a figure, then writes them into each formula:
 * {@code net_{h1} = w_1 * i_1 + …}, then {@code net_{h1} = 0.15 * 0.05 + …}. Both forms were
 * "not checked: the left side depends on [b₁, i₁, …]" (18 steps of the corpus). The numbers put
 * into the definition as written are the text's values; a value put in for a name the text
 * computed before is compared with it; a different operation is no substitution.
 */
@Timeout(60)
class WorkedExampleSubstitutionTest extends gradlab.symbolic.EngineFixture {
  private static final String FORWARD = "$$net_{h1} = w_1 * i_1 + w_2 * i_2 + b_1 * 1$$\n\n"
      + "$$net_{h1} = 0.15 * 0.05 + 0.2 * 0.1 + 0.35 * 1 = 0.3775$$\n\n"
      + "$$out_{h1} = \\frac{1}{1+e^{-net_{h1}}} = \\frac{1}{1+e^{-0.3775}} = 0.593269992$$\n\n"
      + "$$E_{o1} = \\frac{1}{2}(target_{o1} - out_{h1})^{2} = \\frac{1}{2}(0.01 - %s)^{2}$$\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void numbersPutIntoADefinitionAsWrittenAreASubstitution() {
    CheckReport r = check(FORWARD.formatted("0.593269992"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("the definition of net_h1 (line 1) with the values the text "
        + "puts in here (w₁ = 0.15, i₁ = 0.05, w₂ = 0.2, i₂ = 0.1, b₁ = 0.35)");
    assertThat(r.count(StepVerdict.NotChecked.class)).as(r.render()).isZero();
  }

  @Test
  void aComputedValuePutInWithOtherDigitsIsNamedNotTaken() {
    CheckReport r = check(FORWARD.formatted("0.75136507"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("it puts in out_h1 = 0.75136507, but the text stated "
        + "0.593269992 before");
  }

  @Test
  void aDifferentOperationIsNoSubstitution() {
    CheckReport r = check("$$net_{h1} = w_1 * i_1 + w_2 * i_2 + b_1 * 1$$\n\n"
        + "$$net_{h1} = 0.15 * 0.05 - 0.2 * 0.1 + 0.35 * 1$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isZero();
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}

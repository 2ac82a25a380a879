package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Functions the text never defines ("functions f and g are differentiable"): checked through
 * concrete instances, refuted with the instance shown only for a rule relating f to f, and an
 * order term O(ε²) compared to first order, never refuted on it.
 */
@Timeout(180)
class GenericFunctionFixturesTest extends gradlab.symbolic.EngineFixture {
  private static final String FOLDER = "generic";

  @Test
  void aWrongQuotientRuleOfUndefinedFunctionsIsRefutedWithTheInstanceShown() throws Exception {
    FixturePair.assertTrueStandsAndPlantedErrorAt(engine, FOLDER,
        "quotient-rule-of-undefined-functions", 5, true);
    CheckReport broken = FixturePair.check(engine, FOLDER,
        "quotient-rule-of-undefined-functions.broken.md");
    assertThat(broken.render()).contains("for f(x) = x² + 1, g(x) = eˣ");
  }

  @Test
  void aChainRuleThroughFunctionsOfTwoArgumentsMissingATermIsRefuted() throws Exception {
    CheckReport right = FixturePair.check(engine, FOLDER,
        "recurrence-through-an-undefined-function.md");
    assertThat(right.firstRefuted()).as(right.render()).isEmpty();
    CheckReport broken = FixturePair.check(engine, FOLDER,
        "recurrence-through-an-undefined-function.broken.md");
    assertThat(broken.firstRefuted()).as(broken.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(5));
    assertThat(broken.render()).contains("for g(u, v) = ");
  }

  @Test
  void aPropertyOfTheParticularFunctionIsNotRefutedButShowsTheInstanceThatFails()
      throws Exception {
    CheckReport r = FixturePair.check(engine, FOLDER, "property-of-a-particular-function.md");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("a property of a particular f").contains("x² + 1");
  }

  @Test
  void firstOrderTaylorOfAnUndefinedFunctionHoldsToTheOrderWritten() throws Exception {
    CheckReport r = FixturePair.check(engine, FOLDER, "first-order-taylor.md");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Unknown.class)).as(r.render()).isEqualTo(1);
    assertThat(r.render()).contains("holds to the order written");
  }

  @Test
  void aMissingFirstOrderTermIsShownButNeverRefutedOnTheOrderTerm() throws Exception {
    CheckReport r = FixturePair.check(engine, FOLDER, "first-order-taylor-missing-term.md");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("differ by more than O(…) allows");
  }

  @Test
  void aChoiceMadeThroughAnArbitraryFunctionIsDroppedWhenTheTextFixesTheFunction()
      throws Exception {
    CheckReport r = FixturePair.check(engine, FOLDER,
        "choice-through-a-function-fixed-later.md");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
  }

  @Test
  void theSquareOfTheDerivativeOfATextFunctionKeepsItsFactor() {
    CheckReport r = FixturePair.checkMarkdown(engine, """
        Let $f(x) = x^2 + 1$.

        $$\\eta f'^2(x) = 4 \\eta x^2$$

        $$2 (f'(x))^2 = 8 x^2$$
        """);
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
  }

  @Test
  void aWrongProductOfSquaredDerivativesIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, """
        Let $f(x) = x^2 + 1$.

        $$\\eta f'^2(x) = 4 \\eta^2 x^2$$
        """);
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(3));
  }
}

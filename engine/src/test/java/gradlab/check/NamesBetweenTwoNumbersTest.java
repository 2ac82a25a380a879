package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import org.junit.jupiter.api.Test;

/**
 * A name the text puts between two numbers is a number, so {@code p(1-q)} is a product.
 */
class NamesBetweenTwoNumbersTest extends EngineFixture {
  private static final String STEP = "$$-\\frac{p}{q} + \\frac{1-p}{1-q} = "
      + "\\frac{-p(1-q) + q(1-p)}{q(1-q)}$$\n";

  private static StepResult last(String markdown) {
    return FixturePair.lastClaim(FixturePair.checkMarkdown(engine, markdown));
  }

  @Test
  void eachNameBetweenTwoNumbersMakesItsBracketAProduct() {
    // before: "ambiguous notation (p(…) as a product or as p applied; q(…) …)"
    StepResult r = last("For $0 < p < 1$ and $0 < q < 1$,\n\n" + STEP);
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongCombinationOfRangedNamesIsRefuted() {
    StepResult r = last("For $0 < p < 1$ and $0 < q < 1$,\n\n$$-\\frac{p}{q} + "
        + "\\frac{1-p}{1-q} = \\frac{p(1-q) + q(1-p)}{q(1-q)}$$\n");
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aNameWithOneBoundKeepsTheApplicationReading() {
    // f > 0 may state a positive function: f(x + 1) = f x + f holds only as a product
    StepResult r = last("For $f > 0$,\n\n$$f(x + 1) = f x + f$$\n");
    assertThat(r.verdict()).as(r.toString()).isNotInstanceOf(StepVerdict.Refuted.class)
        .isNotInstanceOf(StepVerdict.Proved.class);
  }
}

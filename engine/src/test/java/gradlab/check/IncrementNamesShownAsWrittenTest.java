package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "$L(w_0 + \Delta) \approx L(w_0) + \Delta L'(w_0)$" was "not checked: cannot read:
 * capdeltacapl′(…) of a function the text does not define": the reason named an internal name
 * the user never wrote. ΔL read as one name is shown ΔL.
 */
@Timeout(60)
class IncrementNamesShownAsWrittenTest extends gradlab.symbolic.EngineFixture {
  @Test
  void aCapitalGreekLetterBeforeALetterIsShownAsWritten() {
    assertThat(LatexNames.shownPrimed("capdeltacapl")).isEqualTo("ΔL");
    assertThat(LatexNames.shownPrimed("capdeltaw1")).isEqualTo("Δw1");
    assertThat(LatexNames.shownPrimed("capdelta")).isEqualTo("Δ");
  }

  @Test
  void theReasonForAnUnreadPrimeNamesTheIncrementAsWritten() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Expanding,\n\n"
        + "$$L(w_0 + \\Delta) \\approx L(w_0) + \\Delta L'(w_0).$$\n");
    assertThat(r.render()).contains("ΔL′(…)").doesNotContain("capdelta");
  }
}

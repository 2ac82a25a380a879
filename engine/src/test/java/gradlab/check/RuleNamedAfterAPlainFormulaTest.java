package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "… by the chain rule" after a plain-text formula names the rule used; its words were read as
 * names ("by, chain, rule, the are not defined"), so the step was not read (user28).
 */
class RuleNamedAfterAPlainFormulaTest extends CheckFixture {
  private CheckReport text(String body) {
    return checkText("t.txt", body);
  }

  @Test
  void aRuleNamedAfterTheFormulaIsNotPartOfIt() {
    CheckReport r = text("d/dx sin(x^2) = 2x cos(x^2) by the chain rule\n"
        + "d/dx (x sin(x)) = sin(x) + x cos(x), using the product rule\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
  }

  @Test
  void aWrongStepNamingItsRuleIsStillRefuted() {
    CheckReport r = text("d/dx sin(x^2) = cos(x^2) by the chain rule\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}

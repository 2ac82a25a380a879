package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Messages name quantities as the text writes them, never by the reader's engine names. */
@Timeout(60)
class ReadableNamesTest extends gradlab.symbolic.EngineFixture {
  @ParameterizedTest
  @CsvSource({"capetotal, E_total", "capeo1, E_o1", "capc, C", "acaplj, a^L_j", "zcapl, z^L",
      "zetav, ζ", "betav, β", "beta2, β2", "capphi, Φ", "ell, ℓ", "gammav, γ",
      "xi, xi", "w1, w1", "outh1, outh1", "Ptilde, P̃", "yhat, ŷ", "varofy, Var(y)",
      "meanofx, E[x]", "capw1, W1", "sigmavcapbsq, σBsq", "yprime, y′", "xprimeprime, x′′",
      "thetahat, θ̂", "yhatprime, ŷ′"})
  void anEngineNameIsShownAsTheTextWroteIt(String engineName, String shown) {
    assertThat(LatexNames.readable(engineName)).isEqualTo(shown);
  }

  @ParameterizedTest
  @CsvSource({"capetotal, outh1, E_total", "capc, acaplj, a^L_j"})
  void aPartialOfUndefinedNamesIsReportedWithTheTextsNames(String top, String var,
      String shown) {
    // the reason StepChecker gives for ∂E_total/∂out_h1 where E_total is never defined
    var v = new StepChecker(engine).check(CheckContext.empty(), "pd(" + top + ", " + var + ")",
        Relation.EQUAL, "1");
    assertThat(v.evidence()).contains(shown).doesNotContain(top);
  }

  @org.junit.jupiter.api.Test
  void anAccentOverABoldLetterIsNamedWithoutItsFont() {
    // d2l's \bar{\mathbf{x}} was reported as "mathbfxbar is not defined in the text"
    CheckReport r = FixturePair.checkMarkdown(engine,
        "$$\\boldsymbol{\\Lambda} \\bar{\\mathbf{x}} = \\boldsymbol{\\Lambda} \\hat{\\mathbf{y}}_0$$\n");
    assertThat(r.render()).contains("not checked: x\u0304, y\u0302₀ are not defined");
  }
}

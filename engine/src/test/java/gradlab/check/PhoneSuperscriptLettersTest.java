package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Powers typed on a phone with superscript letters and signs: "tanh(x) = (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ)"
 * was "cannot read: not engine syntax". They are powers, as x² always was.
 */
@Timeout(300)
class PhoneSuperscriptLettersTest extends CheckFixture {

  @Test
  void superscriptLettersAndMinusAreExponents() {
    assertThat(PlainUnicode.asEngineSyntax("(eˣ − e⁻ˣ)/(eˣ + e⁻ˣ)"))
        .isEqualTo("(e^(x) − e^(-x))/(e^(x) + e^(-x))");
    assertThat(PlainUnicode.asEngineSyntax("x² + 10⁻⁸")).isEqualTo("x² + 10^(-8)");
    assertThat(PlainUnicode.asEngineSyntax("(γλ)ˡ")).isEqualTo("(γλ)^(l)"); // GAE's weights
  }

  @Test
  void aTanhWrittenWithSuperscriptExponentsIsChecked() {
    CheckReport r = checkText("t.txt", "tanh(x) = (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ)\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    r = checkText("t.txt", "tanh(x) = (eˣ + e⁻ˣ)/(eˣ − e⁻ˣ)\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }
}

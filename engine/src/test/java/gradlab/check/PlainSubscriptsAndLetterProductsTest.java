package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Plain-text names a student typed (user30's report): "Mη² = 1" was one name M_eta; "a_(1)" was
 * the function a_ applied to 1; and "a_(i-1)" was "a_ is a function the text applies but does not
 * define; hint: define it, e.g. a_(x) = x^2", advice that misleads for an index; and σ² was shown
 * in rows under the reader's name, "sigmav²".
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PlainSubscriptsAndLetterProductsTest extends CheckFixture {
  @Test
  void aLetterBeforeAGreekLetterIsAProduct() {
    CheckReport r = checkText("hw.txt", "at M = 100, η = 0.1\nMη² = 1\n");
    assertThat(claimOnLine(r, 2).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    CheckReport wrong = checkText("hw.txt", "at M = 100, η = 0.1\nMη² = 2\n");
    assertThat(claimOnLine(wrong, 2).verdict()).as(wrong.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aLetterBeforeASigmaSquaredIsAProduct() {
    CheckReport r = checkText("hw.txt", "Mσ² = M*σ^2\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    CheckReport wrong = checkText("hw.txt", "Mσ² = M + σ^2\n");
    assertThat(claimOnLine(wrong, 1).verdict()).as(wrong.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void theDOfADerivativeBeforeAGreekLetterStaysADerivative() {
    CheckReport r = checkText("hw.txt", "L = 3*η^2\ndL/dη = 6*η\n");
    assertThat(claimOnLine(r, 2).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    CheckReport wrong = checkText("hw.txt", "L = 3*η^2\ndL/dη = 3*η\n");
    assertThat(claimOnLine(wrong, 2).verdict()).as(wrong.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aNumberedIndexInBracketsIsTheNumberedName() {
    CheckReport r = checkText("hw.txt", "a_(1) = 2\nz_2 = 3*a_(1)\nz_2 = 6\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    CheckReport wrong = checkText("hw.txt", "a_(1) = 2\nz_2 = 3*a_(1)\nz_2 = 7\n");
    assertThat(claimOnLine(wrong, 3).verdict()).as(wrong.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aSymbolicIndexInBracketsIsNamedAsAnIndexNotAFunction() {
    CheckReport r = checkText("hw.txt", "z_i = w_i*a_(i-1)\n");
    // phone36: the family's line is now read as the LaTeX family z_i = w_i a_{i-1} it means (a
    // definition with a member a_{i-1}), no longer "not checked: … the family a …"
    assertThat(r.render()).contains("z_i = w_i*a_(i-1)   [definition]")
        .doesNotContain("a_(x) = x^2").doesNotContain("not checked:");
  }

  @Test
  void aScaleSquaredIsShownAsTyped() {
    CheckReport r = checkText("hw.txt", "σ² + σ² = 2σ²\nsigma^2 + 1 = sigma^2 + 2\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(claimOnLine(r, 1).lhs()).isEqualTo("σ² + σ²");
    assertThat(claimOnLine(r, 2).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
    assertThat(claimOnLine(r, 2).lhs()).isEqualTo("sigma^2 + 1");
    assertThat(r.render()).doesNotContain("sigmav");
  }
}

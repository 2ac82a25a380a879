package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A definition joined to a plain-text formula by "with", "where" or "for" is a definition: "a_i
 * = sigma(z_i) with z_i = w_i*a_(i-1)" said "with is not defined in the text" (user29).
 */
class DefinitionJoinedByAWordTest extends CheckFixture {
  private CheckReport text(String body) {
    return checkText("hw.txt", body);
  }

  @Test
  void theWordIsNoNameAndTheDefinitionAfterItIsRead() {
    CheckReport r = text("a = sigma(z) with z = w*x + b\nda/dw = sigma'(z)*x\n"
        + "h = tanh(u) where u = v*a\ndh/dv = (1 - h^2)*a\n");
    assertThat(r.render()).doesNotContain("with is not defined").doesNotContain("where is not");
    assertThat(claimOnLine(r, 2).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(claimOnLine(r, 4).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongStepThroughTheJoinedDefinitionIsStillRefuted() {
    CheckReport r = text("a = sigma(z) for z = w*x + b\nda/dw = sigma'(z)*w\n");
    assertThat(claimOnLine(r, 2).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aFamilyLineNoLongerReadsWithAsAName() {
    CheckReport r = text("a_i = sigma(z_i) with z_i = w_i*a_(i-1), a0 = x, y = a4.\n");
    assertThat(r.render()).doesNotContain("with is not defined");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}

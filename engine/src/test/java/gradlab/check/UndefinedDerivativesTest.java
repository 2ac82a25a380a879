package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A lecture note of micrograd types "dd/dc = 1.0" where d = e + c is set in code the note leaves
 * out: d/dc of the undefined name d was taken as 0 and the true step refuted. Now it is "not
 * checked: d is not defined in the text"; where the text defines d, the step is checked.
 */
@Timeout(60)
class UndefinedDerivativesTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String text) {
    // a markdown file without math is read line by line, as the CLI reads the lecture note
    return new DocumentChecker(engine, java.time.Duration.ofSeconds(10)).checkText("t.md", text);
  }

  @Test
  void theDerivativeOfAnUndefinedNameIsNotChecked() {
    CheckReport r = check("dd/dc = 1.0\ndL/db = -4\ndiff(d, c) = 1.0\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.NotChecked.class)).as(r.render()).isEqualTo(3);
    assertThat(r.render()).contains("d is not defined in the text, so its dependence on c is "
        + "unknown"); // diff(d, c) as typed; dd/dc reads as ∂d/∂c, not checked as well
  }

  @Test
  void theDerivativeOfADefinedNameIsStillChecked() {
    assertThat(check("let d = e + c\ndd/dc = 1.0\n").count(StepVerdict.Proved.class))
        .isEqualTo(1);
    CheckReport wrong = check("let d = e + 2*c\ndd/dc = 1.0\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).isPresent();
  }

  @Test
  void onlyABareNameByAnotherNameIsHeldBack() {
    assertThat(UndefinedDerivatives.of(CheckContext.empty(), "dd(d, c)")).isNotNull();
    assertThat(UndefinedDerivatives.of(CheckContext.empty(), "dd(c, c)")).isNull();
    assertThat(UndefinedDerivatives.of(CheckContext.empty(), "dd(c^2, c)")).isNull();
  }
}

package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Plain text with "so" between two formulas and a leading "and" (issue 12, fix18): each
 * formula is a statement of its own, the words are prose.
 */
@Timeout(300)
class PlainMidLineConnectiveFixturesTest extends gradlab.symbolic.EngineFixture {
  private static final String NEURON = "z = w*x + b, a = sigma(z), L = (a - y)^2 / 2\n\n";

  private static List<StepResult> claims(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(30)).checkText("t.txt", text).steps()
        .stream().filter(StepResult::isClaim).toList();
  }

  @Test
  void soBetweenTwoFormulasSplitsThemAndEachIsChecked() {
    List<StepResult> c = claims(NEURON
        + "at w = 1, b = 0, x = 0, y = 1: sigma(0) = 0.5 so dL/db = (0.5 - 1)*0.25\n");
    assertThat(c).as(c.toString()).hasSize(2);
    assertThat(c).as(c.toString()).allMatch(s -> s.verdict() instanceof StepVerdict.Proved);
    assertThat(c).as(c.toString()).noneMatch(s -> s.lhs().contains("so"));
  }

  @Test
  void soBetweenTwoFormulasStillRefutesAWrongSecondValue() {
    List<StepResult> c = claims(NEURON
        + "at w = 1, b = 0, x = 0, y = 1: sigma(0) = 0.5 so dL/db = (0.5 - 1)*0.5\n");
    assertThat(c.get(c.size() - 1).verdict()).as(c.toString())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void leadingAndIsProseNotPartOfTheFormula() {
    List<StepResult> c = claims(NEURON + "and dL/db = (a - y)*sigma'(z)\n");
    assertThat(c).as(c.toString()).hasSize(1);
    assertThat(c.get(0).lhs()).as(c.toString()).doesNotContain("and");
  }
}

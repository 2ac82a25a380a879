package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "L(a) = 1/2 * a^2 for |a| <= delta" is a case written in words: "for" is no factor, so L is
 * not defined as a product with a name "for", and a true step of the linear part through L is
 * not ✗; "for all" stays read as before.
 */
@Timeout(120)
class RelationForACaseInWordsTest extends EngineFixture {
  private static final String HUBER = "L(a) = 1/2 * a^2 for |a| <= delta\n"
      + "L(a) = delta * (|a| - 1/2 * delta) for |a| > delta\n"
      + "Since a = y - f we have da/df = -1\n";

  private static CheckReport check(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("t.md", text);
  }

  @Test
  void caseDefinitionIsNotCheckedAndDefinesNothing() {
    // one case alone (its complement never stated): not read, nothing defined
    String alone = HUBER.lines().filter(l -> !l.contains("> delta")).map(l -> l + "\n")
        .reduce("", String::concat);
    List<StepResult> first = check(alone).steps().stream().filter(s -> s.line() == 1
        && s.isClaim()).toList(); // and the row of its condition, |a| <= delta
    assertThat(first).as(first.toString()).singleElement().satisfies(s -> assertThat(s.verdict())
        .isInstanceOf(StepVerdict.NotChecked.class));
  }

  @Test
  void bothCasesWithComplementaryConditionsAreOneDefinitionByCases() {
    // PlainCases: |a| <= delta and |a| > delta on consecutive lines, no claim on either line
    CheckReport r = check(HUBER);
    assertThat(r.steps().stream().filter(s -> s.line() <= 2 && s.isClaim())).as(r.render())
        .isEmpty();
    assertThat(r.render()).contains("cases (lines 1 and 2)");
  }

  @Test
  void trueStepOfOneCaseThroughTheLossIsNotRefuted() {
    CheckReport r = check(HUBER + "and in the linear part dL/df = -delta * sign(a)\n");
    assertThat(r.steps()).as(r.steps().toString()).noneSatisfy(s -> assertThat(s.verdict())
        .isInstanceOf(StepVerdict.Refuted.class));
  }

  @Test
  void signSlipAfterTheCasesIsStillRefuted() {
    CheckReport r = check(HUBER + "dL/df = dL/da * da/df = -a = y - f\n");
    assertThat(r.steps().stream().filter(s -> s.line() == 4 && s.verdict()
        instanceof StepVerdict.Refuted)).as(r.steps().toString()).hasSize(1);
  }
}

package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Feng et al.'s Wing loss "an error $x = 1$ …, while at the edge $x = w$ the gradient is …" after
 * "$w = 10$" was refuted as the claim x = w at the point x = 1 (held29). A point moved to a value
 * written through other names takes that value; without one, its steps are not checked.
 */
@Timeout(60)
class NamedValuePointTest extends gradlab.symbolic.EngineFixture {
  private static final String GIVEN = "Take $w = 10$ and $\\epsilon = 2$. An error $x = 1$ has "
      + "the slope\n\n$$\\frac{w}{\\epsilon + x} = \\frac{10}{3}$$\n\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aPointMovedToAnotherNamesValueIsNeverRefutedAtTheOldPoint() {
    CheckReport r = check(GIVEN + "while at the edge $x = w$ the slope is\n\n"
        + "$$\\frac{w}{\\epsilon + x} = \\frac{10}{12}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.steps().getLast().verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aStepTrueOnlyAtTheOldPointIsRefutedAtTheMovedOne() {
    CheckReport r = check(GIVEN + "while at the edge $x = w$ the slope is\n\n"
        + "$$\\frac{w}{\\epsilon + x} = \\frac{10}{3}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).as(r.render()).isEqualTo(7);
  }

  @Test
  void aPointMovedToANameWithoutValueLeavesItsStepsUnchecked() {
    CheckReport r = check("At $x = 1$,\n\n$$x^2 = 1$$\n\nand at the edge $x = w$ the value "
        + "is\n\n$$x^2 = w^2$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains(NamedValuePoints.NOTE);
  }

  @Test
  void aPointMovedToAConstantTheTextDefinesTakesItsValue() {
    CheckReport r = check("Let $c = \\sqrt{2}$.\n\nAt $x = 1$,\n\n$$x^2 = 1$$\n\nand when $x = c$,"
        + "\n\n$$x^2 = 2$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.steps().getLast().verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void proseThatConcludesNamesNoPoint() {
    assertThat(NamedValuePoints.namesAPoint("at the edge")).isTrue();
    assertThat(NamedValuePoints.namesAPoint("at the edge, so that")).isFalse();
    assertThat(NamedValuePoints.namesAPoint("which gives")).isFalse();
  }
}

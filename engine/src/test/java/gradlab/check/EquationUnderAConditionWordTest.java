package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The Transformer's warmup schedule in plain text (held18): "the branches meet where
 * step_num^(-0.5) = step_num * warmup_steps^(-1.5), i.e. step_num^1.5 = warmup_steps^1.5" states
 * the equation to solve, and both equations were refuted at a drawn point. Such a line is not read
 * ({@link EquationConditions}); "where z = w*x + b" stays a definition, and a wrong value on a
 * line of its own is still refuted.
 */
@Timeout(120)
class EquationUnderAConditionWordTest extends CheckFixture {
  @Test
  void anEquationToSolveUnderWhereIsNotRefuted() {
    CheckReport r = checkText("warmup", "lrate = d_model^(-0.5) * min(step_num^(-0.5), step_num"
        + " * warmup_steps^(-1.5))\n\nthe branches meet where step_num^(-0.5) = step_num *"
        + " warmup_steps^(-1.5), i.e. step_num^1.5 = warmup_steps^1.5\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aDefinitionUnderWhereIsStillReadAndAWrongValueRefuted() {
    CheckReport r = checkText("where", "f = z^2 where z = w*x + b\n\nw = 2, x = 3, b = 1\n\n"
        + "z = 2*3 + 1 = 8\n");
    assertThat(r.render()).doesNotContain(ProseWords.IF_CASES);
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}

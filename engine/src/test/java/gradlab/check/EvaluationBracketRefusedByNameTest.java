package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An antiderivative's evaluation bracket, {@code \left[ \tfrac{1}{3} x^3 \right]_0^1}, is
 * named in the report with how to write it, not "unexpected '_'" (user48's model solution).
 */
@Timeout(120)
class EvaluationBracketRefusedByNameTest extends gradlab.symbolic.EngineFixture {

  @Test
  void anEvaluationBracketIsNamedInTheReport() throws Exception {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "$$\\int_0^1 x^2 \\,\\mathrm{d}x = \\left[ \\tfrac{1}{3} x^3 \\right]_0^1$$\n");
    assertThat(r.render()).contains("evaluation brackets").doesNotContain("unexpected '_'");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}

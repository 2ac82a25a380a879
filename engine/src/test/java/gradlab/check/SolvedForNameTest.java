package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A name solved from another's definition (seed 0, part (c), by a new user): after
 * u = g(w z + b), "since z = (ln(u/(1 − u)) − b)/w" made a cycle, and every later step of the
 * file was "not checked: definition of z uses u, which is defined at or after it". It is now a
 * claim, and the steps after it are checked.
 */
@Timeout(60)
class SolvedForNameTest extends gradlab.symbolic.EngineFixture {
  @Test
  void aNameSolvedFromADefinitionIsAClaimAndLaterStepsAreChecked() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Setup: $g(z) = \\frac{1}{1+e^{-z}}$.\n\n"
        + "Let $u = g(wz+b)$. Since $z = \\frac{1}{w}\\left(\\ln\\frac{u}{1-u} - b\\right)$ the "
        + "edges follow.\n\nAlso $g(0) = 0.6$.\n");
    assertThat(r.render()).doesNotContain("defined at or after it");
    assertThat(r.firstRefuted().orElseThrow().line()).as(r.render()).isEqualTo(5);
  }
}

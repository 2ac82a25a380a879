package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A number stated for a name whose earlier value the text only stated is a new case, not a claim
 * against the old one: SGDR's notes say "at T_cur = 0: …" and later "numbers: …, T_cur = 2.5";
 * with "T_cur = epochs since the last restart" read as a definition, 0 = 2.5 was refuted.
 */
@Timeout(120)
class ValueStatedAgainForANewCaseTest extends gradlab.symbolic.EngineFixture {
  private static final String SCHEDULE = "eta_t = 1/2 * eta_max * (1 + cos(pi * T_cur / T_i))\n\n"
      + "T_cur = epochs since the last restart\n\n"
      + "at T_cur = 0: cos(0) = 1 so eta_t = eta_max\n\n"
      + "numbers: eta_max = 0.05, T_i = 10, T_cur = 2.5\n\n";

  @Test
  void theSecondStatedValueIsNotRefuted() {
    CheckReport r = plain(SCHEDULE
        + "0.025 * (1 + cos(pi/4)) = 0.042678\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aWrongNumberAfterItIsStillRefuted() {
    CheckReport r = plain(SCHEDULE
        + "0.025 * (1 + cos(pi/4)) = 0.05\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(9);
  }

  /** As {@code gradlab check} reads a file without LaTeX: the plain-text format. */
  private CheckReport plain(String text) {
    return new DocumentChecker(engine, java.time.Duration.ofSeconds(10)).checkText("t.txt", text);
  }
}

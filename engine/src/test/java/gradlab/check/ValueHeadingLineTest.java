package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** "t = 1:" alone on its line, a heading, was "syntax error: unexpected end of input" (a TA). */
@Timeout(60)
class ValueHeadingLineTest extends gradlab.symbolic.EngineFixture {
  @Test
  void aValueHeadingNamesAPointAndIsNoSyntaxError() {
    CheckReport r = new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("t.txt",
        "t = 1:\nm1 = 0.1*0.5 = 0.05\n");
    assertThat(r.render()).doesNotContain("syntax error");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }
}

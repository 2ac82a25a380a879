package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A refutation's point was "{x=1.7512488936802335}"; it is shown as the text writes it. */
@Timeout(10)
class PointTextTest {
  @Test
  void aPointIsShownWithTheTextsNamesAndSixDigits() {
    Map<String, Double> p = new LinkedHashMap<>();
    p.put("x", 1.7512488936802335);
    p.put("lambdav", -0.9101417818124582);
    p.put("capw1", 2.0);
    assertThat(PointText.of(p)).isEqualTo("x = 1.75125, λ = -0.910142, W1 = 2");
    assertThat(new StepVerdict.Refuted(p, 1, 2, "").evidence())
        .startsWith("refuted at x = 1.75125, λ = -0.910142, W1 = 2: left = ");
  }
}

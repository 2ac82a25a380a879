package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * ℓ typed in plain text names the loss, as a function ({@code ℓ(y, t) = …}) or a quantity
 * ({@code ℓ = …}): both definitions were "not read", and dℓ/dy was never checked.
 */
@Timeout(60)
class ScriptEllNamesAFunctionInPlainTextTest extends EngineFixture {

  private CheckReport text(String body) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("t.txt", body);
  }

  @Test
  void theDerivativeOfALossFunctionNamedEllIsProved() {
    CheckReport r = text("Let ℓ(y, t) = (y - t)^2 / 2.\n\nThen dℓ/dy = y - t.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("function definition").contains("1 proved, 0 refuted");
  }

  @Test
  void aWrongSignInTheDerivativeOfEllIsRefutedAtItsLine() {
    CheckReport r = text("Let ℓ(y, t) = (y - t)^2 / 2.\n\nThen dℓ/dy = t - y.\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(3);
  }

  @Test
  void ellDefinedAsAQuantityIsRead() {
    CheckReport r = text("Let ℓ = (y - t)^2 / 2.\n\nThen dℓ/dy = y + t.\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void plainEllIsTheNameTheLatexReaderGivesEll() {
    assertThat(PlainNames.asEngineNames("ℓ + 1")).isEqualTo("ell + 1");
  }
}

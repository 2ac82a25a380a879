package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Numbers as students copy them from code and calculators (found by a new user): 1e-3 was
 * 1·e − 3 with e a free name, so η·10 = 1e-2 was ✗; 5\% and \log_2 8 could not be read;
 * \sqrt[3]{8} was √3·8 (✗), and "For all $x$: …" stopped the whole check with an exception;
 * w1 typed without _ was w·1, so dL/dw1 = 2 w1 was ✗.
 */
@Timeout(60)
class StudentNumberFormsTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void scientificNotationIsOneNumberInLatexAndInPlainText() {
    CheckReport latex = check("Learning rate $\\eta = 1e-3$, so $\\eta \\cdot 10 = 1e-2$ and "
        + "$3\\cdot10^{-4} = 3e-4$.\n");
    assertThat(latex.count(StepVerdict.Proved.class)).as(latex.render()).isEqualTo(2);
    CheckReport plain = new DocumentChecker(engine, Duration.ofSeconds(8)).checkText("t.txt",
        "let eta = 1e-3\neta*10 = 1e-2\n");
    assertThat(plain.count(StepVerdict.Proved.class)).as(plain.render()).isEqualTo(1);
  }

  @Test
  void aWrongPowerOfTenInScientificNotationIsRefuted() {
    CheckReport r = check("Learning rate $\\eta = 1e-3$, so $\\eta \\cdot 10 = 1e-3$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void percentAndLogarithmsToABaseAreRead() {
    CheckReport r = check("$0.05 = 5\\%$ and $\\log_2 8 = 3$ and $\\log_{10} 1000 = 3$.\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(3);
    CheckReport wrong = check("$\\log_2 8 = 4$\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).isPresent();
  }

  @Test
  void aRootWithAnIndexIsThatRootNotASquareRootTimesTheRadicand() {
    CheckReport r = check("$$\\sqrt[3]{8} = 2$$\n\n$$\\sqrt[3]{27} = 4$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
    assertThat(r.firstRefuted().orElseThrow().line()).as(r.render()).isEqualTo(3);
  }

  @Test
  void aQuantifierFollowedByAColonDoesNotStopTheCheck() {
    CheckReport r = check("$$\\sigma(0) = \\frac{1}{2}$$\n\nFor all $x$: $\\sigma(x) > 0$.\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aLetterFollowedByDigitsIsOneSubscriptedName() {
    CheckReport r = check("Let $L = w1^2 + w2$.\n\n$$dL/dw1 = 2 w1$$\n\n$$\\frac{d}{dw1} L = 2 w1$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
    CheckReport wrong = check("Let $L = w1^2 + w2$.\n\n$$dL/dw1 = w1$$\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).isPresent();
  }
}

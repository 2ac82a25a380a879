package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Goodfellow's Gaussian prior, {@code \log p(w) = -\frac{\lambda}{2} w^2 + …}, defines p through
 * its logarithm; p(w) inside the log had been no function at all, so the wrong derivative of the
 * log-prior was "not checked: λ, p are not defined".
 */
@Timeout(60)
class LogOfAFunctionDefinesItTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  private static String prior(String slope) {
    return "With the prior $\\mathcal{N}(w; 0, \\frac{1}{\\lambda})$, the log-prior is\n\n"
        + "$$\\log p(w) = -\\frac{\\lambda}{2} w^2 + \\frac{1}{2} \\log \\frac{\\lambda}{2\\pi},$$\n\n"
        + "and its derivative is\n\n$$\\frac{d}{dw} \\log p(w) = " + slope + ".$$\n";
  }

  @Test
  void aWrongDerivativeOfALogPriorIsRefutedAtItsLine() {
    CheckReport r = check(prior("-2 \\lambda w"));
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).as(r.render()).isEqualTo(7);
  }

  @Test
  void theRightDerivativeOfALogPriorIsProved() {
    CheckReport r = check(prior("-\\lambda w"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.steps()).as(r.render()).anyMatch(s -> s.line() == 7
        && s.verdict() instanceof StepVerdict.Proved);
  }

  @Test
  void aLogWhoseBodyUsesTheFunctionItselfDefinesNothing() {
    CheckReport r = check("$$\\log p(w) = 2 p(w) - w$$\n\n$$\\frac{d}{dw} \\log p(w) = 5$$\n");
    assertThat(r.steps()).as(r.render()).noneMatch(s -> s.line() == 1 && s.verdict() == null);
    assertThat(r.steps()).as(r.render()).noneMatch(s -> s.line() == 3
        && s.verdict() instanceof StepVerdict.Refuted);
  }
}

package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A function whose body uses its parameter only as an index ({@code q'(k) = (1 -
 * \epsilon)\delta_{k,y} + \frac{\epsilon}{K}}) is refused as a function, and every later step
 * with {@code q'(k)} was "cannot read", so Szegedy's planted sign was never located. A call at
 * the head's own argument is now the body as written ({@link OwnParameterCalls}); a call at
 * another argument stays unread.
 */
@Timeout(120)
class OwnParameterCallsTest extends gradlab.symbolic.EngineFixture {
  private static final String SMOOTHED = "# Label smoothing\n\n"
      + "$$q'(k) = (1 - \\epsilon)\\delta_{k,y} + \\frac{\\epsilon}{K}$$\n\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aWrongSignAfterACallAtTheHeadsOwnIndexIsRefutedAtItsLine() {
    CheckReport r = check(SMOOTHED + "$$p(k) - q'(k) = p(k) - (1 - \\epsilon)\\delta_{k,y} + "
        + "\\frac{\\epsilon}{K}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).as(r.render()).isEqualTo(5);
  }

  @Test
  void theTrueDifferenceIsProved() {
    CheckReport r = check(SMOOTHED + "$$p(k) - q'(k) = p(k) - (1 - \\epsilon)\\delta_{k,y} - "
        + "\\frac{\\epsilon}{K}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aCallAtAnotherIndexIsNeitherProvedNorRefuted() {
    // q'(j) is not the body with δ_{k,y}: read so, this wrong step would be proved
    CheckReport r = check(SMOOTHED + "$$p(j) - q'(j) = p(j) - (1 - \\epsilon)\\delta_{k,y} - "
        + "\\frac{\\epsilon}{K}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isZero();
  }

  @Test
  void aPartialOfAPlainHeadByItsIndexedVariableIsDecided() {
    CheckReport r = check("# Squares\n\n$$f(k) = z_k^2$$\n\n"
        + "$$\\frac{\\partial f(k)}{\\partial z_k} = 2 z_k$$\n\n"
        + "$$\\frac{\\partial f(k)}{\\partial z_k} = z_k$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).as(r.render()).isEqualTo(7);
  }

  @Test
  void aHeadDefinedAnewIsNotCheckedAgainstItsOldBody() {
    CheckReport r = check("# Two meanings\n\n$$f(k) = z_k^2$$\n\n$$f(k) = 3 z_k$$\n\n"
        + "$$f(k) - z_k = 2 z_k$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }
}

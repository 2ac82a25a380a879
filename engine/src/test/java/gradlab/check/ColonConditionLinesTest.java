package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A plain line that begins with a comparison and a colon, {@code x <= -3: hswish(x) = 0}, is a
 * claim under that condition ({@link PlainConditions}, issue 12, nc26): it was read as the claim
 * {@code x <= -3} with a stray {@code : hswish(x)}, and every such line was "not checked". A
 * piece of a function typed this way, or after "for", after a case line that cannot be read,
 * had replaced the function's definition ({@link CaseDefinitions}: a word's head was not
 * parsed), so the true {@code hswish(5) = 5} was ✗ at the piece for −3 &lt; x &lt; 3.
 */
@Timeout(120)
class ColonConditionLinesTest extends CheckFixture {
  private static final String RELU = "y = 2\n\nx > 0: abs(x) = %s\n";
  private static final String PIECES = "hswish(x) = x*relu6(x + 3)/6, relu6(u) = min(max(u, 0), "
      + "6)\n\n%1$sx >= 3: hswish(x) = x, derivative 1\n"
      + "%1$s-3 < x < 3: hswish(x) = x*(x + 3)/6\n\nhswish(5) = 5\n";

  @Test
  void aClaimAfterAComparisonAndAColonHoldsUnderItsCondition() {
    CheckReport r = checkText("relu.txt", RELU.formatted("x"));
    assertThat(r.count(StepVerdict.NotChecked.class)).as(r.render()).isZero();
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aWrongClaimAfterAComparisonAndAColonIsRefutedAtItsLine() {
    CheckReport r = checkText("relu.txt", RELU.formatted("-x"));
    assertThat(r.firstRefuted().orElseThrow().line()).as(r.render()).isEqualTo(3);
  }

  @Test
  void aPieceOfAFunctionUnderAColonConditionDoesNotRedefineTheFunction() {
    CheckReport r = checkText("pieces.txt", PIECES.formatted(""));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aPieceOfAFunctionUnderAForConditionDoesNotRedefineTheFunction() {
    CheckReport r = checkText("pieces.txt", PIECES.formatted("for "));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}

package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The named number shapes of {@link NumberPatterns}, each on its edge cases (−0.5, .5, 1e-3,
 * 3/4, "1." at a sentence's end), so that a rule that moves from one variant to another sees
 * what it gains or loses.
 */
@Timeout(10)
class NumberPatternsTest {
  private static boolean whole(Pattern p, String s) {
    return p.matcher(s).matches();
  }

  private static String found(String regex, String text) {
    Matcher m = Pattern.compile(regex).matcher(text);
    return m.find() ? m.group() : null;
  }

  @Test
  void aDecimalTakesAnAsciiMinusOnlyAndNoFractionExponentOrBareDot() {
    assertThat(whole(NumberPatterns.DECIMAL, "2")).isTrue();
    assertThat(whole(NumberPatterns.DECIMAL, "-0.5")).isTrue();
    assertThat(whole(NumberPatterns.DECIMAL, "−0.5")).isFalse();
    assertThat(whole(NumberPatterns.DECIMAL, ".5")).isFalse();
    assertThat(whole(NumberPatterns.DECIMAL, "1e-3")).isFalse();
    assertThat(whole(NumberPatterns.DECIMAL, "3/4")).isFalse();
    assertThat(whole(NumberPatterns.DECIMAL, "1.")).isFalse();
    assertThat(whole(NumberPatterns.DECIMAL, "+2")).isFalse();
  }

  @Test
  void aDecimalWithAnyMinusAlsoTakesTheUnicodeMinus() {
    assertThat(whole(NumberPatterns.DECIMAL_ANY_MINUS, "−0.5")).isTrue();
    assertThat(whole(NumberPatterns.DECIMAL_ANY_MINUS, "-0.5")).isTrue();
    assertThat(whole(NumberPatterns.DECIMAL_ANY_MINUS, ".5")).isFalse();
    assertThat(whole(NumberPatterns.DECIMAL_ANY_MINUS, "3/4")).isFalse();
    assertThat(whole(NumberPatterns.DECIMAL_ANY_MINUS, "1e-3")).isFalse();
  }

  @Test
  void aDecimalOrFractionTakesAFractionOfDigitsButNotTheUnicodeMinus() {
    assertThat(whole(NumberPatterns.DECIMAL_OR_FRACTION, "3/4")).isTrue();
    assertThat(whole(NumberPatterns.DECIMAL_OR_FRACTION, "-0.5/2")).isTrue();
    assertThat(whole(NumberPatterns.DECIMAL_OR_FRACTION, "−3/4")).isFalse();
    assertThat(whole(NumberPatterns.DECIMAL_OR_FRACTION, "3 / 4")).isFalse();
    assertThat(whole(NumberPatterns.DECIMAL_OR_FRACTION, "1e-3")).isFalse();
    assertThat(whole(NumberPatterns.DECIMAL_OR_FRACTION, ".5")).isFalse();
  }

  @Test
  void aDecimalOrFractionWithAnyMinusTakesTheUnicodeMinusToo() {
    assertThat(whole(NumberPatterns.DECIMAL_OR_FRACTION_ANY_MINUS, "−3/4")).isTrue();
    assertThat(whole(NumberPatterns.DECIMAL_OR_FRACTION_ANY_MINUS, "−0.5")).isTrue();
    assertThat(whole(NumberPatterns.DECIMAL_OR_FRACTION_ANY_MINUS, "3/x")).isFalse();
    assertThat(whole(NumberPatterns.DECIMAL_OR_FRACTION_ANY_MINUS, "1.")).isFalse();
  }

  @Test
  void aProseNumberTakesALeadingDotAPlusAndASpacedFractionButNotTheUnicodeMinus() {
    String p = NumberPatterns.PROSE_NUMBER_REGEX;
    assertThat("  .5".strip().matches(p)).isTrue();
    assertThat("+2".matches(p)).isTrue();
    assertThat("3 / 4".matches(p)).isTrue();
    assertThat("−0.5".matches(p)).isFalse();
    assertThat("1e-3".matches(p)).isFalse();
    assertThat(found(p, "the maximum is 1.")).isEqualTo("1");
    assertThat(found(p, "the rate is 1e-3")).isEqualTo("1");
  }

  @Test
  void aProseNumberWithAnyMinusTakesTheUnicodeMinus() {
    String p = NumberPatterns.PROSE_NUMBER_ANY_MINUS_REGEX;
    assertThat("−0.5".matches(p)).isTrue();
    assertThat("−.5".matches(p)).isTrue();
    assertThat("-3 / 4".matches(p)).isTrue();
    assertThat(found(p, "so x = 1.")).isEqualTo("1");
  }

  @Test
  void theComposableTextsHoldNoCapturingGroup() {
    for (String regex : new String[] {NumberPatterns.DECIMAL_REGEX,
        NumberPatterns.DECIMAL_ANY_MINUS_REGEX, NumberPatterns.DECIMAL_OR_FRACTION_REGEX,
        NumberPatterns.DECIMAL_OR_FRACTION_ANY_MINUS_REGEX, NumberPatterns.PROSE_NUMBER_REGEX,
        NumberPatterns.PROSE_NUMBER_ANY_MINUS_REGEX}) {
      assertThat(Pattern.compile(regex).matcher("").groupCount()).as(regex).isZero();
    }
  }
}

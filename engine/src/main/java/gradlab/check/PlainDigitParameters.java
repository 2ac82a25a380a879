package gradlab.check;

import java.util.regex.Pattern;

/**
 * A plain-text head whose parameters carry a digit, as new users type log-sum-exp:
 * {@code f(x1, x2) = log(exp(x1) + exp(x2))}. Plain text reads {@code x1} as the one name x1
 * everywhere, but {@link FunctionHeads} took a parameter only as a letter with an optional
 * {@code _} subscript, so the definition was a claim ("a property of a particular f")
 * and every later {@code df/dx1 = …} was "not checked: x1 is not defined", a wrong
 * derivative among them. Inside the head's brackets a letter followed by
 * digits is written {@code x_{1}}, which the head reads as the same name x1.
 */
final class PlainDigitParameters {
  private static final Pattern DIGIT_PARAMETER = Pattern.compile(
      "(?<=[(,]\\s{0,3})([A-Za-z])([0-9]{1,3})(?=\\s*[,)])");

  private PlainDigitParameters() {}

  /** {@code raw} with each parameter x1 of its head's brackets written x_{1}; else unchanged. */
  static String asSubscripts(String raw) {
    int open = raw.indexOf('(');
    if (open < 0 || raw.indexOf('(', open + 1) >= 0) {
      return raw; // no head, or nested brackets: not a head's parameter list
    }
    return raw.substring(0, open) + DIGIT_PARAMETER.matcher(raw.substring(open))
        .replaceAll("$1_{$2}");
  }
}

package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A function head with parameters written as vectors, {@code L(W, Y, \vec{X}_1, \vec{X}_2) = (1 -
 * Y) \frac{1}{2} (D_W)^2 + …} (Hadsell, Chopra and LeCun's contrastive loss), whose body does not
 * use those parameters: they enter only through a name the body uses (D_W, defined in a form the
 * checker does not read). {@link FunctionHeads} takes letters and Greek letters only, so the
 * definition was read as a claim ("W, D_W, X₁, X₂, m are not defined in the text"), and every
 * later ∂L/∂D_W was "not checked" (a wrong sign among them).
 *
 * <p>The head is read as the same head with each vector's letter (the name the reader gives
 * {@code \vec{X}_1} everywhere: X1). Only where the body names none of those letters: a vector
 * parameter the body uses would be read as a number, which it is not. Stateless.
 */
final class VectorParameterHeads {
  /** A parameter written as a vector: \vec{X}_1, \mathbf{x}, \boldsymbol{x}_n, \bm{w}. */
  private static final Pattern VECTOR = Pattern.compile("\\\\(?:vec|mathbf|boldsymbol|bm)\\s*"
      + "\\{\\s*([A-Za-z])\\s*\\}");
  /** The head's bracket: everything after the name, up to the closing bracket at the end. */
  private static final Pattern BRACKET = Pattern.compile("\\(([^()]*)\\)\\s*$");

  private VectorParameterHeads() {}

  /** The head {@code rawHead} defines with {@code rawBody}, or null where it is no such head. */
  static FunctionHeads.Head parse(String rawHead, String rawBody) {
    Matcher b = BRACKET.matcher(rawHead);
    if (!b.find()) {
      return null;
    }
    Matcher v = VECTOR.matcher(b.group(1));
    StringBuilder params = new StringBuilder();
    boolean any = false;
    while (v.find()) {
      any = true;
      String letter = v.group(1);
      if (Pattern.compile("(?<![A-Za-z\\\\])" + letter + "(?![A-Za-z])").matcher(rawBody)
          .find()) {
        return null; // the body uses the vector: never read as a number
      }
      v.appendReplacement(params, letter);
    }
    if (!any) {
      return null;
    }
    v.appendTail(params);
    return FunctionHeads.parse(rawHead.substring(0, b.start()) + "(" + params + ")");
  }
}

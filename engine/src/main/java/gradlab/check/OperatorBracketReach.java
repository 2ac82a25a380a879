package gradlab.check;

/**
 * Where an operator fraction is followed by one bracketed group and then more factors,
 * {@code \frac{d}{dx}\left( x^2 \right) e^{-x}} or {@code \frac{d}{dx}(x^2) \cdot e^{-x}} (the
 * product rule as students write it), what the operator takes is a convention: the bracket only,
 * as a function takes its argument, or the whole product that follows, as {@code d/dx f}
 * reads. {@link OperatorReach} had read the whole product only, and so refuted the true
 * {@code f'(x) = \dfrac{d}{dx}\left( x^2 \right) e^{-x} + x^2 \dfrac{d}{dx}\left( e^{-x} \right)}
 * (found by a new-user tester). Both readings are now tried, so that such a step is refuted only
 * when both fail, and "not checked: ambiguous" where they disagree.
 */
final class OperatorBracketReach {
  private OperatorBracketReach() {}

  /**
   * The length of the bracketed group that opens {@code raw} ({@code (…)}, {@code [ … ]},
   * {@code \left( … \right)}, {@code \big( … \big)}) when more factors follow it in
   * {@code raw}, or -1: none, the group is all of {@code raw}, or what follows raises or
   * indexes the group ({@code (x^2)^3}, {@code (…)'}), which then belongs to it.
   */
  static int leadingGroupBeforeMore(String raw) {
    int i = 0;
    while (i < raw.length() && Character.isWhitespace(raw.charAt(i))) {
      i++;
    }
    java.util.regex.Matcher sizing = java.util.regex.Pattern
        .compile("\\\\(?:left|bigl|Bigl|biggl|Biggl|big|Big|bigg|Bigg)(?![A-Za-z])\\s*")
        .matcher(raw).region(i, raw.length());
    if (sizing.lookingAt()) {
      i = sizing.end();
    }
    if (i >= raw.length() || (raw.charAt(i) != '(' && raw.charAt(i) != '[')) {
      return -1;
    }
    int depth = 0;
    for (int j = i; j < raw.length(); j++) {
      char ch = raw.charAt(j);
      if (ch == '\\' && j + 1 < raw.length() && "{}".indexOf(raw.charAt(j + 1)) >= 0) {
        depth += raw.charAt(j + 1) == '{' ? 1 : -1;
        j++;
      } else if ("([{".indexOf(ch) >= 0) {
        depth++;
      } else if (")]}".indexOf(ch) >= 0) {
        depth--;
      }
      if (depth == 0) {
        String after = raw.substring(j + 1).strip();
        if (after.isEmpty() || "^_'!".indexOf(after.charAt(0)) >= 0) {
          return -1;
        }
        return j + 1;
      }
    }
    return -1;
  }
}

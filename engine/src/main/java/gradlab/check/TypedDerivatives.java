package gradlab.check;

import java.util.List;

/**
 * A derivative the plain-text reader wrote as {@code diff(E, x)} (from {@code d/dx E} or
 * {@code f'(x)}), shown again as {@code d/dx E}: the report, the console's {@code :check} and a
 * folder's first wrong step showed {@code diff(tanh(z), z)} for a line that said
 * {@code d/dz tanh z} (user22). A line that itself says {@code diff(…)} keeps it.
 */
final class TypedDerivatives {
  private TypedDerivatives() {}

  /** The step with its reader-made derivatives in d/dx form, unless its line typed diff(. */
  static StepResult shown(StepResult s, String typedLine) {
    if (typedLine.contains("diff(") || !(s.lhs().contains("diff(") || s.rhs().contains("diff("))) {
      return s;
    }
    return new StepResult(s.line(), shown(s.lhs()), s.relation(), shown(s.rhs()), s.verdict(),
        s.note());
  }

  /** {@code diff(E, x)} as {@code d/dx E} ({@code d/dx (E)} for a sum or product). */
  static String shown(String text) {
    int at = find(text, 0);
    if (at < 0) {
      return text;
    }
    int open = at + 4;
    int close = TopLevel.closing(text, open);
    if (close < 0) {
      return text;
    }
    List<String> args = TopLevel.split(text.substring(open + 1, close), ',');
    String tail = shown(text.substring(close + 1));
    if (args.size() != 2 || !args.get(1).strip().matches("[A-Za-z][A-Za-z0-9_]*")) {
      return text.substring(0, close + 1) + tail;
    }
    String body = shown(args.get(0).strip());
    String wrapped = body.matches("[\\p{L}][\\p{L}\\d_]*(\\(.*\\))?") && (!body.contains("(")
        || TopLevel.closing(body, body.indexOf('(')) == body.length() - 1) ? body
        : "(" + body + ")";
    return text.substring(0, at) + "d/d" + args.get(1).strip() + " " + wrapped + tail;
  }

  private static int find(String text, int from) {
    int at = text.indexOf("diff(", from);
    while (at > 0 && (Character.isLetterOrDigit(text.charAt(at - 1))
        || text.charAt(at - 1) == '_')) {
      at = text.indexOf("diff(", at + 1);
    }
    return at;
  }
}

package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A function defined in prose after the display that applies it: "$$g'(x) = 2x + 3 = h(x) + 3$$
 * where $h(x) = 2x$", Misra's "… = \Delta(x)\,\mathrm{swish}(x) + … where … and $\Delta(x) =
 * \mathrm{sech}^2(\mathrm{softplus}(x))$". {@link TrailingDefinitions} took only a name's
 * definition (p₂ = 1 − p₁), so the display was checked before h had a meaning and was "not
 * checked: h is not defined in the text". A head {@link FunctionHeads} reads, of a function the
 * text has not defined (no rule, no definition, no point of that name), applied in the display
 * ({@code h(} or {@code h\left(}), with a formula on the right, now counts as such a definition
 * too: it is read first, as {@code TrailingDefinitions} reads a name's. Stateless.
 */
final class TrailingFunctionDefinitions {
  private static final Pattern DEFINITION = Pattern.compile("\\s*([^=<>]+?)\\s*=\\s*([^=<>]+)");
  private static final Pattern NAME = Pattern.compile(
      "\\s*((?:\\\\(?:mathrm|operatorname|text)\\s*\\{[A-Za-z]+\\}|\\\\[A-Za-z]+|[A-Za-z])"
      + "(?:_(?:\\{[A-Za-z0-9]{1,3}\\}|[A-Za-z0-9]))?)\\s*\\(");

  private TrailingFunctionDefinitions() {}

  /** Whether {@code definition} defines a new function that {@code claim} applies. */
  static boolean definesNew(DocumentRun run, String claim, String definition) {
    Matcher m = DEFINITION.matcher(definition);
    if (claim.isEmpty() || !m.matches() || !m.group(2).matches(".*[A-Za-z].*")) {
      return false;
    }
    Matcher n = NAME.matcher(m.group(1));
    FunctionHeads.Head head = FunctionHeads.parse(m.group(1));
    if (head == null || !n.lookingAt() || !EngineNames.is(head.name())
        || !Pattern.compile(Pattern.quote(n.group(1)) + "\\s*(?:\\(|\\\\left\\s*\\()")
            .matcher(claim).find()) {
      return false;
    }
    String name = head.name();
    return !run.ctx.defines(name) && !run.ctx.point().containsKey(name)
        && run.ctx.functionRules().stream().noneMatch(r -> r.name().equals(name));
  }
}

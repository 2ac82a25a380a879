package gradlab.check;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A function defined through its logarithm, Goodfellow's Gaussian prior {@code \log p(w) =
 * -\frac{\lambda}{2} w^2 + \frac{1}{2} \log \frac{\lambda}{2\pi}}: the function p, undefined so
 * far, is e to the right side, as {@link LogDefinitions} reads {@code \log p(y \mid x; w) = …} of
 * a name. Before, {@code p(w)} inside the log was no name and no function ("λ, p are not
 * defined"), so the planted factor 2 in {@code \frac{d}{dw} \log p(w) = -2 \lambda w} was never
 * checked. Only a one-letter head applied to its parameters ({@link FunctionHeads}) of a letter
 * the text has not defined, and only where the body uses a parameter, does not use the letter,
 * and uses no name the text defines (is it held fixed?); anything else is read as before.
 */
final class LogFunctionHeads {
  private static final Pattern LOG_OF_HEAD = Pattern.compile(
      "\\s*\\\\(?:log|ln)(?![A-Za-z])\\s*(?:\\\\left\\s*\\(|\\()?\\s*([A-Za-z]\\s*\\([^()]*\\))"
      + "\\s*(?:\\\\right\\s*\\)|\\))?\\s*");

  private LogFunctionHeads() {}

  /** Defines the function and returns true, or returns false for any other chain. */
  static boolean defineInPlace(DocumentRun run, int line, Relation rel0, List<String> raw,
      List<String> terms) {
    if (rel0 != Relation.EQUAL || terms.get(1) == null) {
      return false;
    }
    Matcher m = LOG_OF_HEAD.matcher(raw.get(0));
    if (!m.matches() || !balanced(raw.get(0))) {
      return false;
    }
    FunctionHeads.Head fn = FunctionHeads.parse(m.group(1));
    if (fn == null || !fn.name().matches("[a-z]")) {
      return false;
    }
    String f = LatexNames.safe(fn.name());
    if (run.ctx.defines(f) || run.functions.contains(f) || run.genericFunctions.contains(f)
        || run.ctx.point().containsKey(f) || run.reading().variables().contains(f)) {
      return false;
    }
    try {
      Set<String> free = run.engine.freeSymbols(run.engine.eval(terms.get(1)));
      if (free.contains(f) || free.stream().noneMatch(fn.parameters()::contains)
          || free.stream().anyMatch(run.ctx::defines)) {
        return false;
      }
    } catch (RuntimeException e) {
      return false;
    }
    // the guards of any function definition (a value at a defined argument, a body free of
    // its parameters …) apply: p(w) = e to the right side is read as f(x) = … is
    FunctionDefinitionSteps.definedInPlace(run, line, fn, List.of(m.group(1).strip(),
        "\\exp\\left(" + raw.get(1).strip() + "\\right)"), java.util.Arrays.asList(null,
        "exp(" + terms.get(1) + ")"), new ChainTerms(List.of(), List.of(),
        Set.of()), null);
    return true;
  }

  /** Whether the brackets of the head balance: {@code \log p(w)}, not {@code \log p(a)(b)}. */
  private static boolean balanced(String s) {
    return s.chars().filter(c -> c == '(').count() == s.chars().filter(c -> c == ')').count();
  }
}

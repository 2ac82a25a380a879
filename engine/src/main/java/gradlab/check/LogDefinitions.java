package gradlab.check;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quantity or a function defined through its logarithm; the head inside the log decides which.
 * A name, Goodfellow's {@code \log \tilde{P}(y) = yz} and the maximum-likelihood
 * {@code \log p(y \mid x; w) = -\frac{1}{2}\log(2\pi s^2) - …}, read as one name: that quantity,
 * undefined so far, is e to the right side. Before, the name stayed free, and
 * ∂/∂w log p(y | x; w) was 0 (a true step refuted; found by a lecturer tester). A one-letter head
 * applied to its parameters ({@link FunctionHeads}), Goodfellow's Gaussian prior {@code \log p(w) =
 * -\frac{\lambda}{2} w^2 + \frac{1}{2} \log \frac{\lambda}{2\pi}}: the function p is e to the
 * right side. Before, {@code p(w)} inside the log was no name and no function ("λ, p are not
 * defined"), so the planted factor 2 in {@code \frac{d}{dw} \log p(w) = -2 \lambda w} was never
 * checked. The function is defined only for a letter the text has not defined, and only where
 * the body uses a parameter, does not use the letter, and uses no name the text defines (is it
 * held fixed?); anything else is read as before. One mechanism for both (the review of the
 * twenty-fifth round: the function reading was a twin class, a second branch of the chain).
 */
final class LogDefinitions {
  private static final Pattern LOG_OF_NAME = Pattern.compile("\\s*(?i:log|ln)\\(\\s*([A-Za-z]\\w*)"
      + "\\s*\\)\\s*");
  private static final Pattern LOG_OF_HEAD = Pattern.compile(
      "\\s*\\\\(?:log|ln)(?![A-Za-z])\\s*(?:\\\\left\\s*\\(|\\()?\\s*([A-Za-z]\\s*\\([^()]*\\))"
      + "\\s*(?:\\\\right\\s*\\)|\\))?\\s*");

  private LogDefinitions() {}

  /**
   * Defines the quantity or the function inside the log and returns true, or returns false for
   * any other chain.
   */
  static boolean defineInPlace(DocumentRun run, int line, Relation rel0, List<String> raw,
      List<String> terms) {
    return quantityInPlace(run, line, rel0, raw, terms)
        || run.latex() && functionInPlace(run, line, rel0, raw, terms);
  }

  /** {@code log(NAME) = …} as read: NAME is e to the right side. */
  private static boolean quantityInPlace(DocumentRun run, int line, Relation rel0,
      List<String> raw, List<String> terms) {
    if (rel0 != Relation.EQUAL || terms.get(0) == null || terms.get(1) == null) {
      return false;
    }
    Matcher m = LOG_OF_NAME.matcher(terms.get(0));
    if (!m.matches()) {
      return false;
    }
    String name = m.group(1);
    if (run.ctx.defines(name) || run.functions.contains(name)
        || run.ctx.point().containsKey(name)) {
      return false;
    }
    try {
      Set<String> free = run.engine.freeSymbols(run.engine.eval(terms.get(1)));
      if (free.contains(name)) {
        return false;
      }
      if (free.stream().anyMatch(run.ctx::defines)) { // y = w x + ε, then log p(y | x; w) =
        run.untaken.markInPlace(run, name, line); // …(y − w x)…: is y held fixed? p not free
        return false;
      }
    } catch (RuntimeException e) {
      return false;
    }
    run.steps.define(line, name, raw.get(0), raw.get(1), "exp(" + terms.get(1) + ")");
    return run.ctx.defines(name);
  }

  /** {@code \log p(w) = …} as written: the function p is e to the right side. */
  private static boolean functionInPlace(DocumentRun run, int line, Relation rel0,
      List<String> raw, List<String> terms) {
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
        "\\exp\\left(" + raw.get(1).strip() + "\\right)"), Arrays.asList(null,
        "exp(" + terms.get(1) + ")"), new ChainTerms(List.of(), List.of(), Set.of()), null);
    return true;
  }

  /** Whether the brackets of the head balance: {@code \log p(w)}, not {@code \log p(a)(b)}. */
  private static boolean balanced(String s) {
    return s.chars().filter(c -> c == '(').count() == s.chars().filter(c -> c == ')').count();
  }
}

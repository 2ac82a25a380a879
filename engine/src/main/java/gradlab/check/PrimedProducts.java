package gradlab.check;

import gradlab.symbolic.FunctionRule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A rule of derivatives written in function letters, {@code (fg)' = f'g + fg'}, {@code (f/g)'
 * = (f'g - fg')/g^2}: where every letter is a function the text defines of one and the same
 * variable (f(x) = x^2, g(x) = exp(x)), the line is read as {@code d(f(x)*g(x))/dx =
 * f'(x)*g(x) + f(x)*g'(x)}, so the wrong {@code (fg)' = f'g'} is refuted. Elsewhere it is not
 * checked, with the reason: the rule for functions in general is not what the checker decides.
 * It was "cannot read: not engine syntax ('f'g'')" (user37, user38).
 */
final class PrimedProducts {
  /** A bracket of letters and operators with a prime after it: (fg)', (f*g)′, (f/g)'. */
  private static final Pattern PRIMED = Pattern.compile(
      "\\(\\s*[A-Za-z](?:\\s*[*·/+\\-−]?\\s*[A-Za-z])+\\s*\\)\\s*['′]");
  /** What such a line may hold besides: letters, primes, numbers, operators, brackets, = . */
  private static final Pattern ONLY = Pattern.compile("[A-Za-z'′0-9.\\s*·/+\\-−^()=]+");

  private PrimedProducts() {}

  /** The line read, or why not; {@code text} null and {@code why} null where it is no such line. */
  record Read(String text, String why) {}

  /** The line in engine syntax, or why it is not checked; null where it writes no (fg)′. */
  static Read rewrite(DocumentRun run, String line) {
    if (!PRIMED.matcher(line).find() || !ONLY.matcher(line).matches()) {
      return null;
    }
    Set<String> letters = new LinkedHashSet<>();
    line.chars().filter(Character::isLetter).forEach(c -> letters.add(String.valueOf((char) c)));
    String variable = null;
    List<String> undefined = new ArrayList<>();
    for (String f : letters) {
      FunctionRule rule = run.ctx.functionRules().stream().filter(r -> r.name().equals(f))
          .reduce((a, b) -> b).orElse(null);
      if (rule == null || rule.parameters().size() != 1
          || variable != null && !variable.equals(rule.parameters().get(0))) {
        undefined.add(f);
      } else {
        variable = rule.parameters().get(0);
      }
    }
    if (!undefined.isEmpty() || variable == null) {
      return new Read(null, "a rule of derivatives in function letters (" + String.join(", ",
          letters) + ") is checked only for functions the text defines of one variable ("
          + String.join(", ", undefined) + " " + (undefined.size() == 1 ? "is" : "are")
          + " not); the rule for functions in general is not checked; hint: define them "
          + "first, e.g. f(x) = x^2");
    }
    try {
      return new Read(terms(line.replace('′', '\'').replace('·', '*').replace('−', '-'),
          variable), null);
    } catch (RuntimeException e) { // a bracket not closed: not this form
      return null;
    }
  }

  /** The claims from {@code from} on shown with the line's terms as typed, (fg)' not d(…)/dx. */
  static void typedInPlace(DocumentRun run, int from, String typed) {
    List<String> terms = ChainSplitter.split(typed).terms();
    List<Integer> claims = new ArrayList<>();
    for (int k = from; k < run.out.size(); k++) {
      if (run.out.get(k).isClaim()) {
        claims.add(k);
      }
    }
    if (claims.size() != terms.size() - 1) {
      return;
    }
    for (int j = 0; j < claims.size(); j++) {
      StepResult s = run.out.get(claims.get(j));
      run.out.set(claims.get(j), new StepResult(s.line(), terms.get(j).strip(), s.relation(),
          terms.get(j + 1).strip(), s.verdict(), s.note()));
    }
  }

  /** Letters as calls f(x), f'(x), juxtaposition as *, a primed bracket as d(…)/dx. */
  private static String terms(String s, String x) {
    StringBuilder out = new StringBuilder();
    boolean atom = false; // the last thing written was a factor: a letter, number or bracket
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (Character.isLetter(c) || Character.isDigit(c) || c == '(') {
        out.append(atom ? "*" : "");
      }
      if (Character.isLetter(c)) {
        int p = k + 1;
        while (p < s.length() && s.charAt(p) == '\'') {
          p++;
        }
        out.append(c).append(s, k + 1, p).append('(').append(x).append(')');
        k = p - 1;
        atom = true;
      } else if (Character.isDigit(c) || c == '.') {
        out.append(c);
        atom = true;
      } else if (c == '(') {
        int close = TopLevel.closing(s, k);
        String inner = terms(s.substring(k + 1, close), x);
        int after = close + 1;
        while (after < s.length() && s.charAt(after) == ' ') {
          after++;
        }
        if (after < s.length() && s.charAt(after) == '\'') {
          out.append("d(").append(inner).append(")/d").append(x);
          k = after;
        } else {
          out.append('(').append(inner).append(')');
          k = close;
        }
        atom = true;
      } else {
        out.append(c);
        atom = c == ' ' ? atom : c == ')';
      }
    }
    return out.toString();
  }
}

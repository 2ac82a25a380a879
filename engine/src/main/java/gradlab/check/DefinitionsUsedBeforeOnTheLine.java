package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One typed line of statements where a function's body uses a name the same line defines after
 * it: {@code L(w) = -(y*log(p) + (1-y)*log(1-p)), p = sigma(w*x)} ("where p = …"). Read in the
 * line's order, L's body used none of its parameters and L was not read
 * ({@link FunctionsFreeOfTheirParameters}), so every step through L, dL/dw and d2L/dw2 of
 * logistic-newton-step-ascii among them, was "not checked". The definitions of names the text has
 * not defined before, used in such a body, are read first; the rest keeps its order.
 */
final class DefinitionsUsedBeforeOnTheLine {
  private static final Pattern FUNCTION = Pattern.compile(
      "^\\s*[A-Za-z\\p{IsGreek}][A-Za-z0-9_\\p{IsGreek}]*\\s*\\(([^()=]*)\\)\\s*=(?!=)(.*)$");
  private static final Pattern NAMED = Pattern.compile(
      "^\\s*([A-Za-z\\p{IsGreek}][A-Za-z0-9_\\p{IsGreek}]*)\\s*=(?!=)([^=<>≤≥≈]*)$");

  private DefinitionsUsedBeforeOnTheLine() {}

  /** The pieces with such definitions moved before the first function that uses them. */
  static List<String> ordered(List<String> pieces, Predicate<String> defined) {
    List<String> out = new ArrayList<>(pieces);
    for (int i = 0; i < out.size(); i++) {
      Matcher fn = FUNCTION.matcher(out.get(i));
      if (!fn.matches()) {
        continue;
      }
      String body = fn.group(2);
      for (int j = i + 1; j < out.size(); j++) {
        Matcher n = NAMED.matcher(out.get(j));
        if (n.matches() && !defined.test(n.group(1)) && uses(body, n.group(1))
            && java.util.Arrays.stream(fn.group(1).split(",")).noneMatch(v -> uses(body,
                v.strip())) && !n.group(2).isBlank()) {
          out.add(i, out.remove(j));
          i++;
        }
      }
    }
    return out;
  }

  private static boolean uses(String body, String name) {
    return !name.isEmpty() && Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(name)
        + "(?![A-Za-z0-9_(])").matcher(body).find();
  }
}

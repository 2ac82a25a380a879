package gradlab.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A point written as a tuple of numbers, d2l's "If we look at a point like $(0, \log(2))$, we
 * see that $$f(x, y) = \log(3) \ldots$$": the numbers are the arguments of the function of that
 * many parameters the text defined, in order, and are bound as named points (x = 0, y = log 2),
 * as "at $x = 0$, $y = \log 2$" would be. The claim after it was "not checked: it holds only for
 * values the text does not state here". Read only where the prose before the tuple says "point"
 * or ends with "at", every part is a number, and the functions the text defined with that many
 * parameters share one parameter list (f(x, y) and g(u, v) leave which names unclear).
 */
final class TuplePoints {
  private static final Pattern TUPLE = Pattern.compile(
      "(?s)\\s*(?:\\\\left)?\\(\\s*(.*?)\\s*(?:\\\\right)?\\)\\s*[.,;:]?\\s*");
  private static final Pattern POINT_WORDS = Pattern.compile(
      "(?is).*(?:\\bpoints?\\b[^.;:!?$]{0,40}|\\bat\\s*)");
  /** A word of the engine's syntax not followed by a bracket: a name, unless a constant. */
  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]*(?!\\s*[A-Za-z0-9(])");
  private static final Set<String> CONSTANTS = Set.of("Pi", "E", "pi", "e");

  private TuplePoints() {}

  /** Binds the tuple's numbers to the parameters and returns true, or returns false. */
  static boolean bindInPlace(DocumentRun run, int line, String statement) {
    Matcher m = TUPLE.matcher(statement);
    if (!m.matches() || !POINT_WORDS.matcher(run.prose).matches()) {
      return false;
    }
    List<String> parts = TopLevel.split(m.group(1), ',');
    if (parts.size() < 2) {
      return false;
    }
    List<String> parameters = parameters(run, parts.size());
    if (parameters == null) {
      return false;
    }
    List<String> values = new ArrayList<>();
    for (String part : parts) {
      String value = run.read(part);
      if (value == null || value.isBlank() || !constant(value)) {
        return false;
      }
      values.add(value);
    }
    for (int k = 0; k < parts.size(); k++) {
      NamedPoints.bindInPlace(run, line, List.of(parameters.get(k), parts.get(k).strip()),
          parameters.get(k), values.get(k), false);
    }
    return true;
  }

  /** The one parameter list of the defined functions of {@code arity} parameters, or null. */
  private static List<String> parameters(DocumentRun run, int arity) {
    Set<List<String>> lists = new LinkedHashSet<>();
    for (Map.Entry<String, List<String>> f : run.functionParameters.entrySet()) {
      if (f.getValue().size() == arity && !run.ctx.defines(f.getKey())) {
        lists.add(f.getValue());
      }
    }
    if (lists.size() != 1) {
      return null;
    }
    List<String> ps = lists.iterator().next();
    boolean free = ps.stream().allMatch(p -> !run.ctx.defines(p) && !run.functions.contains(p));
    return free && new LinkedHashSet<>(ps).size() == ps.size() ? ps : null;
  }

  private static boolean constant(String engineSyntax) {
    Matcher w = WORD.matcher(engineSyntax);
    while (w.find()) {
      if (!CONSTANTS.contains(w.group())) {
        return false;
      }
    }
    return true;
  }
}

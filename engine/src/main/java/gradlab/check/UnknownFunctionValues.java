package gradlab.check;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names defined as the value of a function the text never defines: RankNet's {@code s_i =
 * f(x_i)}, "the model computes the scores". f is arbitrary, so sᵢ can be any number, and a step
 * in sᵢ that holds (or fails) for a free sᵢ does so for the text's sᵢ: ∂C/∂sᵢ of C =
 * log(1 + e^{−σ(sᵢ − sⱼ)}) is checked with sᵢ, sⱼ free (it was "sᵢ is defined in a way the
 * checker does not read"). Not when the step also reaches the argument (∂C/∂xᵢ would treat sᵢ
 * as constant in xᵢ), when two such names are the same call (s = f(x), t = f(x): s = t), or when
 * the text defines the function anywhere ({@code f(x) = …}, {@code f = …}, a chain {@code s =
 * f(x) = …}): then the name stays "defined in a way not read" ({@link UntakenDefinitions}).
 */
final class UnknownFunctionValues {
  private static final Pattern CALL = Pattern.compile("\\s*([A-Za-z])\\s*\\((.+)\\)\\s*");
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
  /** Letters that usually name a probability, density, expectation or variance. */
  private static final String PROBABILITY = "pPqQEVN";

  private record Value(int line, String call, Set<String> arguments) {}

  private final Map<String, Value> values = new HashMap<>();
  private String document = "";

  /** The whole text, to see whether it defines a function anywhere. */
  void documentInPlace(String text) {
    document = text == null ? "" : text;
  }

  /**
   * Takes {@code name = rhs} as the value of a function the text never defines; false (nothing
   * recorded) where {@code rhs} is not one call of a one-letter function or the text defines it.
   */
  boolean takeInPlace(DocumentRun run, int line, String name, String rhs) {
    if (rhs == null || name == null) {
      return false;
    }
    Matcher m = CALL.matcher(rhs);
    if (!m.matches() || !balanced(m.group(2)) || m.group(2).contains("|")) {
      return false;
    }
    String head = m.group(1);
    if (PROBABILITY.indexOf(head.charAt(0)) >= 0 // p(x), P(A), E(X), q(z): values in a range
        || run.ctx.defines(head) || run.functions.contains(head) || definedInText(head)) {
      return false;
    }
    String call = head + "(" + m.group(2).replaceAll("\\s+", "") + ")";
    if (values.values().stream().anyMatch(v -> v.call().equals(call))) {
      values.entrySet().removeIf(e -> e.getValue().call().equals(call)); // s = f(x), t = f(x)
      return false;
    }
    Set<String> arguments = new LinkedHashSet<>();
    try {
      Matcher n = NAME.matcher(LatexReader.read(m.group(2), run.reading()).engineSyntax());
      while (n.find()) {
        arguments.add(n.group());
      }
    } catch (RuntimeException e) {
      return false;
    }
    values.put(name, new Value(line, call, arguments));
    return true;
  }

  /**
   * A hypothesis {@code a = g(z)} of a function the text does not define ("Let $a = g(z)$ with
   * $z = w x + b$"): a stays free as before, but a step that reaches a and z is not checked
   * (∂L/∂b = 0 was proved for L = (a − y)²/2, a taken constant in b).
   */
  void assumedInPlace(DocumentRun run, int line, String raw) {
    Matcher m = raw == null ? null : ASSUMED.matcher(raw);
    if (m == null || !m.matches()) {
      return;
    }
    Matcher call = CALL.matcher(m.group(2));
    if (!call.matches() || !balanced(call.group(2)) || run.ctx.defines(call.group(1))
        || run.functions.contains(call.group(1))) {
      return;
    }
    try {
      String name = LatexReader.read(m.group(1), run.reading()).engineSyntax().strip();
      Set<String> arguments = names(run, call.group(2));
      if (NAME.matcher(name).matches() && !arguments.isEmpty()) {
        values.putIfAbsent(name, new Value(line, call.group(1) + "(" + line + ")", arguments));
      }
    } catch (RuntimeException e) {
      // not read: nothing recorded
    }
  }

  private static final Pattern ASSUMED = Pattern.compile(
      "\\s*\\$?\\s*([A-Za-z](?:_\\{?[A-Za-z0-9]+\\}?)?)\\s*=\\s*([^=$]+?)\\s*\\$?\\s*");

  private static Set<String> names(DocumentRun run, String latex) {
    Set<String> out = new LinkedHashSet<>();
    Matcher n = NAME.matcher(LatexReader.read(latex, run.reading()).engineSyntax());
    while (n.find()) {
      out.add(n.group());
    }
    return out;
  }

  /**
   * {@code D = D(x)}, "the value of D at x" ({@link SameNameAbbreviations}): D free, and a step
   * that also reaches x is not checked.
   */
  void abbreviatedInPlace(String name, int line, Set<String> arguments) {
    values.putIfAbsent(name, new Value(line, name + "(" + line + ")", arguments));
  }

  /** The whole text, as {@link #documentInPlace} took it. */
  String document() {
    return document;
  }

  /** Whether {@code name} was taken here (then it is no untaken definition). */
  boolean takes(String name) {
    return values.containsKey(name);
  }

  /** Why a step with these sides is not checked: it reaches a name and its call's argument. */
  String reason(DocumentRun run, String sides) {
    if (values.isEmpty()) {
      return null;
    }
    Set<String> reached = new LinkedHashSet<>();
    Matcher m = NAME.matcher(sides);
    while (m.find()) {
      reached.addAll(DependencyCuts.closure(run.engine, run.ctx, m.group()));
    }
    for (Map.Entry<String, Value> e : values.entrySet()) {
      if (!reached.contains(e.getKey()) || run.ctx.defines(e.getKey())) {
        continue;
      }
      for (String a : e.getValue().arguments()) {
        Set<String> of = DependencyCuts.closure(run.engine, run.ctx, a);
        if (of.stream().anyMatch(reached::contains)) {
          return LatexNames.readable(e.getKey()) + " is defined on line " + e.getValue().line()
              + " as a value of a function the text does not define, and the step also "
              + "reaches " + LatexNames.readable(a) + ", on which that value depends in a way "
              + "not stated";
        }
      }
    }
    return null;
  }

  private boolean definedInText(String head) {
    String h = Pattern.quote(head);
    return Pattern.compile("(?<![A-Za-z\\\\_^])" + h + "\\s*(\\([^()$]*\\)\\s*)?"
        + "(=|:=|\\\\equiv|\\\\coloneqq|\\\\triangleq|\\\\doteq|:\\s|\\\\colon)")
        .matcher(document).find();
  }

  private static boolean balanced(String s) {
    int depth = 0;
    for (char c : s.toCharArray()) {
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }
}

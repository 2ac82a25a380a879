package gradlab.check;

import gradlab.symbolic.SymbolicEngine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a failing instance of an undefined function refutes nothing: the text may mean a
 * particular function it never wrote out. Two readings keep such a step not checked:
 * <ul>
 *   <li>the step relates a function to its own derivative, with no derivative of a compound
 *       expression in it: {@code φ(x) + φ(x) + x φ′(x) = (2 − x²) φ(x)} holds for the normal
 *       density (φ′ = −xφ) and fails for x² + 1; it states what the particular φ satisfies,
 *       not a rule for every function (a limit, integral or sum over a compound, as the
 *       definition of the derivative, is such a rule);</li>
 *   <li>two undefined functions may be one the derivative of the other: {@code D(x Φ(x), x) =
 *       Φ(x) + x φ(x)} holds when φ = Φ′ (a CDF and its density, F and f), and was ✗ with
 *       unrelated instances (a student's GELU).</li>
 * </ul>
 * A rule for every function (the chain rule written wrong, a derivative of f(x)² without f′)
 * is still refuted by an instance.
 */
final class ParticularFunctions {
  private static final Pattern OPERATOR = Pattern.compile(
      "(?<![A-Za-z0-9_])(" + EngineDerivatives.HEADS + "|lim0|Limit|Integrate|Sum|Product)\\(");

  private ParticularFunctions() {}

  /**
   * Whether some function of {@code heads} occurs both differentiated (f′, ∂f) and not in the
   * step, while no derivative operator applies to more than one function's call.
   */
  static boolean relatesToItsDerivative(String lhs, String rhs, Map<String, Integer> heads) {
    String s = (lhs + " " + rhs).replace(" ", "");
    Matcher op = OPERATOR.matcher(s);
    List<String> differentiated = new ArrayList<>();
    while (op.find()) {
      int close = TopLevel.closing(s, op.end() - 1);
      if (close < 0) {
        return false;
      }
      List<String> args = TopLevel.split(s.substring(op.end(), close), ',');
      String first = args.isEmpty() ? "" : args.get(0).strip();
      String head = bareCall(first, heads);
      if (head == null) {
        return false; // a derivative of a compound: a rule for every function
      }
      differentiated.add(head);
    }
    for (String h : heads.keySet()) {
      String q = Pattern.quote(h);
      boolean primed = Pattern.compile("(?<![A-Za-z0-9_])" + q + "'+\\(").matcher(s).find()
          || differentiated.contains(h);
      String plain = s.replaceAll("(?<![A-Za-z0-9_])(?:dd|pd|D|diff)\\(" + q + "(?:\\([^()]*\\))?,"
          + "[^()]*\\)", "");
      boolean bare = asValue(plain, Pattern.compile("(?<![A-Za-z0-9_])" + q + "\\(")
          .matcher(plain));
      if (primed && bare) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a call found by {@code m} stands as a value (a term or factor), not only as the
   * argument of another call: in Goodfellow's f′(f(f(w))) f′(w) f′(w) the function f is an
   * arbitrary one the chain rule is stated for, and a failing instance refutes the step.
   */
  private static boolean asValue(String s, Matcher m) {
    while (m.find()) {
      int i = m.start();
      char before = i > 0 ? s.charAt(i - 1) : ' ';
      boolean argument = before == ',' || before == '(' && i > 1
          && String.valueOf(s.charAt(i - 2)).matches("[A-Za-z0-9_']");
      if (!argument) {
        return true;
      }
    }
    return false;
  }

  private static String bareCall(String arg, Map<String, Integer> heads) {
    for (String h : heads.keySet()) {
      if (arg.equals(h) || arg.matches(Pattern.quote(h) + "'*\\([^()]*\\)")) {
        return h;
      }
    }
    return null;
  }

  /**
   * The relation under which the step holds, "φ = Φ′", where one undefined function of one
   * argument is read as the derivative of another (each instance tried); null where it fails
   * under each such reading too, or where there are no two such functions.
   */
  static String relatedReading(SymbolicEngine engine, GenericFunctions.Check check,
      CheckContext ctx, String lhs, Relation rel, String rhs, Map<String, Integer> heads,
      Instant proofBy) {
    List<String> unary = heads.entrySet().stream().filter(e -> e.getValue() == 1)
        .map(Map.Entry::getKey).toList();
    if (unary.size() < 2) {
      return null;
    }
    for (String from : unary) {
      for (String to : unary) {
        if (from.equals(to) || Instant.now().isAfter(proofBy)) {
          continue;
        }
        if (holdsRelated(engine, check, ctx, lhs, rel, rhs, heads, from, to, proofBy)) {
          return LatexNames.readable(to) + " = " + LatexNames.readable(from) + "′";
        }
      }
    }
    return null;
  }

  /** Whether the step holds (is not refuted) with {@code to} the derivative of {@code from}. */
  private static boolean holdsRelated(SymbolicEngine engine, GenericFunctions.Check check,
      CheckContext ctx, String lhs, Relation rel, String rhs, Map<String, Integer> heads,
      String from, String to, Instant proofBy) {
    boolean held = false;
    for (int k = 0; k < 2 && Instant.now().isBefore(proofBy); k++) {
      Map<String, String[]> bodies = new LinkedHashMap<>();
      int j = 0;
      for (Map.Entry<String, Integer> h : heads.entrySet()) {
        bodies.put(h.getKey(), GenericFunctions.instance(h.getValue(), k + j++));
      }
      String body = bodies.get(from)[0];
      String derivative = engine.diff(engine.parse(body), "x").input();
      bodies.put(to, new String[] {derivative, "(" + bodies.get(from)[1] + ")′"});
      GenericFunctions.Instance in = GenericFunctions.withBodies(engine, ctx, heads, bodies);
      if (!GenericFunctions.heads(in.ctx(), lhs + " " + rhs).isEmpty()
          || !SlotDerivatives.rewrite(engine, lhs, heads, k).equals(lhs)
          || !SlotDerivatives.rewrite(engine, rhs, heads, k).equals(rhs)) {
        return false;
      }
      StepVerdict v;
      try {
        v = check.at(in.ctx(), lhs, rel, rhs, proofBy);
      } catch (RuntimeException e) {
        return false;
      }
      if (v instanceof StepVerdict.Refuted) {
        return false;
      }
      held |= v instanceof StepVerdict.Proved || v instanceof StepVerdict.Unknown u
          && !u.undecided();
    }
    return held;
  }
}

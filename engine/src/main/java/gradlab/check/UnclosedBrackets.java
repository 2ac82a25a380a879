package gradlab.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plain-text chain member with one '(' more than ')' (TensorFlow's own docstring writes
 * {@code (1 - z) * (x + log(1 + exp(-x))} in its logistic-loss chain): the steps on both sides
 * of it were "not checked: cannot read", so a wrong member after it was named one line late.
 *
 * <p>Each way of mending it is a reading: a ')' put after any operand that follows the
 * unmatched '(', or any '(' that opens no function's arguments taken out, wherever the result
 * is a formula. The step is refuted only where every such
 * reading fails at finite values; otherwise it stays "cannot read" as before (a step that
 * holds under one mending proves nothing about the writer's intent). Stateless.
 */
final class UnclosedBrackets {
  /** At most this many readings are tried; a longer member stays unread. */
  static final int MOST_READINGS = 80;

  private UnclosedBrackets() {}

  /** The verdict, or null where a side is not one '(' short or some reading does not fail. */
  static StepVerdict verdict(DocumentRun run, String left, Relation rel, String right) {
    if (run.latex() || !unbalanced(left) && !unbalanced(right)) {
      return null;
    }
    List<String> lefts = readings(run, left);
    List<String> rights = readings(run, right);
    if (lefts.isEmpty() || rights.isEmpty() || lefts.size() * rights.size() > MOST_READINGS
        || lefts.size() == 1 && rights.size() == 1) {
      return null; // unreadable, too many ways, or nothing was unclosed
    }
    StepVerdict.Refuted first = null;
    for (String l : lefts) {
      for (String r : rights) {
        StepVerdict v;
        try {
          v = run.steps.verdict(l, rel, r, null, "");
        } catch (RuntimeException e) {
          return null;
        }
        if (!IndexPatterns.fails(v)) {
          return null;
        }
        first = first != null ? first : (StepVerdict.Refuted) v;
      }
    }
    int n = lefts.size() * rights.size();
    return new StepVerdict.Refuted(first.point(), first.lhs(), first.rhs(), "a '(' is not "
        + "closed; the step fails under each of the " + n + " ways of mending it (a ')' put "
        + "after an operand that follows it, or a '(' taken out)" + (first.detail().isEmpty() ? "" : "; "
        + first.detail()));
  }

  /**
   * The engine-syntax readings of {@code side}: itself where it parses, else its mendings when
   * it has exactly one '(' more than ')' and no other brackets; empty where none parses.
   */
  static List<String> readings(DocumentRun run, String side) {
    Map<String, String> out = new LinkedHashMap<>();
    if (parses(run, side) != null) {
      return List.of(parses(run, side));
    }
    long open = side.chars().filter(c -> c == '(').count();
    long close = side.chars().filter(c -> c == ')').count();
    if (open != close + 1 || side.matches("(?s).*[\\[\\]{}].*")) {
      return List.of();
    }
    int unmatched = unmatched(side);
    List<String> mended = new ArrayList<>();
    for (int i = unmatched + 1; i <= side.length(); i++) {
      if (endsOperand(side, i)) {
        mended.add(side.substring(0, i) + ")" + side.substring(i));
      }
    }
    for (int i = 0; i < side.length(); i++) {
      if (side.charAt(i) == '(' && (i == 0 || !Character.isLetterOrDigit(side.charAt(i - 1)))) {
        mended.add(side.substring(0, i) + side.substring(i + 1));
      }
    }
    for (String m : mended) {
      String read = parses(run, m);
      if (read != null) {
        out.putIfAbsent(read.replace(" ", ""), read);
      }
    }
    return List.copyOf(out.values());
  }

  /** Whether position {@code i} ends an operand: after a name, a number or ')', before no name. */
  private static boolean endsOperand(String side, int i) {
    char before = side.charAt(i - 1);
    return (Character.isLetterOrDigit(before) || before == ')') && (i == side.length()
        || !Character.isLetterOrDigit(side.charAt(i)) && side.charAt(i) != '('
        && side.charAt(i) != '.');
  }

  private static boolean unbalanced(String side) {
    return side.chars().filter(c -> c == '(').count() != side.chars().filter(c -> c == ')')
        .count();
  }

  /** The position of the '(' that is never closed (the last one left open). */
  private static int unmatched(String side) {
    List<Integer> stack = new ArrayList<>();
    for (int i = 0; i < side.length(); i++) {
      if (side.charAt(i) == '(') {
        stack.add(i);
      } else if (side.charAt(i) == ')' && !stack.isEmpty()) {
        stack.remove(stack.size() - 1);
      }
    }
    return stack.isEmpty() ? side.length() : stack.get(0);
  }

  /** {@code term} in engine syntax where it parses, else null. */
  private static String parses(DocumentRun run, String term) {
    try {
      String read = PlainEulerNumber.euler(run, term);
      run.engine.parse(read);
      return read;
    } catch (RuntimeException e) {
      return null;
    }
  }
}

package gradlab.check;

import gradlab.symbolic.Definition;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Names whose defining statement the text wrote but the reader did not take: {@code a =
 * \sigm(z)} with a macro it cannot read, or {@code a = g(z)} before g is defined. Such a name is
 * not a free variable: sampled as one, ∂a/∂b was 0 and the true ∂C/∂b = (a − y) a (1 − a) was
 * refuted (found by a new user). A step that uses it, directly or through a definition, is not
 * checked.
 */
final class UntakenDefinitions {
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
  private final Map<String, Integer> lines = new HashMap<>();
  /** Why each name is not taken, where it is not "defined in a way the checker does not read". */
  private final Map<String, String> why = new HashMap<>();
  /** The right side as written of a name's unread definition ({@link #recordInPlace}). */
  private final Map<String, String> texts = new HashMap<>();
  /**
   * Names defined through vector products or transposes the reader does not read ({@code e_{ij}
   * = w_i^T \tilde{w}_j + b_i + …}): a step through one that holds for every value of the name
   * still holds, but a ✗ or a derivative with it free is not earned (GloVe's ∂(f e²)/∂w_i =
   * 2 f e w̃_j was refuted with ∂e/∂w_i = 0).
   */
  private final Map<String, Integer> vectorDefined = new HashMap<>();
  /** Names defined as a value of a function the text never defines (s_i = f(x_i)). */
  final UnknownFunctionValues unknownValues = new UnknownFunctionValues();

  /**
   * After an inline or display {@code name = …} of an undefined name was checked as a claim:
   * where it was not checked, the name is recorded as defined in a way not read.
   */
  void recordInPlace(DocumentRun run, int line, String name, String rhs, int resultsBefore) {
    boolean notChecked = run.out.subList(resultsBefore, run.out.size()).stream()
        .anyMatch(r -> r.line() == line && r.verdict() instanceof StepVerdict.NotChecked);
    boolean undefinedName = name != null && !run.ctx.defines(name)
        && !run.functions.contains(name) && !run.ctx.point().containsKey(name);
    if (notChecked && undefinedName && unknownValues.takeInPlace(run, line, name, rhs)) {
      return; // s_i = f(x_i) of an f the text never defines: any number
    }
    if (notChecked) {
      markInPlace(run, name, line);
      if (name != null && Integer.valueOf(line).equals(lines.get(name))) {
        texts.putIfAbsent(name, rhs); // for GenericUnreadNames
      }
    }
  }

  /** The right side as written of {@code name}'s unread definition, where it was recorded. */
  String text(String name) {
    return why.containsKey(name) ? null : texts.get(name);
  }

  /** Records {@code name} as defined on {@code line} in a way not read, if it is undefined. */
  void markInPlace(DocumentRun run, String name, int line) {
    if (name != null && NAME.matcher(name).matches() && !run.ctx.defines(name)
        && !run.functions.contains(name) && !run.ctx.point().containsKey(name)
        && !lines.containsKey(name)) {
      lines.put(name, line);
    }
  }

  /** Records {@code name} as defined on {@code line} in a way not read, for {@code reason}. */
  void heldInPlace(DocumentRun run, String name, int line, String reason) {
    markInPlace(run, name, line);
    if (Integer.valueOf(line).equals(lines.get(name))) {
      why.put(name, reason);
    }
  }

  /** Records {@code name} as defined on {@code line} through vectors the reader does not read. */
  void vectorDefinedInPlace(DocumentRun run, String name, int line) {
    if (name != null && NAME.matcher(name).matches() && !run.ctx.defines(name)
        && !run.functions.contains(name) && !run.ctx.point().containsKey(name)) {
      vectorDefined.putIfAbsent(name, line);
    }
  }

  /**
   * {@code v}, or "not checked" where it is a ✗, or a ✓ of a step with a derivative, through a
   * name defined by vectors the reader does not read (taken free, it does not depend on w).
   */
  StepVerdict guardVectorDefined(DocumentRun run, String lhs, String rhs, StepVerdict v) {
    if (vectorDefined.isEmpty() || !(v instanceof StepVerdict.Refuted
        || v instanceof StepVerdict.Proved && DERIVATIVE.matcher(lhs + " " + rhs).find())) {
      return v;
    }
    // e_{ij} = 0.5 · 2 + 0.1 + 0.2 − log 10 later is its value at the numbers, not its meaning
    String reason = reasonAmong(run, vectorDefined, lhs + " " + rhs, false);
    return reason == null ? v : new StepVerdict.NotChecked(reason);
  }

  private static final Pattern DERIVATIVE = Pattern.compile(
      "(?<![A-Za-z0-9_])(?:pd|dd|D|diff|Derivative)\\(|'");

  /**
   * A definition dropped because a function it calls was defined only after it ({@code a =
   * \\varphi(z)} with {@code \\varphi(z) = …} later in the sentence): the name is not free.
   */
  void droppedInPlace(String name, String function, int line) {
    lines.put(name, line);
    why.put(name, LatexNames.readable(name) + " was defined through " + LatexNames.readable(
        function) + " before " + LatexNames.readable(function) + " was defined on line " + line
        + ", which the checker does not read as the same " + LatexNames.readable(function));
  }

  /** The reason a step with these sides is not checked, or null. */
  String reason(DocumentRun run, String sides) {
    String r = reasonAmong(run, lines, sides, true);
    return r != null ? r : unknownValues.reason(run, sides);
  }

  private String reasonAmong(DocumentRun run, Map<String, Integer> lines, String sides,
      boolean definedLater) {
    for (Map.Entry<String, Integer> e : lines.entrySet()) {
      String n = e.getKey();
      if (definedLater && run.ctx.defines(n) || run.ctx.point().containsKey(n)) {
        continue; // "g = 0.5" stated later: g has the text's value there
      }
      boolean used = mentions(sides, n) || run.ctx.definitions().stream()
          .map(Definition::name).filter(d -> mentions(sides, d))
          .anyMatch(d -> DependencyCuts.closure(run.engine, run.ctx, d).contains(n)
              || reachesByText(run, d, n));
      if (used && why.containsKey(n)) {
        return why.get(n);
      }
      if (used) {
        return LatexNames.readable(n) + " is defined on line " + e.getValue()
            + " in a way the checker does not read, so it is not taken as a free variable";
      }
    }
    return null;
  }

  /**
   * Whether a definition reaches {@code name} as its printed forms write it: a name such as
   * q_x or n_in is no free symbol to the engine, so the closure by symbols missed it and
   * ∂L/∂w1 = 0 was proved with it free (found by a student's chat-style derivation).
   */
  private static boolean reachesByText(DocumentRun run, String top, String name) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    java.util.Deque<String> todo = new java.util.ArrayDeque<>(java.util.List.of(top));
    while (!todo.isEmpty()) {
      String d = todo.pop();
      if (!seen.add(d)) {
        continue;
      }
      var rhs = run.ctx.asDefinitions().rhs(d);
      if (rhs.isEmpty()) {
        continue;
      }
      // n_in prints n_In: the library's input form capitalises after an underscore
      String text = rhs.get().input();
      if (mentions(text.toLowerCase(java.util.Locale.ROOT),
          name.toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
      java.util.regex.Matcher m = NAME_IN_TEXT.matcher(text);
      while (m.find()) {
        todo.push(m.group());
      }
    }
    return false;
  }

  private static final Pattern NAME_IN_TEXT = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  /** The names not taken that {@code sides} writes itself, each replaced by 1 in {@code [1]}. */
  java.util.Set<String> mentioned(DocumentRun run, String sides) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    lines.keySet().stream().filter(n -> !run.ctx.defines(n) && mentions(sides, n))
        .forEach(out::add);
    return out;
  }

  /** {@code sides} with each of {@code names} written as 1. */
  static String without(String sides, java.util.Set<String> names) {
    String s = sides;
    for (String n : names) {
      s = s.replaceAll("(?<![A-Za-z0-9_])" + Pattern.quote(n) + "(?![A-Za-z0-9_])", "1");
    }
    return s;
  }

  private static boolean mentions(String side, String name) {
    return Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(name) + "(?![A-Za-z0-9_])")
        .matcher(side).find();
  }
}

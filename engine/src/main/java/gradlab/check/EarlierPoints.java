package gradlab.check;

import gradlab.symbolic.Expr;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Values the text gave names in a scope that has ended: "with learning rate $\eta = 0.1$", then
 * "In general $(1 - 2\eta)(w_t - 3) = 0.8(w_t - 3)$". "In general" ends the point, and the step
 * was ✗ at η = 0.50 (found by a new user), though it holds at the value the text gave η. A
 * refutation at another value of such a name stands only where the step fails at the given
 * value too, and is then shown at the given value (seed 003's ✗ was shown at a random x1 though
 * the text gave x1 = 1, where it fails too); otherwise it is "not checked", naming the value. A value the text ends itself
 * ("for all $x$", a point of one sentence) is forgotten. Mutable, one per document run.
 */
final class EarlierPoints {
  private final Map<String, Expr> values = new HashMap<>();
  private final Map<String, Integer> lines = new HashMap<>();
  private final java.util.Set<String> parameters = new java.util.HashSet<>();

  /** Records that the text gave {@code name} the value {@code value} on {@code line}. */
  void boundInPlace(String name, Expr value, int line) {
    values.put(name, value);
    lines.put(name, line);
    parameters.remove(name);
  }

  /**
   * Records that a function defined after the scope ended takes {@code ps} as its parameters
   * ("**Problem 2.** $g(T) = T^3$" after "$T = 2$" of problem 1): T is a variable again, so a
   * claim in T ("$g'(T) = 12$") is not read at the old value ({@link #rebound}).
   */
  void parametersInPlace(java.util.List<String> ps, CheckContext ctx) {
    ps.stream().filter(p -> values.containsKey(p) && !ctx.point().containsKey(p))
        .forEach(parameters::add);
  }

  /** Whether {@code name} became a function's parameter after the text gave it a value. */
  boolean rebound(String name) {
    return parameters.contains(name);
  }

  /** Forgets {@code name}'s value: the text said "for all x", every value is meant. */
  void forgetInPlace(String name) {
    values.remove(name);
  }

  /**
   * Ends {@code run}'s point for {@code name}: the text gave it another value, one it cannot
   * read, or a scope that excludes it. Its old value is not meant later either, and the values
   * computed at it are dropped. The one way every reader ends a named point.
   */
  void endInPlace(DocumentRun run, String name) {
    forgetInPlace(name);
    if (run.ctx.point().containsKey(name)) {
      run.ctx = run.ctx.withoutPoint(name);
      run.values.clear();
    }
  }

  /** The value the text gave {@code name} in a scope that has ended, if any. */
  java.util.Optional<Expr> valueOf(String name) {
    return java.util.Optional.ofNullable(values.get(name));
  }

  /** The line on which the text gave {@code name} the value {@link #valueOf} returns. */
  int lineOf(String name) {
    return lines.getOrDefault(name, 0);
  }

  /** Forgets every value: the points were one sentence's ("At $x = 0$ the value is …"). */
  void forgetAllInPlace() {
    values.clear();
  }

  /**
   * Sets every value aside and returns them, for a claim the checker composes that holds for
   * every value of its names (a penalty's share of an update rule); see {@link #restoreInPlace}.
   */
  Map<String, Expr> setAsideInPlace() {
    Map<String, Expr> kept = new HashMap<>(values);
    values.clear();
    return kept;
  }

  /** Puts back the values {@link #setAsideInPlace} returned. */
  void restoreInPlace(Map<String, Expr> kept) {
    values.putAll(kept);
  }

  /** {@code v}, or "not checked" where it refutes only away from a value the text gave. */
  StepVerdict guard(DocumentRun run, String lhs, Relation rel, String rhs, StepVerdict v) {
    if (!(v instanceof StepVerdict.Refuted f)) {
      return v;
    }
    Map<String, Expr> given = new LinkedHashMap<>();
    for (String n : f.point().keySet()) {
      if (values.containsKey(n) && !run.ctx.point().containsKey(n)) {
        given.put(n, values.get(n));
      }
    }
    if (given.isEmpty()) {
      return v;
    }
    CheckContext at = run.ctx;
    for (Map.Entry<String, Expr> e : given.entrySet()) {
      at = at.withPoint(e.getKey(), e.getValue());
    }
    CheckContext there = at;
    StepVerdict again = run.budget.run(by -> run.checker.check(there, lhs, rel, rhs, by));
    if (again instanceof StepVerdict.Refuted) {
      return again; // false at the given value too: shown there, not at a random value
    }
    StringBuilder named = new StringBuilder();
    given.forEach((n, x) -> named.append(named.isEmpty() ? "" : ", ")
        .append(LatexNames.readable(n)).append(" = ").append(x.unicode())
        .append(" (line ").append(lines.get(n)).append(")"));
    return new StepVerdict.NotChecked("it fails at other values, but not at the value the "
        + "text gave: " + named + "; whether that value is still meant here is not written");
  }
}

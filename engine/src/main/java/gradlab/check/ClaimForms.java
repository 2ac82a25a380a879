package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Claims the reader writes in forms that are decided through simpler claims: lists
 * {@code {a, b} = {c, d}} (vectors, ∇f) component by component, and an antiderivative
 * {@code integrate(f, x) = F} (∫ f dx = F + C) by differentiating the claimed F, so that the
 * constant of integration never refutes. Sides in engine syntax, as the reader writes them.
 */
final class ClaimForms {
  private ClaimForms() {}

  /**
   * The verdict on {@code lhs rel rhs}, through {@code decide} on simpler claims where the
   * claim has one of these forms, else {@code decide} on the claim itself.
   */
  static StepVerdict check(String lhs, Relation rel, String rhs,
      BiFunction<String, String, StepVerdict> decide) {
    List<String> left = items(lhs);
    List<String> right = items(rhs);
    if (left != null || right != null) {
      if (left == null || right == null || rel != Relation.EQUAL) {
        return new StepVerdict.NotChecked("a list compared with " + (left == null || right
            == null ? "a single value" : "an inequality"));
      }
      if (left.size() != right.size()) {
        return new StepVerdict.NotChecked("lists of different lengths (" + left.size()
            + " and " + right.size() + ")");
      }
      List<StepVerdict> parts = new ArrayList<>();
      for (int k = 0; k < left.size(); k++) {
        parts.add(check(left.get(k), rel, right.get(k), decide));
      }
      return componentwise(parts);
    }
    String[] l = antiderivative(lhs);
    String[] r = antiderivative(rhs);
    if (l != null || r != null) {
      if ((l != null && r != null) || rel != Relation.EQUAL) {
        return new StepVerdict.NotChecked("indefinite integrals compared with "
            + (rel != Relation.EQUAL ? "an inequality" : "each other"));
      }
      String[] integral = l != null ? l : r;
      String claimed = l != null ? rhs : lhs;
      StepVerdict v = decide.apply("dd(" + claimed + ", " + integral[1] + ")", integral[0]);
      return v instanceof StepVerdict.Proved p ? new StepVerdict.Proved(p.how()
          + ", differentiating the claimed antiderivative") : v;
    }
    StepVerdict bounded = BoundIntegrals.check(lhs, rel, rhs, decide);
    return bounded != null ? bounded : decide.apply(lhs, rhs);
  }

  /** Proved if every component is; refuted if one is (the first such); else the first other. */
  static StepVerdict componentwise(List<StepVerdict> parts) {
    for (int k = 0; k < parts.size(); k++) {
      if (parts.get(k) instanceof StepVerdict.Refuted f) {
        return new StepVerdict.Refuted(f.point(), f.lhs(), f.rhs(), "component " + (k + 1)
            + (f.detail().isEmpty() ? "" : ", " + f.detail()));
      }
    }
    for (StepVerdict v : parts) {
      if (!(v instanceof StepVerdict.Proved)) {
        return v;
      }
    }
    return new StepVerdict.Proved("componentwise (" + parts.size() + " components)");
  }

  /** The items of a side that is one list {…}, else null. */
  private static List<String> items(String side) {
    String s = side.strip();
    if (!s.startsWith("{") || !s.endsWith("}") || closing(s, 0) != s.length() - 1) {
      return null;
    }
    return TopLevel.split(s.substring(1, s.length() - 1), ',');
  }

  /** {f, x} of a side that is one call integrate(f, x) with a name x, else null. */
  private static String[] antiderivative(String side) {
    String s = side.strip();
    if (!s.startsWith("integrate(") || closing(s, "integrate".length()) != s.length() - 1) {
      return null;
    }
    List<String> args = TopLevel.split(s.substring("integrate(".length(), s.length() - 1), ',');
    return args.size() == 2 && EngineNames.is(args.get(1).strip())
        ? new String[] {args.get(0).strip(), args.get(1).strip()} : null;
  }

  /** The index of the bracket that closes the one at {@code open}, or −1. */
  static int closing(String s, int open) {
    return TopLevel.closing(s, open, "({[", ")}]");
  }
}

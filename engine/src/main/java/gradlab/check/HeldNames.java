package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a step holds fixed in a partial derivative, which are variables and not fresh
 * abbreviations: in ∂/∂w_j (w_j x_j) = w_j, x_j is held fixed while w_j varies (that is what
 * the partial means), and the text used x_i as an input before (y = Σ_i w_i x_i); so the step
 * says x_j = w_j for every w_j and x_j, and is checked with x_j free. A name a side merely
 * writes (σ'(z) = a(1 − a), a never introduced) may abbreviate a formula in the other side's
 * names and is not admitted. Admitted are only: the variables of the step's own ∂/∂v, and
 * names the text used earlier (or a member of their family, x_j after x_i) that occur on one
 * side only and there only inside the operand of a ∂/∂v. A step that also writes out the
 * family (x₁, x₂ of a written-out Σ, where the index j may be one of them) admits none.
 * Stateless.
 */
final class HeldNames {
  private static final Pattern MEMBER = Pattern.compile("([A-Za-z])[ijkmn]");

  private HeldNames() {}

  /**
   * Removes the names of {@code undefined} when every one is admitted (see above) and returns
   * the words a refutation adds ("with wⱼ, xⱼ free variables"); else leaves it and returns "".
   */
  static String freeVariables(Set<String> undefined, String lhs, String rhs, UsedNames used) {
    Set<String> admitted = admitted(undefined, lhs, rhs, used);
    if (admitted.isEmpty()) {
      return "";
    }
    List<String> shown = admitted.stream().map(LatexNames::readable).toList();
    undefined.removeAll(admitted);
    return "with " + String.join(", ", shown) + (shown.size() == 1 ? " a free variable"
        : " free variables") + " (held fixed or varied by the step's ∂)";
  }

  /** {@code undefined} when every name in it is admitted (see above), else the empty set. */
  static Set<String> admitted(Set<String> undefined, String lhs, String rhs, UsedNames used) {
    List<String[]> lhsOps = operands(lhs);
    List<String[]> rhsOps = operands(rhs);
    Set<String> vars = new TreeSet<>();
    lhsOps.forEach(o -> vars.add(o[1]));
    rhsOps.forEach(o -> vars.add(o[1]));
    boolean held = false;
    String heldSide = null;
    for (String u : undefined) {
      if (writtenOut(u, lhs + " " + rhs)) {
        return Set.of();
      }
      if (vars.contains(u)) {
        continue;
      }
      boolean inLeft = occurs(u, lhs);
      boolean inRight = occurs(u, rhs);
      String side = inLeft && !inRight ? "l" : inRight && !inLeft ? "r" : null;
      if (side == null || (heldSide != null && !heldSide.equals(side)) || !used.used(u)
          || !onlyInOperands(u, side.equals("l") ? lhs : rhs,
              side.equals("l") ? lhsOps : rhsOps)) {
        return Set.of();
      }
      heldSide = side;
      held = true;
    }
    return held ? Set.copyOf(undefined) : Set.of();
  }

  /** Whether the step writes members of {@code name}'s family (or of itself) by number. */
  private static boolean writtenOut(String name, String sides) {
    Matcher m = MEMBER.matcher(name);
    String base = m.matches() ? m.group(1) : name;
    return Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(base) + "\\d").matcher(sides)
        .find();
  }

  private static boolean occurs(String name, String side) {
    return name(name).matcher(side).find();
  }

  private static Pattern name(String name) {
    return Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(name) + "(?![A-Za-z0-9])");
  }

  /** Whether every occurrence of {@code u} lies inside an operand of ∂/∂v with v ≠ u. */
  private static boolean onlyInOperands(String u, String side, List<String[]> ops) {
    String outside = side;
    for (String[] op : ops) {
      if (!op[1].equals(u)) {
        outside = outside.replace(op[2], " ");
      }
    }
    return !occurs(u, outside);
  }

  /** Each dd(operand, v) in {@code side}: {operand, v, the whole call}. */
  static List<String[]> operands(String side) {
    List<String[]> out = new ArrayList<>();
    int from = 0;
    while ((from = side.indexOf("dd(", from)) >= 0) {
      if (from > 0 && Character.isLetterOrDigit(side.charAt(from - 1))) {
        from += 3;
        continue;
      }
      int depth = 0;
      int comma = -1;
      int end = -1;
      for (int k = from + 2; k < side.length() && end < 0; k++) {
        char c = side.charAt(k);
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        comma = c == ',' && depth == 1 ? k : comma;
        end = depth == 0 ? k : -1;
      }
      if (end < 0 || comma < 0) {
        return out;
      }
      String v = side.substring(comma + 1, end).strip();
      if (EngineNames.is(v)) {
        out.add(new String[] {side.substring(from + 3, comma), v,
            side.substring(from, end + 1)});
      }
      from = end + 1;
    }
    return out;
  }
}

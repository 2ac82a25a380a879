package gradlab.check;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A family the text defines by a formula of its index, with the index's numeric bounds after it:
 * "Let $p_k = \frac{k}{6}$ for $k = 1, \dots, 3$". The members p₁, p₂, p₃ are defined, the
 * index put in wherever it stands alone or as a subscript; p₁ + p₂ + p₃ = 1 had been "not
 * checked: holds only for values the text does not state" (found by a new-user tester). Only
 * bounds that are both numbers, at most {@link #MOST} members, a definition of one letter (or
 * command) with the index as its only subscript, and members the text does not define itself.
 */
final class RangeMembers {
  static final int MOST = 12;
  private static final Pattern BOUNDS = Pattern.compile("^\\s*([A-Za-z])\\s*=\\s*(\\d+)\\s*,.*"
      + ",\\s*(\\d+)\\s*[.,;]?\\s*$");
  private static final String NOTE = "definition";

  private RangeMembers() {}

  /** Defines the members of each family of {@code range}'s index before it; no claims. */
  static void defineInPlace(DocumentRun run, int line, String range) {
    Matcher b = BOUNDS.matcher(range);
    if (!b.matches()) {
      return;
    }
    String letter = b.group(1);
    int from = Integer.parseInt(b.group(2));
    int to = Integer.parseInt(b.group(3));
    if (from > to || to - from + 1 > MOST) {
      return;
    }
    Pattern head = Pattern.compile("\\s*((?:\\\\[A-Za-z]+\\s*\\{\\s*[A-Za-z]\\s*\\})|\\\\[A-Za-z]+"
        + "|[A-Za-z])\\s*_\\s*(?:\\{\\s*" + letter + "\\s*\\}|" + letter + ")\\s*");
    Map<String, String> families = new LinkedHashMap<>(); // the latest formula of each base
    for (StepResult s : run.out) {
      Matcher h = head.matcher(s.lhs());
      if (!s.isClaim() && NOTE.equals(s.note()) && s.relation() == Relation.EQUAL
          && h.matches()) {
        families.put(h.group(1).strip(), s.rhs());
      }
    }
    families.forEach((base, rhs) -> {
      for (int m = from; m <= to; m++) {
        String member = base + "_{" + m + "}";
        String name = run.read(member);
        if (name == null || run.ctx.defines(name) || run.ctx.point().containsKey(name)) {
          continue;
        }
        int before = run.out.size();
        // a_{i-1} at i = 4 is a_{3}: the index's arithmetic evaluated (a_{{4}-1}, a name of its
        // own, had left z₁ = w₁a₀ without x, and ∂z₁/∂x = w₁ was refuted)
        run.chain(line, member + " = " + IndexLetters.set(rhs, Map.of(letter, m)), false, true, null);
        run.out.subList(before, run.out.size()).removeIf(r -> !r.isClaim());
      }
    });
  }
}

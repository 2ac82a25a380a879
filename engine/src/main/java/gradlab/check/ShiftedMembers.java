package gradlab.check;

import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Members of a family at a shifted letter index: after the TD error
 * {@code \delta_t = r_t + \gamma V(s_{t+1}) - V(s_t)}, the step
 * {@code \delta_t + \gamma \delta_{t+1} = …} (GAE's telescoping sum, a return recurrence, BPTT's
 * δ_{t+1}) was "not checked: δ_{t+1} is not defined". A member base_{t±k} of a family the text
 * defines by an ordinary formula at the letter t is that formula with every subscript t ± n moved
 * by k (r_{t+1}, s_{t+2}); its other names stay free, as the formula's own do. The step is
 * checked with the members written out; only a decided verdict replaces "not checked". A ✗
 * is given only where no member of a family is left at a shifted index after writing out (δ_t
 * defined through δ_{t+1} is a recurrence run backwards: its next member is not free). Where
 * the formula uses its letter other than as a subscript t ± n (β^t, w_{tk}, \text{…}), or
 * where a member is the variable of a derivative (∂/∂a_{t−1}), nothing is written out.
 * Stateless.
 */
final class ShiftedMembers {
  /** base_{t+1}, \delta_{t - 2}, \mathbf{h}_{t+1}: a member at a shifted letter index. */
  private static final Pattern MEMBER = Pattern.compile(
      "(?<![A-Za-z])((?:\\\\[A-Za-z]+\\s*\\{\\s*[A-Za-z]\\s*\\})|\\\\[A-Za-z]+|[A-Za-z])\\s*_\\s*"
      + "\\{\\s*([a-z])\\s*([+-])\\s*(\\d)\\s*\\}");
  private static final Pattern SUBSCRIPT = Pattern.compile(
      "_\\s*\\{([^{}]*)\\}|_\\s*([A-Za-z0-9])");
  /** What makes the member after it a derivative's variable: ∂, d, \mathrm{d}, ∇_. */
  private static final Pattern BY = Pattern.compile(
      "(?:\\\\partial|(?<![A-Za-z\\\\])d|\\\\mathrm\\s*\\{\\s*d\\s*\\}"
      + "|\\\\nabla\\s*_\\s*\\{?)\\s*$");
  /** Rounds of writing out (a member's formula may name a member of another family). */
  private static final int ROUNDS = 3;

  private ShiftedMembers() {}

  /**
   * The verdict on the step with its shifted members written out where that decides it;
   * {@code v} otherwise. {@code check} takes the two sides in engine syntax.
   */
  static StepVerdict verdict(DocumentRun run, String rawL, String rawR, StepVerdict v,
      BiFunction<String, String, StepVerdict> check) {
    if (!run.latex() || !(v instanceof StepVerdict.NotChecked)) {
      return v;
    }
    String l = rawL;
    String r = rawR;
    for (int i = 0; i < ROUNDS; i++) { // G_{t+1} of G_t = R_{t+1} + γG_{t+1}: one step at a time
      java.util.Map<String, Integer> lowest = lowestOfRecurrences(run, l + " " + r);
      String nl = writtenOut(run, l, lowest);
      String nr = writtenOut(run, r, lowest);
      if (nl == null || nr == null || nl.equals(l) && nr.equals(r)) {
        return v;
      }
      l = nl;
      r = nr;
      String el = run.read(l);
      String er = run.read(r);
      if (el == null || er == null) {
        return v;
      }
      StepVerdict w = check.apply(el, er);
      if (w instanceof StepVerdict.Proved) {
        return w;
      }
      if (w instanceof StepVerdict.Refuted f && !namesAFamilyMember(run, l + " " + r)
          && !samplesAFamilyMember(run, f)) {
        return w;
      }
    }
    return v;
  }

  /**
   * {@code latex} with each shifted member of a formula family replaced by its formula; the same
   * text where it names none; null where a member's formula cannot be moved.
   */
  static String writtenOut(DocumentRun run, String latex) {
    return writtenOut(run, latex, java.util.Map.of());
  }

  /**
   * As {@link #writtenOut(DocumentRun, String)}, a family defined through its own members
   * (a base in {@code only}) written out at that one shift, the step's lowest.
   */
  private static String writtenOut(DocumentRun run, String latex,
      java.util.Map<String, Integer> only) {
    Matcher m = MEMBER.matcher(latex);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      IndexedFamilies.Family f = family(run, m.group(1), m.group(2));
      if (f == null) {
        m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
        continue;
      }
      String member = IndexedFamilies.name(m.group(), run.reading());
      if (run.ctx.defines(member) || run.ctx.point().containsKey(member)) {
        m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
        continue;
      }
      if (BY.matcher(latex.substring(0, m.start())).find()) {
        return null; // ∂z_t/∂a_{t−1}: the variable of a derivative is a name, not its formula
      }
      int k = Integer.parseInt(m.group(4)) * (m.group(3).equals("-") ? -1 : 1);
      if (only.containsKey(f.base()) && only.get(f.base()) != k) {
        m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
        continue;
      }
      String moved = moved(f.rhs(), f.letter(), k);
      if (moved == null) {
        return null;
      }
      m.appendReplacement(out, Matcher.quoteReplacement("\\left(" + moved + "\\right)"));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The formula family of this base and letter whose head the text's definitions hold. */
  private static IndexedFamilies.Family family(DocumentRun run, String base, String letter) {
    String b = base.replaceAll("\\s+", "");
    for (IndexedFamilies.Family f : run.indexed.formulas()) {
      if (f.base().equals(b) && f.letter().equals(letter)) {
        String head = IndexedFamilies.name(f.head(), run.reading());
        return run.ctx.defines(head) && !run.unread.containsKey(head) ? f : null;
      }
    }
    return null;
  }

  /**
   * {@code rhs} with each subscript {@code letter ± n} moved by {@code k}; null where the letter
   * appears in any other way (β^t, w_{tk}, a word).
   */
  static String moved(String rhs, String letter, int k) {
    Pattern form = Pattern.compile("\\s*" + letter + "\\s*(?:([+-])\\s*(\\d+)\\s*)?");
    Matcher m = SUBSCRIPT.matcher(rhs);
    StringBuilder out = new StringBuilder();
    StringBuilder outside = new StringBuilder();
    int at = 0;
    while (m.find()) {
      outside.append(rhs, at, m.start()).append(' ');
      at = m.end();
      String sub = m.group(1) != null ? m.group(1) : m.group(2);
      if (!sub.contains(letter)) {
        m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
        continue;
      }
      Matcher f = form.matcher(sub);
      if (!f.matches()) {
        return null;
      }
      int n = f.group(1) == null ? 0
          : Integer.parseInt(f.group(2)) * (f.group(1).equals("-") ? -1 : 1);
      int s = n + k;
      String index = s == 0 ? letter : letter + (s > 0 ? "+" : "-") + Math.abs(s);
      m.appendReplacement(out, Matcher.quoteReplacement("_{" + index + "}"));
    }
    m.appendTail(out);
    outside.append(rhs.substring(at));
    if (Pattern.compile("(?<![A-Za-z\\\\])" + letter + "(?![A-Za-z])").matcher(outside)
        .find()) {
      return null;
    }
    return out.toString();
  }

  /**
   * For each formula family that names its own members (G_t = R_{t+1} + γG_{t+1}), the lowest
   * shift at which {@code latex} names it: written out everywhere, its members would never meet.
   */
  private static java.util.Map<String, Integer> lowestOfRecurrences(DocumentRun run,
      String latex) {
    java.util.Map<String, Integer> out = new java.util.HashMap<>();
    for (IndexedFamilies.Family f : run.indexed.formulas()) {
      boolean own = false;
      Matcher o = MEMBER.matcher(f.rhs());
      while (o.find()) {
        own |= o.group(1).replaceAll("\\s+", "").equals(f.base())
            && o.group(2).equals(f.letter());
      }
      Matcher m = MEMBER.matcher(latex);
      while (own && m.find()) {
        if (m.group(1).replaceAll("\\s+", "").equals(f.base())) {
          int k = Integer.parseInt(m.group(4)) * (m.group(3).equals("-") ? -1 : 1);
          out.merge(f.base(), k, Math::min);
        }
      }
    }
    return out;
  }

  /**
   * Whether the counterexample gives a value to a family's member at a shifted index: one that a
   * definition of the text holds free (z_t = w a_{t−1}), not a value the step may take.
   */
  private static boolean samplesAFamilyMember(DocumentRun run, StepVerdict.Refuted f) {
    java.util.List<IndexedFamilies.Family> all = new java.util.ArrayList<>(run.indexed.all());
    all.addAll(run.indexed.formulas());
    for (IndexedFamilies.Family family : all) {
      for (int k = -3; k <= 3; k++) {
        String member = family.base() + "_{" + family.letter() + (k >= 0 ? "+" : "-")
            + Math.abs(k) + "}";
        if (k != 0 && f.point().containsKey(IndexedFamilies.name(member, run.reading()))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code latex} names a member of any family at a shifted letter index. */
  private static boolean namesAFamilyMember(DocumentRun run, String latex) {
    Matcher m = MEMBER.matcher(latex);
    while (m.find()) {
      String b = m.group(1).replaceAll("\\s+", "");
      if (run.indexed.all().stream().anyMatch(f -> f.base().equals(b))
          || run.indexed.formulas().stream().anyMatch(f -> f.base().equals(b))) {
        return true;
      }
    }
    return false;
  }
}

package gradlab.check;

import gradlab.symbolic.Definition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Definitions of whole families by a free index, kept as LaTeX and written out with the steps
 * that use them:
 * <ul>
 *   <li>a family, {@code \hat{y}_i = \frac{\exp(o_i)}{\sum_j \exp(o_j)}},
 *       {@code L_i = \sum_j y_{ij} \log \sigma(f_j) + …}: for a size k every member i = 1 … k is
 *       defined, its sums written out for the same k (the index ranges over the terms);</li>
 *   <li>a recurrence, {@code v_t = \beta_2 v_{t-1} + (1 - \beta_2) g_t^2} (also written with
 *       ←): for t = k the members are unrolled from the start the text states
 *       ({@code v_0 = 0}, a named point) or, where it states none, from the lowest member the
 *       step names, which stays a free name (v_{t−2} of momentum's unrolled form).</li>
 * </ul>
 * Each written-out size is an instance of what the text defines, so a step that fails at it
 * is false there; nothing here proves a step for all sizes. Not thread-safe; one per document.
 */
final class IndexedFamilies {
  /** A name with one free index: y_i, L_{i}, \hat{y}_i, \mathbf{v}_t. */
  private static final Pattern HEAD = Pattern.compile(
      "\\s*((?:\\\\[A-Za-z]+\\s*\\{\\s*[A-Za-z]\\s*\\})|\\\\[A-Za-z]+|[A-Za-z])\\s*_\\s*"
      + "(?:\\{\\s*([a-z])\\s*\\}|([a-z]))\\s*");
  private static final Pattern LEADING_SUM = Pattern.compile(
      "\\\\sum\\s*_\\s*(?:\\{\\s*[a-z]\\s*\\}|[a-z])(?!\\s*\\^)\\s*");
  private static final Pattern ARROW = Pattern.compile("\\\\(?:leftarrow|gets)(?![A-Za-z])|←");

  /** One family: how its member is written, the index letter, the right side. */
  record Family(String base, String letter, String rhs, boolean recurrence, String head) {
    /** The member m as LaTeX, base_{m}. */
    String member(int m) {
      return base + "_{" + m + "}";
    }
  }

  private final List<Family> families = new ArrayList<>();
  /** The engine names of the members written with an index letter or a number (pi, p1). */
  final Set<String> quantities = new LinkedHashSet<>();
  /** Families defined by an ordinary formula (m̂_t = m_t/(1 − β₁ᵗ)), kept only for members. */
  private final List<Family> formulas = new ArrayList<>();
  /** An accent over a letter without braces, \hat m: the same name as \hat{m}. */
  private static final Pattern ACCENT = Pattern.compile(
      "\\s*\\\\(hat|tilde|bar|widehat|widetilde|overline|vec|dot|ddot|check)\\s+([A-Za-z])"
      + "(?![A-Za-z])");

  /**
   * Records {@code rawHead = rawRhs} when the head names a family by a free index the right
   * side uses (a family) or uses shifted (a recurrence); false otherwise.
   */
  boolean define(String rawHead, String rawRhs) {
    return define(rawHead, rawRhs, false);
  }

  /**
   * As {@link #define(String, String)}; with {@code recurrenceOnly} only a recurrence (a family
   * the text defines by an ordinary formula, z_j = w_j a_{j−1} + b_j, is read as it was: a later
   * "so that $z_j = 0$" states a value of that formula, which members written out would lose).
   */
  boolean define(String rawHead, String rawRhs, boolean recurrenceOnly) {
    Matcher h = HEAD.matcher(rawHead);
    if (!h.matches() && recurrenceOnly) {
      h = HEAD.matcher(braced(rawHead));
    }
    if (!h.matches()) {
      return false;
    }
    String base = h.group(1).replaceAll("\\s+", "");
    String letter = h.group(2) != null ? h.group(2) : h.group(3);
    String shifted = Pattern.quote(h.group(1).strip()) + "\\s*_\\s*\\{\\s*" + letter
        + "\\s*-\\s*\\d+\\s*\\}";
    boolean recurrence = Pattern.compile(shifted).matcher(rawRhs).find();
    if (!recurrence && (recurrenceOnly
        || !IndexLetters.subscriptLetters(rawRhs).contains(letter))) {
      formulas.removeIf(f -> f.base().equals(base));
      if (IndexLetters.subscriptLetters(rawRhs).contains(letter)) {
        formulas.add(new Family(base, letter, rawRhs.strip(), false, rawHead.strip()));
      }
      return false;
    }
    String rhs = SoftmaxComponents.expand(rawRhs.strip()); // s_i = softmax(z)_i: through z
    Matcher sum = LEADING_SUM.matcher(rhs);
    if (sum.lookingAt() && SymbolicSums.instance(rhs, 1, List.of(), new LinkedHashSet<>())
        == null) { // Σ_j y_{ij} log σ(f_j) + (1 − y_{ij}) log(1 − σ(f_j)): the j after the
      // first term is the sum's (a definition of L_i has no other j), so the sum runs to the end
      rhs = rhs.substring(0, sum.end()) + "{" + rhs.substring(sum.end()) + "}";
    }
    families.removeIf(f -> f.base().equals(base));
    families.add(new Family(base, letter, rhs, recurrence, rawHead.strip()));
    if (!recurrence) { // p_i(1 - p_j), p_1(1 - p_2): a member before a bracket is a quantity
      for (String m : "ijklmn12345".split("")) {
        quantities.add(name(base + "_{" + m + "}", LatexReading.of(Set.of(), Set.of())));
      }
    }
    return true;
  }

  private static final Pattern MEMBER = Pattern.compile(
      "\\s*((?:\\\\[A-Za-z]+\\s*\\{\\s*[A-Za-z]\\s*\\})|\\\\[A-Za-z]+|[A-Za-z])\\s*_\\s*"
      + "(?:\\{\\s*(\\d{1,2})\\s*\\}|(\\d))\\s*");

  /**
   * The right side of a recurrence at a member written with a number, v_2 of
   * {@code v_t = \\beta v_{t-1} + g_t} → {@code \\beta v_{1} + g_{2}}; null for any other head.
   */
  String recurrenceAt(String rawHead) {
    Matcher h = MEMBER.matcher(rawHead);
    if (!h.matches()) {
      return null;
    }
    String base = h.group(1).replaceAll("\\s+", "");
    int k = Integer.parseInt(h.group(2) != null ? h.group(2) : h.group(3));
    for (Family f : families) {
      if (f.recurrence() && f.base().equals(base) && k >= 1) {
        return IndexLetters.set(f.rhs(), Map.of(f.letter(), k), memberLetters());
      }
    }
    return null;
  }

  /** The index of a member written with a number (3 of w_3, w_{3}); -1 for any other head. */
  static int memberIndex(String rawHead) {
    Matcher h = MEMBER.matcher(rawHead);
    return !h.matches() ? -1 : Integer.parseInt(h.group(2) != null ? h.group(2) : h.group(3));
  }

  /**
   * The right side of a family defined by an ordinary formula at a member written with a
   * number, m̂₂ of {@code \\hat m_t = \\frac{m_t}{1 - \\beta_1^t}} →
   * {@code \\frac{m_{2}}{1 - \\beta_1^{2}}}; null for any other head.
   */
  String formulaAt(String rawHead) {
    Matcher h = MEMBER.matcher(braced(rawHead));
    if (!h.matches()) {
      return null;
    }
    String base = h.group(1).replaceAll("\\s+", "");
    int k = Integer.parseInt(h.group(2) != null ? h.group(2) : h.group(3));
    for (Family f : formulas) {
      if (f.base().equals(base) && k >= 1) {
        return IndexLetters.set(f.rhs(), Map.of(f.letter(), k), memberLetters());
      }
    }
    return null;
  }

  /** The family head whose member {@link #formulaAt} reads, \\hat m_t; null for none. */
  String formulaHead(String rawHead) {
    Matcher h = MEMBER.matcher(braced(rawHead));
    if (!h.matches()) {
      return null;
    }
    String base = h.group(1).replaceAll("\\s+", "");
    return formulas.stream().filter(f -> f.base().equals(base)).map(Family::head).findFirst()
        .orElse(null);
  }

  private static String braced(String rawHead) {
    return ACCENT.matcher(rawHead).replaceFirst("\\\\$1{$2}");
  }

  /**
   * The family (not a recurrence) of which {@code rawMember} is a member by a number, p_1 or
   * \hat{y}_{2} of p_i or \hat{y}_i; or null.
   */
  Family ofMember(String rawMember) {
    Matcher h = MEMBER.matcher(rawMember);
    return !h.matches() ? null : families.stream().filter(f -> !f.recurrence()
        && f.base().equals(h.group(1).replaceAll("\\s+", ""))).findFirst().orElse(null);
  }

  /** Whether a family with this head (s_t) is defined already. */
  boolean defines(String rawHead) {
    Matcher h = HEAD.matcher(rawHead);
    return h.matches() && families.stream().anyMatch(f -> f.base().equals(
        h.group(1).replaceAll("\\s+", "")));
  }

  /** Records an update {@code s_t \leftarrow \gamma s_{t-1} + …} that is a recurrence. */
  void recordUpdate(String statement) {
    Matcher m = ARROW.matcher(statement);
    if (m.find()) {
      String rhs = statement.substring(m.end()).replaceAll("[.,]\\s*$", "");
      Matcher h = HEAD.matcher(statement.substring(0, m.start()));
      if (h.matches() && rhs.contains(h.group(1).strip())) {
        define(statement.substring(0, m.start()), rhs);
      }
    }
  }

  boolean isEmpty() {
    return families.isEmpty();
  }

  /** Whether the step (LaTeX sides) names a member of a family by a letter index. */
  boolean usedBy(String... sides) {
    for (Family f : families) {
      Pattern p = Pattern.compile("(?<![A-Za-z\\\\])" + Pattern.quote(f.base())
          + "\\s*_\\s*(?:\\{[^{}]*[a-z][^{}]*\\}|[a-z])");
      for (String s : sides) {
        if (p.matcher(s.replaceAll("(\\\\[A-Za-z]+)\\s+\\{", "$1{")).find()) {
          return true;
        }
      }
    }
    return false;
  }

  /** The families defined by an ordinary index (not recurrences), in the text's order. */
  List<Family> members() {
    return families.stream().filter(f -> !f.recurrence()).toList();
  }

  /**
   * The highest member of one recurrence that {@code stepNames} (engine names) name by a number
   * when they name at least two of its members (s₃ and s₁ of s_t = tanh(Ux_t + Ws_{t−1})); -1
   * where they name fewer, or members of two recurrences.
   */
  int namedMembersTop(Set<String> stepNames, LatexReading reading) {
    int top = -1;
    String base = null;
    for (Family f : families) {
      if (!f.recurrence()) {
        continue;
      }
      int count = 0;
      int high = -1;
      for (int m = 0; m <= 8; m++) {
        if (stepNames.contains(name(f.member(m), reading))) {
          count++;
          high = m;
        }
      }
      if (count >= 2) {
        if (base != null) {
          return -1; // members of two recurrences: unrolled together, which start is whose?
        }
        base = f.base();
        top = high;
      }
    }
    return top;
  }

  /** The index letters of the recurrences (t), which a step's size sets. */
  Set<String> recurrenceLetters() {
    Set<String> out = new LinkedHashSet<>();
    families.stream().filter(Family::recurrence).forEach(f -> out.add(f.letter()));
    return out;
  }

  /** The letters that index members: the families' own and those their sums run over. */
  Set<String> memberLetters() {
    Set<String> out = new LinkedHashSet<>();
    for (Family f : families) {
      if (!f.recurrence()) {
        out.add(f.letter());
        out.addAll(IndexedFacts.indices(f.rhs()));
        out.addAll(IndexLetters.subscriptLetters(f.rhs()));
      }
    }
    return out;
  }

  /** A LaTeX name's engine name under the text's reading. */
  static String name(String latex, LatexReading reading) {
    return LatexReader.read(latex, reading).engineSyntax();
  }

  /** The families defined by an ordinary formula (m̂_t = …), for {@link ShiftedMembers}. */
  List<Family> formulas() {
    return List.copyOf(formulas);
  }

  /** Every family, in the text's order (recurrences too). */
  List<Family> all() {
    return List.copyOf(families);
  }

  /** {@code ctx} with every family written out for size {@code k}: {@link FamiliesWrittenOut}. */
  CheckContext at(DocumentRun run, CheckContext ctx, int k, Set<String> stepNames) {
    return FamiliesWrittenOut.at(this, run, ctx, k, stepNames);
  }
}

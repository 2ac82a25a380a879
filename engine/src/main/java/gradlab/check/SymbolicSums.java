package gradlab.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Σ and Π with symbolic bounds ({@code \sum_{i=1}^{n}}, {@code \sum_i^n}, {@code \sum_j} over an
 * indexed family {@code w_j x_j}), decided instance by instance: the bound is set to 1, 2, …,
 * {@value #MOST} in the LaTeX itself (the sums then have integer bounds, which the reader writes
 * out, and the family becomes the distinct names x₁ … xₙ), and each instance is checked as any
 * other step. Nothing here is a proof for all n: an identity that holds for every size tried is
 * at most "unknown", with the sizes named; a step is refuted only when it fails for every size
 * at which both sides are defined (at least two), with the size and the point.
 */
final class SymbolicSums {
  /** The largest size tried. */
  static final int MOST = 5;
  private static final Pattern BIG = Pattern.compile("\\\\(sum|prod)(\\\\limits)?\\s*");
  private static final Pattern FROM = Pattern.compile("([A-Za-z])\\s*=\\s*(-?\\d+)");
  private static final Pattern UPPER = Pattern.compile("(" + SubscriptedSizes.SIZE
      + ")\\s*(?:([+-])\\s*(\\d+))?");
  private static final Pattern INDEX = Pattern.compile("[A-Za-z]");
  private static final Pattern CONCRETE = Pattern.compile("\\s*-?\\d+\\s*");
  private static final Pattern FROM_OUTER = Pattern.compile(
      "([A-Za-z])\\s*=\\s*([A-Za-z])\\s*(?:[+-]\\s*\\d+)?");
  private static final Pattern INDEX_OF = Pattern.compile(
      "\\\\(?:sum|prod)(?:\\\\limits)?\\s*_\\{?\\s*([A-Za-z])");

  private SymbolicSums() {}

  /** The two sides of a step with every symbolic size set to one value. */
  record Instance(int size, String lhs, String rhs) {}

  /**
   * The instances of {@code lhs = rhs} for sizes 1 … {@value #MOST}, or an empty list when a Σ
   * or Π in them is not of a form read here. {@code fixed} is the size's value where the text
   * states it (a named point), else null; the letters of the sizes are in {@code letters}.
   */
  static List<Instance> instances(String lhs, String rhs, Integer fixed, Set<String> letters) {
    Set<String> sizes = new LinkedHashSet<>();
    boolean left = instance(lhs, 1, List.of(), sizes) != null;
    boolean right = instance(rhs, 1, List.of(), sizes) != null;
    boolean anySum = BIG.matcher(lhs).find() || BIG.matcher(rhs).find();
    if (!anySum || (BIG.matcher(lhs).find() && !left) || (BIG.matcher(rhs).find() && !right)) {
      return List.of();
    }
    List<String> all = List.copyOf(sizes);
    List<Instance> out = new ArrayList<>();
    int from = fixed != null ? fixed : 1;
    int to = fixed != null ? fixed : MOST;
    for (int k = from; k <= to; k++) {
      out.add(new Instance(k, instance(lhs, k, all, sizes), instance(rhs, k, all, sizes)));
    }
    letters.addAll(sizes);
    return out;
  }

  /**
   * The reading for the written-out instances: a family the text states independent
   * ({@code $w_i$ and $x_i$ are independent}, the names wi, xi) is independent in every term,
   * w₁ … w₅, x₁ … x₅, when i is the index of a Σ or Π of the step.
   */
  static LatexReading withFamilies(LatexReading reading, String... sides) {
    Set<String> indices = new LinkedHashSet<>();
    for (String side : sides) {
      Matcher m = INDEX_OF.matcher(side);
      while (m.find()) {
        indices.add(m.group(1));
      }
    }
    Set<String> independent = new LinkedHashSet<>(reading.independent());
    for (String n : reading.independent()) {
      for (String i : indices) {
        if (n.length() > 1 && n.endsWith(i)) {
          for (int k = 1; k <= MOST; k++) {
            independent.add(n.substring(0, n.length() - 1) + k);
            independent.addAll(IndexedFacts.members(n, i, k)); // W_ij: W_1k too
          }
        }
      }
    }
    return reading.withIndependence(independent);
  }

  /** The letters that are symbolic sizes in {@code latex} (empty when none is read here). */
  static Set<String> sizeLetters(String latex) {
    Set<String> sizes = new LinkedHashSet<>();
    return instance(latex, 1, List.of(), sizes) == null ? Set.of() : sizes;
  }

  /**
   * {@code latex} with each Σ/Π's bounds written as integers for size {@code k}, and each size
   * letter (its own and those of {@code others}) elsewhere, in subscripts too (g_t → g_2), set
   * to k; null if a bound is not read here. The size letters met are added to {@code sizes}.
   */
  static String instance(String latex, int k, List<String> others, Set<String> sizes) {
    return instance(SubscriptedSizes.plain(ValueSums.renamed(latex)), k, others, sizes,
        Set.of());
  }

  /** As above, inside Σ/Π over {@code outer}, whose lower bounds may name them (j = i+1). */
  private static String instance(String latex, int k, List<String> others, Set<String> sizes,
      Set<String> outer) {
    StringBuilder b = new StringBuilder();
    StringBuilder outside = new StringBuilder();
    Set<String> indices = new LinkedHashSet<>();
    Matcher m = BIG.matcher(latex);
    int at = 0;
    List<String> letters = new ArrayList<>(others);
    while (m.find(at)) {
      b.append(latex, at, m.start());
      outside.append(latex, at, m.start());
      LatexCursor c = new LatexCursor(latex.substring(m.end()));
      if (c.peek() != '_') {
        return null; // Σ without an index: over what?
      }
      c.advance();
      String low = c.rawGroupOrToken().strip();
      String high = null;
      c.skipBlanks();
      if (c.peek() == '^') {
        c.advance();
        high = c.rawGroupOrToken().strip();
      }
      String index;
      int start;
      Matcher f = FROM.matcher(low);
      Matcher o = FROM_OUTER.matcher(low);
      if (f.matches()) {
        index = f.group(1);
        start = Integer.parseInt(f.group(2));
      } else if (high != null && o.matches() && outer.contains(o.group(2))) {
        index = o.group(1); // Π_{j=i+1}^{t} inside Σ_i: the reader sets i in each term
        start = 0;
      } else if (INDEX.matcher(low).matches()) {
        index = low;
        start = 1;
      } else {
        return null;
      }
      String body = c.restOfSummand();
      int end;
      if (high == null) { // Σ_j over a family the text indexes: w_j x_j
        if (!uses(body, index, false)) {
          return null; // Σ_x, Σ_w w²: over a set the text does not write out
        }
        end = start + k - 1;
      } else if (f.matches() && !outer.isEmpty() && CONCRETE.matcher(high).matches()) {
        end = Integer.parseInt(high.strip()); // Σ_{v=0}^{1} inside Σ_i: the reader writes it out
      } else {
        Matcher u = UPPER.matcher(high);
        if (!u.matches() || u.group(1).equals(index) || "de".contains(u.group(1))) {
          return null;
        }
        if (!letters.contains(u.group(1))) {
          letters.add(u.group(1));
        }
        int shift = u.group(2) == null ? 0 : Integer.parseInt(u.group(2) + u.group(3));
        end = k + shift;
      }
      Set<String> within = new LinkedHashSet<>(outer);
      within.add(index);
      String inner = BIG.matcher(body).find() ? instance(body, k, letters, sizes, within)
          : body;
      if (inner == null) {
        return null;
      }
      indices.add(index);
      b.append("\\").append(m.group(1)).append("_{").append(o.matches() && !f.matches() ? low
          : index + "=" + start).append("}^{").append(end).append("} {").append(inner).append('}');
      at = m.end() + c.position();
    }
    b.append(latex.substring(at));
    outside.append(latex.substring(at));
    for (String index : indices) {
      if (uses(outside.toString(), index, true)) {
        return null; // x_i outside Σ_i: which term is meant?
      }
    }
    String out = b.toString();
    for (String letter : letters) {
      out = setLetter(out, letter, k);
    }
    sizes.addAll(letters);
    return out;
  }

  /** Whether {@code letter} is a subscript in {@code latex} (x_i, w_{ij}), or stands alone. */
  private static boolean uses(String latex, String letter, boolean alone) {
    Matcher subs = Pattern.compile("_\\{([^{}]*)\\}|_([A-Za-z0-9])").matcher(latex);
    while (subs.find()) {
      String sub = subs.group(1) != null ? subs.group(1) : subs.group(2);
      if (sub.replaceAll("\\\\[A-Za-z]+", "").contains(letter)) {
        return true;
      }
    }
    return alone && Pattern.compile("(?<![A-Za-z\\\\])" + letter + "(?![A-Za-z])")
        .matcher(latex).find();
  }

  /**
   * Every standalone {@code letter} set to k: in a subscript as a digit (g_t → g_{2},
   * v_{t-1} → v_{1}), elsewhere as a number in braces (β^t → β^{2}); letters inside words and commands stay.
   */
  static String setLetter(String latex, String letter, int k) {
    if (SubscriptedSizes.subscripted(letter)) { // n_{in} of \sum_{j=1}^{n_\mathrm{in}}
      return SubscriptedSizes.set(latex, letter, k);
    }
    Matcher groups = Pattern.compile("_\\{([^{}]*)\\}|_([A-Za-z0-9])").matcher(latex);
    StringBuilder b = new StringBuilder();
    Pattern alone = Pattern.compile("(?<![A-Za-z\\\\])" + letter + "(?![A-Za-z])");
    while (groups.find()) {
      String sub = groups.group(1) != null ? groups.group(1) : groups.group(2);
      String set = alone.matcher(sub).replaceAll(String.valueOf(k));
      Matcher sum = Pattern.compile("\\s*(-?\\d+)\\s*([+-])\\s*(\\d+)\\s*").matcher(set);
      if (sum.matches()) {
        int a = Integer.parseInt(sum.group(1));
        int c = Integer.parseInt(sum.group(3));
        set = String.valueOf(sum.group(2).equals("+") ? a + c : a - c);
      }
      groups.appendReplacement(b, Matcher.quoteReplacement("_{" + set + "}"));
    }
    groups.appendTail(b);
    return alone.matcher(b.toString()).replaceAll("{" + k + "}");
  }
}

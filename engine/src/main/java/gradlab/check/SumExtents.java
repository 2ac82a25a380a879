package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the summand of a Σ (or Π) with symbolic bounds ends, read as a textbook reader reads
 * it. The Σ binds the product that follows it, up to the next + or − at its bracket level; a
 * term after that which uses the index ({@code \sum_i^n a_i + b_i}) can only mean the summand
 * runs on through it (outside the Σ the index is bound by nothing). A term that does not use
 * it is outside by that rule ({@code \sum_j w_j x_j + b}, {@code \sum_i (w x_i - y_i)^2 +
 * \lambda w^2}), except in a step that shows the loose style, a summand that must run past its
 * first +: there it may be inside or outside ({@code \sum_i a_i + b_i + c}), so both readings
 * are kept and the step is refuted only where it fails under each. A term holding a Σ or Π of
 * its own ends the run.
 */
final class SumExtents {
  private static final Pattern BIG = Pattern.compile("\\\\(?:sum|prod)(?![A-Za-z])");
  private static final Pattern LOW = Pattern.compile("\\s*([A-Za-z])\\s*(?:=.*)?",
      Pattern.DOTALL);

  private SumExtents() {}

  /** One Σ's summand: where it starts, where it must end, and where it may end. */
  private record Extent(int start, int body, int shortest, int longest) {
    boolean ambiguous() {
      return longest > shortest;
    }
  }

  /**
   * The side with each Σ's summand ending where it must ({@code wide} false: every term
   * without the index outside) or where it may ({@code wide} true: every such term inside).
   */
  static String reading(String side, boolean wide) {
    List<Extent> extents = extents(side);
    StringBuilder b = new StringBuilder(side);
    for (int k = extents.size() - 1; k >= 0; k--) { // from the end: positions stay valid
      Extent e = extents.get(k);
      int end = wide ? e.longest() : e.shortest();
      if (end > e.body()) { // the summand in braces: the reader takes the group whole
        b.insert(end, '}').insert(e.start(), '{');
      }
    }
    return b.toString();
  }

  /**
   * The verdict on {@code lhs ~ rhs} under both readings of its summands' ends, each decided
   * by {@code decide}: refuted only where both are refuted ({@link Readings#combine}); null
   * where a reading is not of a form {@code decide} reads. One author writes one equation in
   * one convention, so the two sides are read the same way (strict or wide) together; the wide
   * reading is tried only where the step shows the loose style.
   */
  static StepVerdict verdict(String lhs, String rhs,
      BiFunction<String, String, StepVerdict> decide) {
    String strictL = reading(lhs, false);
    String strictR = reading(rhs, false);
    StepVerdict strict = decide.apply(strictL, strictR);
    String wideL = reading(lhs, true);
    String wideR = reading(rhs, true);
    boolean loose = runsOn(lhs) || runsOn(rhs);
    if (strict == null || !loose || (wideL.equals(strictL) && wideR.equals(strictR))) {
      return strict;
    }
    StepVerdict wide = decide.apply(wideL, wideR);
    return wide == null ? null : Readings.combine(strict, wide, AMBIGUITY);
  }

  /** Whether a Σ of the side has a summand that must run past its first + (loose style). */
  private static boolean runsOn(String side) {
    return extents(side).stream().anyMatch(e -> e.shortest() > e.body());
  }

  private static final String AMBIGUITY = "where a Σ's summand ends: at the next + or −, or "
      + "through the terms after it";

  private static List<Extent> extents(String side) {
    List<Extent> out = new ArrayList<>();
    Matcher m = BIG.matcher(side);
    int from = 0;
    while (from < side.length() && m.find(from)) {
      LatexCursor c = new LatexCursor(side.substring(m.end()));
      from = m.end();
      try {
        if (c.atCommand("limits")) {
          c.advance("\\limits".length());
        }
        c.skipBlanks();
        if (c.peek() != '_') {
          continue;
        }
        c.advance();
        Matcher low = LOW.matcher(c.rawGroupOrToken());
        c.skipBlanks();
        if (c.peek() == '^') {
          c.advance();
          c.rawGroupOrToken();
        }
        if (!low.matches()) {
          continue;
        }
        String index = low.group(1);
        c.skipBlanks();
        int start = m.end() + c.position();
        if (c.restOfSummand().isBlank()) {
          continue;
        }
        int body = m.end() + c.position();
        int shortest = body;
        int longest = body;
        for (int[] term : terms(side, shortest)) {
          String t = side.substring(term[0], term[1]);
          if (BIG.matcher(t).find()) {
            break;
          }
          if (uses(t, index)) {
            shortest = term[1]; // the index is bound only inside: this term is the summand's
          }
          longest = term[1];
        }
        out.add(new Extent(start, body, shortest, longest));
        from = longest;
      } catch (UnsupportedLatexException e) {
        // a bound not read here: the Σ is left as written
      }
    }
    return out;
  }

  /** The terms (+ or − and what follows) from {@code at} to the end of the bracket level. */
  private static List<int[]> terms(String s, int at) {
    List<int[]> out = new ArrayList<>();
    int i = at;
    while (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-'
        || Character.isWhitespace(s.charAt(i)))) {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      if (i >= s.length() || (s.charAt(i) != '+' && s.charAt(i) != '-')) {
        break;
      }
      LatexCursor c = new LatexCursor(s.substring(i + 1));
      String body = c.restOfTerm();
      if (body.isBlank()) {
        break;
      }
      int end = i + 1 + c.position();
      out.add(new int[] {i, end});
      i = end;
    }
    return out;
  }

  /** Whether {@code term} uses the index: in a subscript (x_i, w_{ij}) or standing alone. */
  private static boolean uses(String term, String index) {
    Matcher subs = Pattern.compile("_\\{([^{}]*)\\}|_([A-Za-z0-9])").matcher(term);
    while (subs.find()) {
      String sub = subs.group(1) != null ? subs.group(1) : subs.group(2);
      if (Pattern.compile("(?<![A-Za-z])" + index + "(?![A-Za-z])")
          .matcher(sub.replaceAll("\\\\[A-Za-z]+", " ")).find()) {
        return true;
      }
    }
    return Pattern.compile("(?<![A-Za-z\\\\])" + index + "(?![A-Za-z])").matcher(
        term.replaceAll("\\\\[A-Za-z]+", " ")).find();
  }
}

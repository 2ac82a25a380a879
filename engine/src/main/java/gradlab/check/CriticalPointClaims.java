package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Points a text calls critical or stationary: "so the critical points are x = 1 and x = 3",
 * "the stationary point is $x = 2$", "x = 3 is a critical point". Each is a claim f′(a) = 0 about
 * the one function of one variable the text has defined, in that variable (with none or several,
 * or a point in another letter, which function is meant is not written and nothing is claimed).
 * Read as named points before, a wrong critical point of an exam answer passed unseen. That the
 * list holds every critical point is not checked; f′(a) = 0 is exactly what each point claims.
 */
final class CriticalPointClaims {
  private static final String NUMBER = NumberPatterns.PROSE_NUMBER_ANY_MINUS_REGEX;
  private static final String POINT = "[A-Za-z]\\s*=\\s*" + NUMBER + "(?![0-9.]\\d|\\s*[-+*/^(])";
  private static final String KIND = "(?:critical|stationary)\\s+points?";
  /** "the critical points are x = 1 and x = 3", "stationary point at x = 2". */
  private static final Pattern LISTED = Pattern.compile("(?i)(?:,?\\s*\\b(?:so|hence|thus|"
      + "therefore)\\b\\s*)?\\b(?:(?:the|its|a|our)\\s+)?(?:only\\s+)?" + KIND + "\\s+(?:(?:of\\s+"
      + "f\\s+)?(?:is|are|occurs?\\s+at|lies?\\s+at|at)|:)\\s*\\$?(" + POINT + "(?:\\$?\\s*(?:,|"
      + "and|,\\s*and)\\s*\\$?" + POINT + ")*)\\$?");
  /** "x = 3 is a stationary point". */
  private static final Pattern NAMED = Pattern.compile("(?i)\\$?(" + POINT + ")\\$?\\s+is\\s+(?:a|"
      + "the|the\\s+only)\\s+" + KIND);
  private static final Pattern ONE = Pattern.compile("([A-Za-z])\\s*=\\s*(" + NUMBER + ")");
  private static final Pattern RELATION = Pattern.compile("=|<|>|≤|≥|≈");

  private CriticalPointClaims() {}

  /** The sentence's claimed critical points as "x = a" each, and where the words stand. */
  record Found(int start, int end, List<String[]> points) {}

  /** The first place {@code text} names critical points, or null. */
  static Found find(String text) {
    for (Pattern p : List.of(LISTED, NAMED)) {
      Matcher m = p.matcher(text);
      if (m.find()) {
        return new Found(m.start(), m.end(), pointsIn(m.group(1)));
      }
    }
    return null;
  }

  /** Each "x = a" of {@code text}, as its letter and its number (a Unicode minus as -). */
  private static List<String[]> pointsIn(String text) {
    List<String[]> points = new ArrayList<>();
    Matcher one = ONE.matcher(text);
    while (one.find()) {
      points.add(new String[] {one.group(1), one.group(2).replace('−', '-')
          .replaceAll("\\s+", "")});
    }
    return points;
  }

  /** The text's one function of one variable, written in {@code letter}, or null. */
  static String function(DocumentRun run, String letter) {
    List<gradlab.symbolic.FunctionRule> fns = run.ctx.functionRules().stream()
        .filter(r -> r.parameters().size() == 1 && run.unaryFunctions.contains(r.name()))
        .toList();
    return fns.size() == 1 && fns.get(0).parameters().get(0).equals(letter)
        ? fns.get(0).name() : null;
  }

  /**
   * Reads a plain-text line that names critical points: the words before and after as before
   * (through {@code reader}), each point as the claim f′(a) = 0. False where the line names none
   * or no one function is meant.
   */
  static boolean readInPlace(DocumentRun run, int line, String text,
      java.util.function.Consumer<String> reader) {
    Found found = find(text);
    if (found == null || found.points().isEmpty()) {
      return false;
    }
    String before = text.substring(0, found.start()).strip().replaceAll("[,;:]$", "");
    if (RELATION.matcher(before).find()) {
      reader.accept(before);
    }
    claimInPlace(run, line, found.points(), reader);
    for (String[] p : found.points()) {
      reader.accept(p[0] + " = " + p[1]); // also a named point, as before ("there f(x) = -2")
    }
    String after = text.substring(found.end()).strip().replaceAll("^[.,;:]\\s*", "");
    if (RELATION.matcher(after).find()) {
      reader.accept(after);
    }
    return true;
  }

  /** Checks f′(a) = 0 for each point through {@code reader}; false where no function is meant. */
  static boolean claimInPlace(DocumentRun run, int line, List<String[]> points,
      java.util.function.Consumer<String> reader) {
    String f = points.stream().map(p -> function(run, p[0])).distinct().count() == 1
        ? function(run, points.get(0)[0]) : null;
    if (f == null) {
      return false;
    }
    for (String[] p : points) {
      int from = run.out.size();
      reader.accept(f + "'(" + p[1] + ") = 0");
      for (int k = from; k < run.out.size(); k++) {
        StepResult r = run.out.get(k);
        if (r.verdict() instanceof StepVerdict.Refuted x) {
          run.out.set(k, new StepResult(r.line(), r.lhs(), r.relation(), r.rhs(),
              new StepVerdict.Refuted(x.point(), x.lhs(), x.rhs(), "the text says " + p[0]
              + " = " + p[1] + " is a critical point of " + f + (x.detail().isEmpty() ? ""
              : "; " + x.detail())), r.note()));
        }
      }
    }
    return true;
  }

  /** Prose that ends naming critical points: "so the critical points are ". */
  private static final Pattern LEAD = Pattern.compile("(?i)\\b" + KIND + "\\s+(?:(?:of\\s+f"
      + "\\s+)?(?:is|are|occurs?\\s+at|lies?\\s+at|at)|:)\\s*$");
  private static final Pattern SEPARATOR = Pattern.compile("(?i)\\s*(?:,|and|,\\s*and)\\s*");
  private static final Pattern TRAILING = Pattern.compile("(?i)^\\s*is\\s+(?:a|the|the\\s+only)"
      + "\\s+" + KIND);
  private static final Pattern SEGMENT_POINT = Pattern.compile("\\s*(" + POINT + ")\\s*[.,;]?"
      + "\\s*");

  /**
   * Checks Markdown's "the critical points are $x = 1$ and $x = 3$" or "$x = 3$ is a stationary
   * point" starting at segment {@code k}; returns how many segments it read, 0 where none (then
   * they are read as before).
   */
  static int segmentsInPlace(DocumentRun run, List<MarkdownMath.Segment> segs, int k,
      String after) {
    MarkdownMath.Segment seg = segs.get(k);
    if (seg.display() || !SEGMENT_POINT.matcher(seg.latex()).matches()) {
      return 0;
    }
    int n = 1;
    if (LEAD.matcher(seg.prose()).find()) {
      while (k + n < segs.size() && !segs.get(k + n).display()
          && SEPARATOR.matcher(segs.get(k + n).prose()).matches()
          && SEGMENT_POINT.matcher(segs.get(k + n).latex()).matches()) {
        n++;
      }
    } else if (!(k + 1 < segs.size() && TRAILING.matcher(segs.get(k + 1).prose()).find())
        && !Pattern.compile(Pattern.quote(seg.latex()) + "\\$+" + TRAILING.pattern()
        .substring("(?i)^".length()), Pattern.CASE_INSENSITIVE).matcher(after).find()) {
      return 0; // the last segment of its line: the words after it on the line
    }
    List<String[]> points = new ArrayList<>();
    for (int j = k; j < k + n; j++) {
      points.addAll(pointsIn(segs.get(j).latex())); // one each: SEGMENT_POINT matched it
    }
    if (!claimInPlace(run, seg.line(), points, claim -> DisplayBlock.check(run, seg.line(),
        claim, false))) {
      return 0;
    }
    for (int j = k; j < k + n; j++) { // also named points, as before: "there $f(x) = -2$"
      DisplayBlock.check(run, segs.get(j).line(), segs.get(j).latex(), false);
      run.segmentDone(segs.get(j).latex(), false);
    }
    return n;
  }
}

package gradlab.check;

import gradlab.math.Environment;
import gradlab.math.Expression;
import gradlab.math.Numeric;
import gradlab.math.Parser;
import gradlab.math.PreciseNumeric;
import gradlab.math.Symbols;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A computation written as written-out vectors joined by arrows, CS231n's softmax by hand:
 * {@code [1, -2, 0] \rightarrow [e^1, e^{-2}, e^0] = [2.71, 0.14, 1] \rightarrow [0.7, 0.04, 0.26]}.
 * Each arrow is a claim: its target is the stage before it under the map the prose names
 * ({@link StageMap#named}: "the softmax function would then compute:" is exponentiate, then
 * normalise; one arrow and several maps is their composition). It is checked per component,
 * with the rounding each side writes: a decimal stands for every number that rounds <em>or</em>
 * cuts to it (CS231n writes e as 2.71, e⁻² as 0.14), an integer for itself (to prove) or every
 * number within ½ of it (to refute), a formula for its value. The stage before an arrow may be
 * read from any of its terms (the formulas or the numbers after =): proved where one reading
 * meets every target component; refuted only where every reading misses one, with the formulas'
 * values computed twice (double, then 40 digits). Where the prose names no map, or names maps
 * that cannot be matched to the arrows, each arrow is "not checked", never refuted. The
 * equations between arrows stay claims of their own ({@link DisplayBlock}). Pure; no state.
 */
final class VectorArrowChains {
  private static final Pattern ARROW = Pattern.compile(
      "\\\\(?:long)?rightarrow(?![A-Za-z])|\\\\to(?![A-Za-z])|\\\\mapsto(?![A-Za-z])|→");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.(\\d+))?");

  private VectorArrowChains() {}

  /** One term of a stage: its items as written, their values (twice), whether all numbers. */
  private record Term(String text, List<String> items, double[] value, double[] precise,
      boolean numbers) {}

  /**
   * Adds one step per arrow of {@code row} to the run where the row is such a chain; returns
   * whether it was one (the row is read as before otherwise).
   */
  static boolean checkInPlace(DocumentRun run, int line, String row) {
    List<List<Term>> stages = stages(row);
    if (stages == null) {
      return false;
    }
    List<StageMap> maps = StageMap.named(run.paragraph());
    int arrows = stages.size() - 1;
    for (int k = 0; k < arrows; k++) {
      List<StageMap> applied = maps.size() == arrows ? List.of(maps.get(k))
          : arrows == 1 && !maps.isEmpty() ? maps : null;
      Term target = stages.get(k + 1).get(0);
      String text = stages.get(k).get(stages.get(k).size() - 1).text() + " \\rightarrow "
          + target.text();
      StepVerdict v = applied == null ? new StepVerdict.NotChecked(maps.isEmpty()
          ? "the text does not say which map the arrow applies (a word such as "
              + "\"exponentiate\", \"normalize\" or \"softmax\" before the display would)"
          : "the text names " + maps.size() + " maps for " + arrows + " arrows; which arrow "
              + "applies which is not stated")
          : judge(stages.get(k), target, applied);
      run.out.add(new StepResult(line, text, Relation.EQUAL, "", v, ""));
    }
    return true;
  }

  /** The verdict on "target is the stage under the maps", per component, to the digits. */
  static StepVerdict judge(List<Term> stage, Term target, List<StageMap> maps) {
    String done = String.join(", then ", maps.stream().map(StageMap::done).toList());
    boolean proved = false;
    boolean refutedEverywhere = true;
    int failing = -1;
    for (Term from : stage) {
      double[][] source = box(from, from.value(), true, false);
      double[][] prove = StageMap.image(maps, source[0], source[1]);
      if (prove == null) {
        return new StepVerdict.NotChecked("the stage " + from.text() + " cannot be "
            + done + ": a component may be negative, or all zero");
      }
      if (meetsEvery(prove, box(target, target.value(), false, false))) {
        proved = true;
      }
      for (int pass = 0; pass < 2; pass++) { // the formulas' values in double, then 40 digits
        double[] values = pass == 0 ? from.value() : from.precise();
        double[][] wide = box(from, values, true, false); // the integers it goes on from
        double[][] image = StageMap.image(maps, wide[0], wide[1]);
        int miss = image == null ? -1 : firstMiss(image, box(target, pass == 0
            ? target.value() : target.precise(), true, true));
        if (miss < 0) {
          refutedEverywhere = false;
        } else if (failing < 0) {
          failing = miss;
        }
      }
    }
    if (proved) {
      return new StepVerdict.Proved("the stage before, " + done + ", component by component "
          + "to the digits written (" + target.items().size() + " components)");
    }
    if (refutedEverywhere && failing >= 0) {
      Term written = stage.get(stage.size() - 1); // the values the text goes on from
      double shown = StageMap.image(maps, written.value(), written.value())[0][failing];
      return new StepVerdict.Refuted(Map.of(), shown, target.value()[failing], "component "
          + (failing + 1) + ": " + written.text() + " " + done + " gives "
          + Digits.format(shown, 3) + "; apart under every rounding or cutting of the digits "
          + "written" + (stage.size() > 1 ? ", and from each way the stage is written" : ""));
    }
    return new StepVerdict.NotChecked("the digits written do not decide whether the stage is "
        + "the one before " + done + " (it holds only if a number is cut, or an integer "
        + "rounded)");
  }

  private static boolean meetsEvery(double[][] image, double[][] target) {
    for (int i = 0; i < image[0].length; i++) {
      double slack = 1e-9 * Math.max(Math.abs(image[1][i]), Math.abs(target[1][i])) + 1e-15;
      if (image[0][i] > target[1][i] + slack || target[0][i] > image[1][i] + slack) {
        return false;
      }
    }
    return true;
  }

  /** The first component where the image and the target are apart, or −1. */
  private static int firstMiss(double[][] image, double[][] target) {
    for (int i = 0; i < image[0].length; i++) {
      double slack = 1e-9 * Math.max(Math.abs(image[1][i]), Math.abs(target[1][i])) + 1e-12;
      if (image[0][i] > target[1][i] + slack || target[0][i] > image[1][i] + slack) {
        return i;
      }
    }
    return -1;
  }

  /**
   * {lo, hi} per component of a term: a formula is its value; a decimal every number that
   * rounds to it, and where {@code cut} also every number that cuts to it; an integer itself,
   * or where {@code half} every number within ½ of it.
   */
  private static double[][] box(Term t, double[] values, boolean cut, boolean half) {
    int n = values.length;
    double[] lo = values.clone();
    double[] hi = values.clone();
    for (int i = 0; i < n; i++) {
      Matcher m = NUMBER.matcher(t.items().get(i).replace("−", "-"));
      if (!t.numbers() || !m.matches()) {
        continue;
      }
      if (m.group(1) == null) {
        lo[i] -= half ? 0.5 : 0;
        hi[i] += half ? 0.5 : 0;
        continue;
      }
      double unit = BigDecimal.ONE.movePointLeft(m.group(1).length()).doubleValue();
      boolean negative = values[i] < 0; // cut towards zero: 2.71 from [2.71, 2.72)
      lo[i] -= unit * (cut && negative ? 1 : 0.5);
      hi[i] += unit * (cut && !negative ? 1 : 0.5);
    }
    return new double[][] {lo, hi};
  }

  /** The stages of an arrow chain of written-out vectors of one length, else null. */
  static List<List<Term>> stages(String row) {
    List<String> parts = arrowParts(row);
    if (parts.size() < 2) {
      return null;
    }
    List<List<Term>> stages = new ArrayList<>();
    int size = -1;
    for (String part : parts) {
      ChainSplitter.Chain chain = ChainSplitter.split(part.strip().replaceAll("[.,;]$", ""));
      if (chain.relations().stream().anyMatch(r -> r != Relation.EQUAL
          && r != Relation.APPROX)) {
        return null;
      }
      List<Term> terms = new ArrayList<>();
      for (String t : chain.terms()) {
        Term term = term(t);
        if (term == null || (size >= 0 && term.items().size() != size)) {
          return null;
        }
        size = term.items().size();
        terms.add(term);
      }
      stages.add(terms);
    }
    return stages;
  }

  /** {@code row} with each top-level arrow written {@code \\rightarrow}. */
  static String rightArrows(String row) {
    StringBuilder out = new StringBuilder();
    List<String> parts = arrowParts(row);
    for (int k = 0; k < parts.size(); k++) {
      out.append(k == 0 ? "" : " \\rightarrow ").append(parts.get(k));
    }
    return out.toString();
  }

  /** The parts of a row between top-level arrows. */
  private static List<String> arrowParts(String row) {
    List<String> parts = new ArrayList<>();
    Matcher m = ARROW.matcher(row);
    int start = 0;
    while (m.find()) {
      if (depth(row, m.start()) == 0) {
        parts.add(row.substring(start, m.start()));
        start = m.end();
      }
    }
    parts.add(row.substring(start));
    return parts;
  }

  private static int depth(String s, int end) {
    int depth = 0;
    for (int i = 0; i < end; i++) {
      char ch = s.charAt(i);
      depth += ch == '{' || ch == '(' || ch == '[' ? 1 : ch == '}' || ch == ')' || ch == ']'
          ? -1 : 0;
    }
    return depth;
  }

  /** A written-out vector of at least two closed items with their values, else null. */
  private static Term term(String written) {
    String s = written.strip().replace("\\left[", "[").replace("\\right]", "]").strip();
    if (!s.startsWith("[") || ClaimForms.closing(s, 0) != s.length() - 1) {
      return null;
    }
    List<String> items = TopLevel.split(s.substring(1, s.length() - 1), ',');
    if (items.size() < 2) {
      return null;
    }
    double[] value = new double[items.size()];
    double[] precise = new double[items.size()];
    boolean numbers = true;
    for (int i = 0; i < items.size(); i++) {
      String item = items.get(i).strip().replace("−", "-");
      numbers &= NUMBER.matcher(item).matches();
      try {
        Expression e = Parser.parse(LatexReader.parserInput(LatexReader.read(item)
            .engineSyntax()));
        if (!Symbols.of(e).isEmpty()) {
          return null;
        }
        value[i] = Numeric.value(e, Map.of(), Environment.EMPTY);
        precise[i] = PreciseNumeric.value(e, Map.of(), Environment.EMPTY, 40).doubleValue();
      } catch (RuntimeException ex) {
        return null;
      }
      if (!Double.isFinite(value[i])) {
        return null;
      }
    }
    return new Term(written.strip(), items.stream().map(String::strip).toList(), value,
        precise, numbers);
  }
}

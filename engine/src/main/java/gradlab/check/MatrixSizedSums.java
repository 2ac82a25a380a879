package gradlab.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the text defines through vectors by a Σ to a symbolic size (Wen et al.'s center loss
 * {@code \mathcal{L}_C = \frac{1}{2}\sum_{i=1}^m \|\boldsymbol{x}_i -
 * \boldsymbol{c}_{y_i}\|_2^2}), which the matrix reading wrote out for whole-number bounds only.
 * A step that uses such a name is checked by the matrix reading ({@link MatrixSteps}) at
 * m = 1, 2, 3 (or at the size the text states), each definition and each Σ of the step written
 * out to that size ({@link SymbolicSums}), and the definition's summed index standing free in the
 * step ({@code \partial/\partial\boldsymbol{x}_i}) taken as 1, a member at every size. Verdicts
 * are combined as {@link SizedVerdicts} does: refuted only where every size fails, a step
 * holding at each size "unknown", never proved. A name whose subscript carries the index inside
 * a subscript ({@code c_{y_i}}, the center of xᵢ's class) may be one vector for two members:
 * the step is read with the members distinct and with them one name, and refuted only where
 * both readings fail. Stateless.
 */
final class MatrixSizedSums {
  /** The sizes written out where the text states none. */
  private static final int MOST = 3;
  private static final Pattern INDEX_OF_SUM = Pattern.compile(
      "\\\\sum(?:\\\\limits)?\\s*_\\s*\\{?\\s*([a-z])\\s*=");
  /** A Σ whose upper bound is written as a number: a size already chosen. */
  private static final Pattern NUMBERED_SUM = Pattern.compile(
      "\\\\sum(?:\\\\limits)?\\s*_\\s*\\{[^{}]*\\}\\s*\\^\\s*\\{?\\s*\\d");
  /** {@code c_{y_i}}: a member's index inside another subscript. */
  private static final Pattern NESTED = Pattern.compile(
      "_\\s*\\{\\s*([A-Za-z])\\s*_\\s*\\{?\\s*([a-z0-9])\\s*\\}?\\s*\\}");

  /** How a definition this reading writes out is listed. */
  static final String READ_DEFINITION = "definition, read as vectors and matrices with its Σ "
      + "written out for each size";

  private static final Pattern VECTORS = Pattern.compile("\\\\(mathbf|boldsymbol|bm|vec|\\|)"
      + "(?![A-Za-z])|‖|\\^\\s*\\{?\\s*(T|\\\\top|\\\\intercal)(?![A-Za-z])");

  private static final Pattern NORM = Pattern.compile("\\\\\\|[^|]*?\\\\\\|(?:\\s*_\\s*"
      + "(?:\\{\\s*[2F]\\s*\\}|[2F]))?(?:\\s*\\^\\s*(?:\\{\\s*2\\s*\\}|2))?");

  private MatrixSizedSums() {}

  /**
   * Whether the scalar reader's failure on a definition is a Σ to a symbolic size or vectors and
   * matrices, and the body writes vectors (bold, a norm, a transpose).
   */
  static boolean isSizedMatrixFailure(String failure, String body) {
    return failure != null && (failure.contains("with symbolic bounds")
        || MatrixDefinitions.isMatrixFailure(failure)) && VECTORS.matcher(body).find();
  }

  /** Whether {@code body} has one symbolic size and the matrix reading reads it written out. */
  static boolean readable(String body, MatrixScope scope) {
    Set<String> letters = SymbolicSums.sizeLetters(bracedNorms(body));
    if (letters.size() != 1) {
      return false;
    }
    try {
      MatrixParser.parse(written(body, 2, letters), scope);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * The verdict on {@code left rel right} where it uses a name defined by a Σ to a symbolic
   * size, or null where it uses none (or the matrix reading does not read it).
   */
  static StepVerdict verdict(DocumentRun run, String left, Relation rel, String right,
      Predicate<String> definedElsewhere) {
    Map<String, String> sized = run.matrices.sized();
    if (sized.isEmpty() || rel != Relation.EQUAL) {
      return null;
    }
    Map<String, String> used = used(run.matrices.scope(), sized, left, right);
    if (used.isEmpty()) {
      return null;
    }
    Set<String> letters = new LinkedHashSet<>();
    used.values().forEach(b -> letters.addAll(SymbolicSums.sizeLetters(bracedNorms(b))));
    letters.addAll(SymbolicSums.sizeLetters(bracedNorms(left)));
    letters.addAll(SymbolicSums.sizeLetters(bracedNorms(right)));
    if (letters.size() != 1) {
      return null;
    }
    String letter = letters.iterator().next();
    StatedSize size = StatedSize.of(run, letter);
    if (size.defined() || size.stated() && size.whole() == null) {
      return null;
    }
    if (!size.stated() && NUMBERED_SUM.matcher(left + right).find()) {
      return new StepVerdict.NotChecked("the step's Σ is written out at a size, and "
          + String.join(", ", used.keySet()) + " is a Σ to " + letter + ": which sizes go "
          + "together is not written");
    }
    String[] sides = free(used.values(), left, right);
    List<SymbolicSums.Instance> instances = new ArrayList<>();
    List<StepVerdict> verdicts = new ArrayList<>();
    int from = size.stated() ? size.whole() : 1;
    int to = size.stated() ? size.whole() : MOST;
    for (int k = from; k <= to; k++) {
      StepVerdict v = atSize(run, used, sides, rel, k, letters, definedElsewhere, false);
      if (NESTED.matcher(String.join(" ", used.values()) + sides[0] + sides[1]).find()) {
        v = bothReadings(v, atSize(run, used, sides, rel, k, letters, definedElsewhere, true));
      }
      instances.add(new SymbolicSums.Instance(k, sides[0], sides[1]));
      verdicts.add(v);
    }
    String shown = LatexNames.readable(letter);
    return size.stated() ? SizedVerdicts.atStatedSize(verdicts.get(0), shown, from)
        : SizedVerdicts.combine(instances, verdicts, shown);
  }

  /**
   * The sized names the step writes, name → body: those whose definition, put in at size 2,
   * changes how the step parses (or lets it parse at all).
   */
  private static Map<String, String> used(MatrixScope base, Map<String, String> sized,
      String left, String right) {
    String[] sides = free(sized.values(), left, right);
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> d : sized.entrySet()) {
      Set<String> letters = SymbolicSums.sizeLetters(bracedNorms(d.getValue()));
      Map<String, MatrixExpr> names = new LinkedHashMap<>(base.names());
      try {
        names.put(d.getKey(), MatrixParser.parse(written(d.getValue(), 2, letters), base));
      } catch (RuntimeException e) {
        continue;
      }
      MatrixScope with = new MatrixScope(names, base.functions());
      for (String side : sides) {
        MatrixExpr read = parsed(side, with, letters);
        if (read != null && !read.equals(parsed(side, base, letters))) {
          out.put(d.getKey(), d.getValue());
        }
      }
    }
    return out;
  }

  private static MatrixExpr parsed(String side, MatrixScope scope, Set<String> letters) {
    try {
      return MatrixParser.parse(written(side, 2, letters), scope);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * The sides with each index the definitions sum over, where the step has it free (no Σ of its
   * own over it), set to 1: ∂ℒ/∂𝐱ᵢ is ∂ℒ/∂𝐱₁, a member at every size.
   */
  private static String[] free(java.util.Collection<String> bodies, String left, String right) {
    Set<String> indices = new LinkedHashSet<>();
    for (String b : bodies) {
      Matcher m = INDEX_OF_SUM.matcher(b);
      while (m.find()) {
        indices.add(m.group(1));
      }
    }
    String[] out = {left, right};
    for (String i : indices) {
      boolean summed = Pattern.compile("\\\\sum(?:\\\\limits)?\\s*_\\s*\\{?\\s*" + i + "\\s*=")
          .matcher(left + right).find();
      if (!summed) {
        out[0] = SymbolicSums.setLetter(out[0], i, 1);
        out[1] = SymbolicSums.setLetter(out[1], i, 1);
      }
    }
    return out;
  }

  private static StepVerdict atSize(DocumentRun run, Map<String, String> used, String[] sides,
      Relation rel, int k, Set<String> letters, Predicate<String> definedElsewhere,
      boolean oneName) {
    MatrixScope base = run.matrices.scope();
    Map<String, MatrixExpr> names = new LinkedHashMap<>(base.names());
    try {
      for (Map.Entry<String, String> d : used.entrySet()) {
        names.put(d.getKey(), MatrixParser.parse(written(nested(d.getValue(), oneName), k,
            letters), base));
      }
      String l = written(nested(sides[0], oneName), k, letters);
      String r = written(nested(sides[1], oneName), k, letters);
      StepVerdict v = MatrixSteps.check(l, rel, r, new MatrixScope(names, base.functions()),
          definedElsewhere, !oneName);
      return v != null ? v : new StepVerdict.NotChecked("the matrix reading does not read the "
          + "step written out for " + LatexNames.readable(letters.iterator().next()) + " = "
          + k);
    } catch (RuntimeException e) {
      return new StepVerdict.NotChecked("cannot read: " + e.getMessage());
    }
  }

  /** {@code latex} with {@code c_{y_i}} written {@code c_{y}} where the members are one name. */
  private static String nested(String latex, boolean oneName) {
    return oneName ? NESTED.matcher(latex).replaceAll("_{$1}") : latex;
  }

  /**
   * {@code latex} with each norm in braces, {@code {\|x_i - c\|_2^2}}: the − inside the bars is
   * no end of a Σ's summand ({@link LatexCursor#restOfSummand} knows brackets, not bars).
   */
  private static String bracedNorms(String latex) {
    String bars = latex.replace("‖", "\\|").replaceAll("\\\\(left|right|big|Big)\\s*\\\\\\|",
        "\\\\|").replaceAll("\\\\[lr]?Vert(?![A-Za-z])", "\\\\|");
    return NORM.matcher(bars).replaceAll("{$0}");
  }

  private static String written(String raw, int k, Set<String> letters) {
    String latex = bracedNorms(raw);
    if (SymbolicSums.sizeLetters(latex).isEmpty()) {
      String out = latex;
      for (String letter : letters) { // m standing alone (\frac{1}{m}) set to k
        out = SymbolicSums.setLetter(out, letter, k);
      }
      return out;
    }
    String out = SymbolicSums.instance(latex, k, List.copyOf(letters), new LinkedHashSet<>());
    if (out == null) {
      throw new UnsupportedLatexException("matrix reading: a Σ not written out");
    }
    return out;
  }

  /** One size's verdict from its two readings of the members' centers: distinct and one name. */
  private static StepVerdict bothReadings(StepVerdict distinct, StepVerdict one) {
    if (distinct instanceof StepVerdict.Refuted && one instanceof StepVerdict.Refuted
        || distinct instanceof StepVerdict.Unknown && one instanceof StepVerdict.Unknown) {
      return distinct;
    }
    return new StepVerdict.NotChecked("ambiguous: a name indexed inside its subscript (c_{y_i})"
        + " read as one vector per member (" + distinct.evidence() + ") or as one for all ("
        + one.evidence() + ")");
  }
}

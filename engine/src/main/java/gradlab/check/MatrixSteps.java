package gradlab.check;

import gradlab.check.MatrixExpr.Kind;
import gradlab.check.MatrixShapes.Shape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.ejml.data.DMatrixRMaj;

/**
 * The matrix reading of a step the scalar reader refuses for vectors and matrices (transposes,
 * products of bold names, norms): both sides are parsed ({@link MatrixParser}), each name's
 * shape is found by unification ({@link MatrixShapes}) under every reading of the plain letters
 * (a scalar or a vector), and both sides are evaluated ({@link MatrixValues}) at random matrices
 * of two size choices (2, 3, 4, … and 3, 2, 5, …: a transposition cannot hide in a square case),
 * three draws each. Equal at every draw of every reading: unknown, "holds at random matrices",
 * never proved. Apart under every reading, at two draws and at both size choices: refuted, with
 * the sizes and the entry. Otherwise not checked, saying why: the shapes do not fit, a reading
 * holds where another fails (ambiguous), a name the text defines is not put in, a name occurs
 * on one side only. Stateless.
 */
final class MatrixSteps {
  private static final int MAX_OPEN = 5;
  /** A name indexed inside its subscript, {@code c_{y_1}}, as the matrix reading shows it. */
  private static final java.util.regex.Pattern NESTED = java.util.regex.Pattern.compile(
      "_\\{[A-Za-z]_\\{?[A-Za-z0-9]");

  private MatrixSteps() {}

  /**
   * The verdict on {@code left rel right} (LaTeX), or null where the matrix reading does not read
   * it; {@code definitions} are put in for their names, and a name for which
   * {@code definedElsewhere} holds (a definition this reading cannot put in) stops a refutation.
   */
  static StepVerdict check(String left, Relation rel, String right,
      Map<String, MatrixExpr> definitions, Predicate<String> definedElsewhere) {
    return check(left, rel, right, MatrixScope.of(definitions), definedElsewhere);
  }

  /** As {@link #check(String, Relation, String, Map, Predicate)}, with the text's functions. */
  static StepVerdict check(String left, Relation rel, String right, MatrixScope definitions,
      Predicate<String> definedElsewhere) {
    return check(left, rel, right, definitions, definedElsewhere, false);
  }

  /**
   * As {@link #check(String, Relation, String, MatrixScope, Predicate)}; with
   * {@code membersDistinct}, a name indexed inside its subscript ({@code c_{y_1}}) is a vector of
   * its own for each member and a refutation stands (the caller reads the other reading); else
   * two members' may be one vector (y₁ = y₂), and the sides differing is no refutation.
   */
  static StepVerdict check(String left, Relation rel, String right, MatrixScope definitions,
      Predicate<String> definedElsewhere, boolean membersDistinct) {
    StepVerdict v = read(left, rel, right, definitions, definedElsewhere);
    if (!membersDistinct && v instanceof StepVerdict.Refuted && NESTED.matcher(left + " "
        + right + " " + definitions.names()).find()) {
      return new StepVerdict.NotChecked("the sides differ at random matrices with each "
          + "member's c_{y_i} a vector of its own, but two members' may be one (y_i the same)");
    }
    return v;
  }

  private static StepVerdict read(String left, Relation rel, String right,
      MatrixScope definitions, Predicate<String> definedElsewhere) {
    if (rel != Relation.EQUAL) {
      return null;
    }
    MatrixExpr l;
    MatrixExpr r;
    try {
      l = MatrixParser.parse(left, definitions);
      r = MatrixParser.parse(right, definitions);
    } catch (UnsupportedLatexException | NumberFormatException e) {
      return null;
    }
    if (MatrixNames.applies(l, "relu") || MatrixNames.applies(r, "relu")) {
      return null; // ReLU(z) = z "for z > 0": a kink random matrices would cross, never a ✗
    }
    if (MatrixShapes.isConstant(l) || MatrixShapes.isConstant(r)) {
      return new StepVerdict.NotChecked("a side is a number: a condition on vectors or "
          + "matrices (a value set to it), not an identity");
    }
    Map<String, Kind> kinds = new LinkedHashMap<>();
    MatrixNames.collect(l, kinds);
    MatrixNames.collect(r, kinds);
    // the members of a family written out (y₁, y₂, y₃ of Σ y_i) are all scalars or all vectors
    Map<String, List<String>> families = kinds.entrySet().stream()
        .filter(e -> e.getValue() == Kind.OPEN).map(Map.Entry::getKey).collect(
            java.util.stream.Collectors.groupingBy(MatrixSums::stem, LinkedHashMap::new,
                java.util.stream.Collectors.toList()));
    List<String> open = List.copyOf(families.keySet());
    if (open.size() > MAX_OPEN) {
      return new StepVerdict.NotChecked("matrix reading: " + open.size() + " letters that may "
          + "be scalars or vectors, too many readings to try");
    }
    List<MatrixOutcome> outcomes = new ArrayList<>();
    MatrixShapes firstShapes = null;
    String misfit = null;
    for (int mask = 0; mask < 1 << open.size(); mask++) {
      Map<String, Kind> reading = new LinkedHashMap<>(kinds);
      for (int k = 0; k < open.size(); k++) {
        for (String member : families.get(open.get(k))) {
          reading.put(member, (mask >> k & 1) == 1 ? Kind.VECTOR : Kind.OPEN);
        }
      }
      MatrixShapes shapes = new MatrixShapes(reading);
      if (!shapes.unifyInPlace(l, r)) {
        misfit = misfit == null ? shapes.misfit() : misfit;
        continue;
      }
      outcomes.add(MatrixOutcome.evaluate(l, r, shapes, describe(families, reading), mask));
      firstShapes = firstShapes == null ? shapes : firstShapes;
    }
    if (outcomes.isEmpty()) {
      return new StepVerdict.NotChecked("the shapes do not fit (" + misfit + ") under every "
          + "reading of the letters as scalars or vectors");
    }
    if (outcomes.stream().allMatch(MatrixOutcome::holds)) {
      int samples = outcomes.stream().mapToInt(MatrixOutcome::samples).sum();
      return new StepVerdict.Unknown(samples, outcomes.get(0).tolerance(), "holds at random "
          + "matrices of sizes " + outcomes.get(0).sizes() + (outcomes.size() > 1 ? " (and "
          + "under every reading: " + String.join("; ", outcomes.stream()
              .map(MatrixOutcome::reading).toList()) + ")" : "") + ", not proved");
    }
    if (!outcomes.stream().allMatch(MatrixOutcome::fails)) {
      return new StepVerdict.NotChecked("ambiguous, read as " + String.join(" or ",
          outcomes.stream().map(o -> o.reading() + (o.holds() ? " (holds)" : o.fails()
              ? " (fails)" : " (not decided)")).toList()));
    }
    MatrixShapes at = firstShapes;
    // x₂ of ℒ = Σ ‖xᵢ − cᵢ‖² inside ∂ℒ/∂x₁ only, and no side's value depends on it
    List<String> oneSided = MatrixNames.oneSided(l, r).stream().filter(n -> outsideGradients(l,
        n) || outsideGradients(r, n) || MatrixOutcome.dependsOn(l, at, n)
        || MatrixOutcome.dependsOn(r, at, n)).toList();
    if (!oneSided.isEmpty()) {
      return new StepVerdict.NotChecked("the sides differ at random matrices, but "
          + String.join(", ", oneSided) + " occur" + (oneSided.size() == 1 ? "s" : "")
          + " on one side only: true only for values the text does not state");
    }
    Set<String> named = new LinkedHashSet<>(kinds.keySet()); // y₂ of a family y_i defined
    named.addAll(MatrixSums.families(kinds.keySet(), left + " " + right));
    List<String> defined = named.stream().filter(definedElsewhere).toList();
    if (!defined.isEmpty()) {
      return new StepVerdict.NotChecked("the sides differ at random matrices, but "
          + String.join(", ", defined) + " defined in the text, which this reading does not "
          + "put in");
    }
    MatrixOutcome first = outcomes.get(0);
    return new StepVerdict.Refuted(Map.of(), first.left(), first.right(), first.where());
  }

  /**
   * Whether {@code name} occurs in {@code e} outside every gradient: b of y − b with y = 𝐰ᵀ𝐱 + b
   * is a name of the step, x₂ inside ∂ℒ/∂x₁ only a name of ℒ's definition.
   */
  private static boolean outsideGradients(MatrixExpr e, String name) {
    return switch (e) {
      case MatrixExpr.Name n -> n.shown().equals(name);
      case MatrixExpr.Number n -> false;
      case MatrixExpr.Gradient g -> false;
      case MatrixExpr.Transpose t -> outsideGradients(t.e(), name);
      case MatrixExpr.Inverse t -> outsideGradients(t.e(), name);
      case MatrixExpr.Negation t -> outsideGradients(t.e(), name);
      case MatrixExpr.Norm t -> outsideGradients(t.e(), name);
      case MatrixExpr.Power t -> outsideGradients(t.e(), name);
      case MatrixExpr.Apply t -> outsideGradients(t.e(), name);
      case MatrixExpr.Product p -> outsideGradients(p.left(), name)
          || outsideGradients(p.right(), name);
      case MatrixExpr.Dot p -> outsideGradients(p.left(), name)
          || outsideGradients(p.right(), name);
      case MatrixExpr.Sum p -> outsideGradients(p.left(), name)
          || outsideGradients(p.right(), name);
      case MatrixExpr.Quotient p -> outsideGradients(p.left(), name)
          || outsideGradients(p.right(), name);
      case MatrixExpr.Hadamard p -> outsideGradients(p.left(), name)
          || outsideGradients(p.right(), name);
    };
  }

  private static String describe(Map<String, List<String>> families, Map<String, Kind> reading) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, List<String>> f : families.entrySet()) {
      String n = f.getValue().size() == 1 ? f.getValue().get(0) : f.getKey() + "ᵢ";
      parts.add(n + (reading.get(f.getValue().get(0)) == Kind.VECTOR ? " a vector"
          : " a scalar"));
    }
    return parts.isEmpty() ? "as written" : String.join(", ", parts);
  }

  /** Random entries in [−1.5, 1.5] (or [0.2, 1.7] where a function needs positive ones). */
  static Map<String, DMatrixRMaj> draw(Map<String, Shape> names, Map<Integer, Integer> sizes,
      Random random, boolean positive) {
    Map<String, DMatrixRMaj> out = new LinkedHashMap<>();
    names.forEach((n, s) -> {
      DMatrixRMaj m = new DMatrixRMaj(sizes.get(s.rows()), sizes.get(s.cols()));
      for (int k = 0; k < m.getNumElements(); k++) {
        m.data[k] = positive ? 0.2 + 1.5 * random.nextDouble() : 3 * random.nextDouble() - 1.5;
      }
      out.put(n, m);
    });
    return out;
  }
}

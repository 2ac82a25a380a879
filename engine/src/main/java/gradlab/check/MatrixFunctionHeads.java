package gradlab.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Definitions of functions of vectors, as d2l writes them: {@code f(\mathbf{x}) = \frac{1}{2}
 * \mathbf{x}^\top \mathbf{Q} \mathbf{x} + \mathbf{c}^\top \mathbf{x} + b},
 * {@code a(\mathbf{q}, \mathbf{k}_i) = -\frac{1}{2} \|\mathbf{q} - \mathbf{k}_i\|^2},
 * {@code L(\mathbf{w}, b) = \ldots}. The scalar reader reads {@code (\mathbf{w}, b)} as a pair
 * and refuses the body; here the head is a function name and its parameters (one at least a
 * vector or a matrix), and the body goes to the matrix reading ({@link MatrixDefinitions}), which
 * puts it in wherever the text applies the function ({@code \bar{f}(\bar{\mathbf{x}})}). A
 * body the matrix reading cannot parse still defines the name (listed, not read), so a later
 * step through it is never refuted. Stateless.
 */
final class MatrixFunctionHeads {
  private MatrixFunctionHeads() {}

  /** A head: the function's name and its parameters, as the matrix reading shows them. */
  record Head(String name, List<MatrixExpr.Name> parameters) {
    Head {
      parameters = List.copyOf(parameters);
    }
  }

  /**
   * Reads {@code raw.get(0) = raw.get(1)} as the definition of a function of vectors, records
   * it and its line, and returns true; false (nothing recorded) where the left side is no such
   * head. Of a function already defined it is first a claim: where it holds at random matrices
   * it is shown so, else the function is defined anew (d2l's scaled dot product attention
   * after its Gaussian one), never refuted.
   */
  static boolean defineInPlace(DocumentRun run, int line, List<String> raw, Relation rel0,
      boolean latex) {
    Head h = latex && rel0 == Relation.EQUAL ? head(raw.get(0)) : null;
    if (h == null) {
      return false;
    }
    MatrixDefinitions m = run.matrices;
    if (m.scope().functions().containsKey(h.name())) { // a(𝐪, 𝐤) = … of a defined a
      StepVerdict v = MatrixSteps.check(raw.get(0), Relation.EQUAL, raw.get(1), m.scope(),
          m::unread);
      if (v instanceof StepVerdict.Unknown) { // it holds: a claim, shown as one
        run.out.add(new StepResult(line, raw.get(0).strip(), Relation.EQUAL, raw.get(1).strip(),
            v, ""));
        return true;
      }
    }
    if (m.unread(h.name())) { // l(𝐲, ŷ) = … of an l whose body was not read: a claim
      return false;
    }
    boolean anew = m.definesFunction(h.name());
    boolean read = m.defineFunctionInPlace(h.name(), h.parameters(), raw.get(1));
    run.out.add(new StepResult(line, raw.get(0).strip(), Relation.EQUAL, raw.get(1), null,
        !read ? ElementWise.UNREAD_DEFINITION : anew ? MatrixDefinitions.READ_DEFINITION
        + " (defined anew)" : MatrixDefinitions.READ_DEFINITION));
    return true;
  }

  /** The head {@code latex} writes, or null where it is not one of a function of vectors. */
  static Head head(String latex) {
    String s = latex.strip().replaceAll("\\\\left\\s*\\(", "(").replaceAll("\\\\right\\s*\\)",
        ")");
    int open = openingOfLast(s);
    if (open <= 0) {
      return null;
    }
    try {
      if (!(MatrixParser.parse(s.substring(0, open), Map.of()) instanceof MatrixExpr.Name f)
          || f.kind() == MatrixExpr.Kind.VECTOR // 𝐟(𝐱): a vector of functions, not read
          || f.shown().equals("\\sigma")) { // σ(𝐳): the sigmoid, applied entry by entry
        return null;
      }
      List<MatrixExpr.Name> ps = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      boolean vector = false;
      for (String a : MatrixFunction.arguments(s.substring(open + 1, s.length() - 1))) {
        if (!(MatrixParser.parse(a, Map.of()) instanceof MatrixExpr.Name p)
            || !seen.add(p.shown())) {
          return null;
        }
        vector |= p.kind() != MatrixExpr.Kind.OPEN;
        ps.add(p);
      }
      return vector ? new Head(f.shown(), ps) : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Where the bracket that closes {@code s} opens, or −1 where s does not end in one. */
  private static int openingOfLast(String s) {
    if (!s.endsWith(")")) {
      return -1;
    }
    int depth = 0;
    for (int k = s.length() - 1; k >= 0; k--) {
      char ch = s.charAt(k);
      if (ch == ')') {
        depth++;
      } else if (ch == '(' && --depth == 0) {
        return k;
      }
    }
    return -1;
  }
}

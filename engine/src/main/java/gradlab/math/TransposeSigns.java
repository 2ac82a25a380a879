package gradlab.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A superscript T (or ⊤) on a name, {@code W^T}: a transpose sign, not a power, unless T is given
 * a value or a definition. This is the checker's rule for {@code W^T} in LaTeX (a power only
 * where the text gives T a value), and the console's: {@link Parser} refuses {@code x^T W x}
 * (a power times W), and a lone {@code W^T} of a matrix W is its transpose, of anything else
 * the power shown with a note (it was the power with no word, and a matrix's entries each
 * raised to T). Stateless.
 */
public final class TransposeSigns {
  /** The names that stand for a transpose after a caret. */
  static final Set<String> SIGNS = Set.of("T", "⊤");

  private TransposeSigns() {}

  /** A power with a transpose sign: {@code shown} as typed, {@code matrix} where it is taken. */
  record Sign(String shown, String base, boolean matrix) {
    /** The one-line note that says how it was read. */
    public String note() {
      return matrix ? "read " + shown + " as transpose(" + base + "), " + base + " being a matrix"
          : "read " + shown + " as the power " + base + " to a number T; for a matrix's "
          + "transpose write transpose(" + base + ")";
    }
  }

  /**
   * {@code e} with each power W^T of a matrix W (a name or a literal) as transpose(W), where
   * {@code env} leaves T free; each such power, taken or not, said through {@code notes}.
   */
  public static Expression read(Expression e, Environment env,
      java.util.function.Consumer<String> notes) {
    Expression out = e;
    for (Power p : powers(e, env)) {
      String base = p.base() instanceof Sym ? Printer.input(p.base())
          : "(" + Printer.input(p.base()) + ")";
      boolean matrix = matrix(p.base(), env);
      notes.accept(new Sign(base + "^" + ((Sym) p.exponent()).name(), base, matrix).note());
      if (matrix) {
        out = Substitution.replaceNodes(out, p, new Command("Transpose", List.of(p.base())));
      }
    }
    return out;
  }

  private static List<Power> powers(Expression e, Environment env) {
    List<Power> out = new ArrayList<>();
    if (e instanceof Power p && p.exponent() instanceof Sym t && SIGNS.contains(t.name())
        && !env.defines(t.name())) {
      out.add(p);
    }
    for (Expression c : NodeCount.children(e)) {
      out.addAll(powers(c, env));
    }
    return out;
  }

  private static boolean matrix(Expression base, Environment env) {
    Expression value = base instanceof Sym s ? env.rhs(s.name()).orElse(base) : base;
    return value instanceof ExprList rows && !rows.items().isEmpty()
        && rows.items().stream().allMatch(r -> r instanceof ExprList);
  }
}

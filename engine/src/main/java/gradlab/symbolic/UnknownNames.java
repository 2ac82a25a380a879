package gradlab.symbolic;

import gradlab.math.MathFunction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Finds calls of undefined functions whose names are near a known name ({@code integrat(x, x)}).
 * Undefined functions far from every known name ({@code g(z)}) are legitimate abstract functions.
 */
final class UnknownNames {
  /** Commands and engine functions, then every name and ASCII alias of the function catalogue. */
  static final List<String> KNOWN = known();

  private static List<String> known() {
    List<String> out = new ArrayList<>(List.of("diff", "integrate", "simplify", "solve",
        "series", "subs", "maximize", "minimize", "limit", "expand", "factor", "together",
        "sqrt", "expform", "named", "N", "D", "Sum", "Product", "Table", "Plot", "FindRoot",
        "Normal", "Apart", "Cancel", "TeXForm", "FullSimplify", "Reduce", "Max", "Min", "Floor",
        "Ceiling", "Round", "Mod"));
    for (MathFunction f : MathFunction.values()) {
      for (String n : Stream.concat(Stream.of(f.inputName()), f.aliases().stream()).toList()) {
        if (!out.contains(n) && n.chars().allMatch(c -> c < 128)) {
          out.add(n);
        }
      }
    }
    return List.copyOf(out);
  }

  private UnknownNames() {}

  static void check(String input, IExpr parsed, java.util.Set<String> declared) {
    if (!parsed.isAST()) {
      return;
    }
    IAST ast = (IAST) parsed;
    IExpr head = ast.head();
    if (head.isSymbol() && !head.isBuiltInSymbol()) {
      String name = head.toString();
      boolean defined = head instanceof ISymbol s && s.getRulesData() != null;
      if (!defined && !declared.contains(name) && !FriendlyFunctions.handles(name)
          && Activation.byName(name).isEmpty()) {
        // Cov(X, Y) was "did you mean cos?" (user37): a covariance is no typo of a function
        List<String> near = name.matches("(?i)cov|var") ? List.of() : suggestions(name);
        if (!near.isEmpty() || !unspecifiedFunctionName(name)) {
          throw new UnknownFunctionException(name, near);
        }
      }
    }
    for (int i = 0; i <= ast.argSize(); i++) {
      check(input, ast.getAt(i), declared);
    }
  }

  /**
   * Whether an undefined function of this name is taken as an unspecified function, as in
   * {@code diff(g(z)^2, z)} → 2g(z)·g′(z): a name of at most three letters, then digits
   * ({@code f}, {@code g2}, {@code phi}), or a capital Greek letter as the derivation checker
   * names it ({@code capphi} for Φ, {@code capgamma} for Γ). A longer undefined name
   * ({@code softmax}, {@code hessian}) is an error, not a silent symbol.
   */
  static boolean unspecifiedFunctionName(String name) {
    return name.matches("[A-Za-z]{1,3}[0-9]*|cap(?:phi|psi|gamma)[0-9]*");
  }

  /** Known names within edit distance 2 (1 for short names), nearest first. */
  static List<String> suggestions(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    int budget = lower.length() <= 2 ? 0 : lower.length() <= 4 ? 1 : 2;
    List<String> out = new ArrayList<>();
    for (String k : KNOWN) {
      if (k.length() <= 2) {
        continue; // N and D are too short to be the intended name of a misspelling
      }
      int d = gradlab.math.EditDistance.between(lower, k.toLowerCase(Locale.ROOT));
      if (d > 0 && d <= budget) {
        out.add(k);
      }
    }
    out.sort(Comparator.comparingInt(k -> gradlab.math.EditDistance.between(lower, k.toLowerCase(Locale.ROOT))));
    return out.size() > 3 ? out.subList(0, 3) : out;
  }
}

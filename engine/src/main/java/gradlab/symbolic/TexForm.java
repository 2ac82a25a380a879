package gradlab.symbolic;

import java.util.regex.Pattern;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IStringX;

/** LaTeX via Symja's {@code TeXForm}, with indexed names as subscripts and named activations. */
final class TexForm {
  private static final Pattern INDEXED = Pattern.compile("(\\\\?[A-Za-z]+?)(\\d+)\\b");

  private TexForm() {}

  static String format(IExpr e) {
    IExpr tex = F.eval(F.function(F.symbol("TeXForm"), e));
    String s = SymjaNames.decodeAll(tex instanceof IStringX str ? str.toString()
        : tex.toString());
    s = s.replace("relu", "\\operatorname{ReLU}").replace("leaky\\operatorname{ReLU}",
            "\\operatorname{LeakyReLU}")
        .replace("softplus", "\\operatorname{softplus}").replace("gelu", "\\operatorname{GELU}")
        .replace("elu(", "\\operatorname{ELU}(").replace("HeavisideTheta", "H")
        .replace("ProductLog", "W");
    return INDEXED.matcher(s).replaceAll("$1_{$2}");
  }
}

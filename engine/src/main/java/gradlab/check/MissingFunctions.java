package gradlab.check;

import gradlab.symbolic.SymbolicEngine;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a step with no numeric value lacks: the functions it applies that the text does not
 * define and the engine does not know, and how to give them. {@code w_new = w − η·C′(w)} said
 * only "the sides have no numeric value (undefined functions or names?)" (found by a tester).
 * It words a message; it decides nothing.
 */
final class MissingFunctions {
  private static final Pattern CALL = Pattern.compile(
      "(?<![\\p{L}0-9_$])(\\p{L}[\\p{L}0-9_]*)('*)\\(");
  private static final Set<String> WRITING = Set.of("pd", "dd", "d", "D", "diff", "subs", "N");

  /** A variance or covariance as {@link LatexNames#readable} shows it (Var as V_ar). */
  private static final Pattern MOMENT = Pattern.compile("(?i)V_{0,1}ar|C_{0,1}ov");

  private MissingFunctions() {}

  /** The reason of a step whose sides had no numeric value at any point tried. */
  static String reason(CheckContext ctx, String lhs, String rhs) {
    Set<String> missing = of(ctx, lhs + " " + rhs);
    if (missing.isEmpty()) {
      return "neither proved nor comparable: the sides have no numeric value (undefined "
          + "functions or names?)";
    }
    String index = missing.stream().filter(n -> n.endsWith("_")).findFirst().orElse(null);
    if (index != null) { // a_(i-1): "a_ is a function …; define a_(x) = x^2" misled a student
      String family = index.substring(0, index.length() - 1);
      return "neither proved nor comparable: the sides have no numeric value: " + index
          + "(…) is read as a member of the family " + family + " with an index in brackets, "
          + "which the checker does not write out for a symbolic index; hint: write the "
          + "member with a number (" + family + "_1) or define each member used";
    }
    String moment = missing.stream().filter(n -> MOMENT.matcher(n).matches()).findFirst()
        .orElse(null);
    if (moment != null) { // Var(2X): "V_ar is a function …; define V_ar(x) = x^2" (user37)
      return "neither proved nor comparable: the sides have no numeric value: Var(…) and "
          + "Cov(…) here were not read as moments of random variables (the checker reads them of "
          + "named variables, in a Markdown text between $$ … $$ and in a plain-text line)";
    }
    String one = missing.iterator().next();
    boolean several = missing.size() > 1;
    return "neither proved nor comparable: the sides have no numeric value: "
        + String.join(", ", missing) + (several ? " are functions" : " is a function")
        + " the text applies but does not define; hint: define " + (several ? "them" : "it")
        + " before this step, e.g. " + one + "(x) = x^2 (a Markdown text: $" + one
        + "(x) = x^2$)";
  }

  /** The heads of calls in {@code text} that are neither the text's functions nor known. */
  static Set<String> of(CheckContext ctx, String text) {
    Set<String> defined = new TreeSet<>();
    ctx.functionRules().forEach(r -> defined.add(r.name()));
    ctx.definitions().forEach(d -> defined.add(d.name()));
    Set<String> out = new TreeSet<>();
    Matcher m = CALL.matcher(text);
    while (m.find()) {
      String name = m.group(1);
      if (!defined.contains(name) && !WRITING.contains(name)
          && !KNOWN.contains(name.toLowerCase(Locale.ROOT))) {
        out.add(LatexNames.readable(name));
      }
    }
    return out;
  }

  /** The engine's functions and the language's, lower-cased. */
  private static final Set<String> KNOWN = known();

  private static Set<String> known() {
    Set<String> out = new TreeSet<>(Set.of("sqrt", "abs", "exp", "log", "ln", "sin", "cos",
        "tan", "sigma", "relu", "tanh", "softplus", "max", "min", "sum", "product", "list"));
    SymbolicEngine.knownNames().forEach(n -> out.add(n.toLowerCase(Locale.ROOT)));
    return out;
  }
}

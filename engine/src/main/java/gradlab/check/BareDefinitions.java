package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name a formula in bare text gives a meaning to ({@code C = 1/2 (y - a)^2},
 * {@code w_new = w - η g}, {@code f(x) = x^2}) and that name's meaning in the text so far, so
 * that a bare definition that cannot be read is known to leave the name unread: the steps after
 * it that use the name are not checked, never checked against its old meaning (user22's 03:
 * the cross-entropy C written after the MSE one).
 */
final class BareDefinitions {
  /** A name given a meaning: its engine name, the right side, and whether one relation. */
  record Head(String name, String rhs, boolean single) {}

  private static final Pattern HEAD = Pattern.compile("^\\s*(\\p{L}[\\p{L}\\p{N}_]*"
      + "(?:_\\{[^{}]*\\})?)\\s*(?:\\(\\s*\\p{L}[\\p{L}\\p{N}_]*(?:\\s*,\\s*\\p{L}[\\p{L}\\p{N}_]*)*"
      + "\\s*\\))?\\s*:?=(?!=)(.*)$");

  /** A name with a capital, not applied: C, C0, dC (the d of dC/dz is split off later). */
  private static final Pattern CAPITAL_NAME = Pattern.compile(
      "(?<![\\p{L}\\p{N}_])([A-Za-z][A-Za-z0-9_]*)(?![\\p{L}\\p{N}_(])");
  /** The engine's constants, as the LaTeX reader writes them in engine syntax. */
  private static final java.util.Set<String> CONSTANTS = java.util.Set.of("E", "I", "Pi",
      "Infinity");

  private BareDefinitions() {}

  /**
   * {@code text} with each name that has a capital as the LaTeX reader names it (C as capc,
   * C0 as capc0): a bare C = 1/2 (y - a)^2 defined a C that $\\frac{\\partial C}{\\partial z}$
   * did not see ("C is not defined in the text").
   */
  static String asLatexNames(String text, java.util.Map<String, String> shown) {
    return CAPITAL_NAME.matcher(text).replaceAll(m -> {
      String n = m.group(1);
      if (n.equals(n.toLowerCase(java.util.Locale.ROOT)) || CONSTANTS.contains(n)) {
        return Matcher.quoteReplacement(n);
      }
      boolean differential = n.length() > 1 && n.charAt(0) == 'd'
          && Character.isUpperCase(n.charAt(1)) && m.end() < text.length()
          && text.substring(m.end()).stripLeading().startsWith("/"); // dC/dz: d, then C
      String name = differential ? n.substring(1) : n;
      shown.put(LatexNames.safe(name), name); // the report shows C, not capc
      return Matcher.quoteReplacement((differential ? "d" : "") + LatexNames.safe(name));
    });
  }

  /** The head of {@code text}, a bare run; null where it gives no name a meaning. */
  static Head head(String text) {
    Matcher m = HEAD.matcher(text);
    if (!m.matches()) {
      return null;
    }
    String name = PlainNames.asEngineNames(m.group(1).replaceAll("[{}]", ""));
    if (!name.matches("[A-Za-z][A-Za-z0-9_]*")) {
      return null;
    }
    String rhs = m.group(2);
    return new Head(name, rhs, !BareTextRuns.RELATION.matcher(rhs).find());
  }

  /** The meaning {@code name} has in the text so far (a definition, a value, a rule); or null. */
  static Object meaning(DocumentRun run, String name) {
    for (var d : run.ctx.definitions()) {
      if (d.name().equals(name)) {
        return d;
      }
    }
    if (run.ctx.point().containsKey(name)) {
      return run.ctx.point().get(name);
    }
    for (var f : run.ctx.functionRules()) {
      if (f.name().equals(name)) {
        return f;
      }
    }
    return null;
  }
}

package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Σ or Π over the values of a variable written with scripts ({@code \sum_{x^{(i)}=0}^1},
 * Goodfellow's mean of a Bernoulli variable, or {@code \sum_{y_i=0}^{1}}) is a sum over those
 * integers like any other: the index is renamed to a letter the formula does not use
 * ({@code \sum_{v=0}^{1} v \theta^{v} …}), which the reader writes out term by term. Only
 * where every occurrence of the scripted name in the body is written exactly as in the bound
 * (spaces aside); otherwise the sum is left as written and refused as before, never read with
 * an occurrence left free.
 */
final class ValueSums {
  private static final Pattern SUM = Pattern.compile(
      "\\\\(sum|prod)(\\\\limits)?\\s*_\\{\\s*([A-Za-z](?:\\s*[_^]\\s*(?:\\{[^{}]*(?:\\{[^{}]*\\}"
          + "[^{}]*)*\\}|[A-Za-z0-9]))+)\\s*=\\s*(-?\\d+)\\s*\\}\\s*\\^\\s*(\\{\\s*-?\\d+\\s*\\}"
          + "|\\d)");
  private static final String FRESH = "vuqrkabcdst";

  private ValueSums() {}

  /** {@code latex} with each Σ/Π over a scripted name with integer bounds over a fresh letter. */
  static String renamed(String latex) {
    if (!latex.contains("sum") && !latex.contains("prod")) {
      return latex;
    }
    String out = latex;
    for (int guard = 0; guard < 8; guard++) {
      String next = renameFirst(out);
      if (next.equals(out)) {
        return out;
      }
      out = next;
    }
    return out;
  }

  private static String renameFirst(String latex) {
    Matcher m = SUM.matcher(latex);
    while (m.find()) {
      String letter = fresh(latex);
      if (letter == null) {
        return latex;
      }
      LatexCursor c = new LatexCursor(latex.substring(m.end()));
      String body;
      try {
        body = c.restOfSummand();
      } catch (UnsupportedLatexException e) {
        continue;
      }
      Pattern name = spaced(m.group(3));
      String set = name.matcher(body).replaceAll(Matcher.quoteReplacement("{" + letter + "}"));
      if (set.equals(body) || stillWritten(set, m.group(3))) {
        continue; // the index unused, or written another way in the body: left as it is
      }
      int end = m.end() + body.length();
      return latex.substring(0, m.start()) + "\\" + m.group(1) + "_{" + letter + "="
          + m.group(4) + "}^" + m.group(5) + " " + set + latex.substring(end);
    }
    return latex;
  }

  /** The name as a pattern that allows spaces between its characters. */
  private static Pattern spaced(String name) {
    StringBuilder b = new StringBuilder();
    for (char ch : name.replaceAll("\\s+", "").toCharArray()) {
      if (b.length() > 0) {
        b.append("\\s*");
      }
      b.append(Pattern.quote(String.valueOf(ch)));
    }
    return Pattern.compile("(?<![A-Za-z\\\\])" + b + (Character.isLetterOrDigit(
        name.charAt(name.length() - 1)) ? "(?![A-Za-z0-9])" : ""));
  }

  /** Whether the body still writes the name's letter with scripts (x^{ (i) } left free?). */
  private static boolean stillWritten(String body, String name) {
    return Pattern.compile("(?<![A-Za-z\\\\])" + Pattern.quote(name.substring(0, 1))
        + "\\s*[_^]").matcher(body).find();
  }

  /** A letter that does not stand alone anywhere in {@code latex}, or null. */
  private static String fresh(String latex) {
    for (char ch : FRESH.toCharArray()) {
      if (!Pattern.compile("(?<![A-Za-z\\\\])" + ch + "(?![A-Za-z])").matcher(latex).find()) {
        return String.valueOf(ch);
      }
    }
    return null;
  }
}

package gradlab.check;

import gradlab.math.Greek;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LaTeX pasted into a plain-text derivation without dollar signs, as students copy it from a
 * chat or a note: {@code \frac{dL}{dw} = -(1 - \sigma(w x)) x}, {@code \frac12 x^2},
 * {@code \dfrac{d}{dx}\left( x^2 \right)}, {@code a \cdot b}. Every such line was "not checked:
 * cannot read: LaTeX in a file read as the engine-syntax format" (found by a new-user tester,
 * user39). The few commands of such lines are written as the plain text reads them: fractions
 * as bracketed quotients (a derivative fraction as dL/dw, d/dx, ∂L/∂w), Greek letters as
 * themselves, \cdot and \times as *, \left and \right dropped, \sqrt{a} as sqrt(a), and a
 * function before one call, {@code \log \sigma(w x)}, applied to it. A line with any other
 * command is left as typed (and so not checked, as before): nothing is guessed.
 */
final class LatexInPlainLines {
  private static final Pattern COMMAND = Pattern.compile("\\\\[A-Za-z]+|\\\\[,;:! ]");
  /** The commands other than Greek letters (those are the math language's {@link Greek}). */
  private static final Map<String, String> WORDS = Map.ofEntries(
      Map.entry("sigma", "σ"), // the sigmoid's letter, which the math language's Greek omits
      Map.entry("log", "log"), Map.entry("ln", "ln"), Map.entry("exp", "exp"),
      Map.entry("tanh", "tanh"), Map.entry("sin", "sin"), Map.entry("cos", "cos"),
      Map.entry("cdot", "*"), Map.entry("times", "*"), Map.entry("partial", "∂"),
      Map.entry("left", ""), Map.entry("right", ""), Map.entry("big", ""), Map.entry("Big", ""),
      Map.entry("quad", " "), Map.entry("qquad", " "));
  private static final Pattern HAT = Pattern.compile("\\\\hat\\s*\\{\\s*([A-Za-z])\\s*\\}");
  private static final Pattern FRACTION = Pattern.compile("\\\\[dt]?frac\\s*");
  private static final Pattern DERIVATIVE_PART = Pattern.compile("(d|∂)\\s*([\\p{L}][\\p{L}0-9_]*)?");
  private static final Pattern FUNCTION_BEFORE_CALL = Pattern.compile(
      "(?<![\\p{L}])(log|ln|exp|tanh|sin|cos)\\s+(\\p{L})\\(([^()]*)\\)(?=\\s*(?:$|[-+=)−]))");

  private LatexInPlainLines() {}

  /** {@code line} with its LaTeX written as plain text, or null where it has none or other. */
  static String read(String line) {
    if (line.indexOf('\\') < 0) {
      return null;
    }
    String s = fractions(line);
    if (s == null) {
      return null;
    }
    s = java.text.Normalizer.normalize(HAT.matcher(s).replaceAll("$1\u0302"),
        java.text.Normalizer.Form.NFC); // \hat{y}: ŷ, as a phone types it
    s = s.replaceAll("\\\\[dt]?sqrt\\s*\\{([^{}]*)\\}", "sqrt($1)");
    Matcher m = COMMAND.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String word = m.group().substring(1);
      String plain = word.length() == 1 ? " " : WORDS.getOrDefault(word, greek(word));
      if (plain == null) {
        return null; // a command this does not know: left as typed
      }
      boolean letterNext = m.end() < s.length() && Character.isLetterOrDigit(s.charAt(m.end()));
      m.appendReplacement(out, Matcher.quoteReplacement(letterNext && !plain.isEmpty()
          ? plain + " " : plain)); // \log\sigma: log σ; \sigma(z): σ(z), never σ (z)
    }
    m.appendTail(out);
    String plain = out.toString();
    if (plain.indexOf('\\') >= 0) {
      return null;
    }
    plain = FUNCTION_BEFORE_CALL.matcher(plain).replaceAll("$1($2($3))");
    return plain.replaceAll("[ \\t]+", " ").replaceAll("\\s+([)\\]])", "$1")
        .replaceAll("([(\\[])\\s+", "$1").strip();
  }

  /** The letter a Greek command names (\alpha, \varepsilon, \Gamma), or null. */
  private static String greek(String command) {
    String name = Greek.VARIANTS.getOrDefault(command, command);
    return Greek.letters().getOrDefault(name, Greek.CAPITALS.get(command));
  }

  /** {@code s} with every fraction written out, or null where one cannot be read. */
  private static String fractions(String s) {
    Matcher m = FRACTION.matcher(s);
    while (m.find()) {
      int i = m.end();
      String[] parts = new String[2];
      for (int k = 0; k < 2; k++) {
        if (i >= s.length()) {
          return null;
        }
        if (s.charAt(i) == '{') {
          int close = TopLevel.closing(s, i, "{", "}");
          if (close < 0) {
            return null;
          }
          parts[k] = s.substring(i + 1, close);
          i = close + 1;
        } else if (Character.isLetterOrDigit(s.charAt(i))) {
          parts[k] = s.substring(i, i + 1); // \frac12
          i++;
        } else {
          return null;
        }
      }
      String num = parts[0].replace("\\partial", "∂").strip();
      String den = parts[1].replace("\\partial", "∂").strip();
      Matcher top = DERIVATIVE_PART.matcher(num);
      Matcher bottom = DERIVATIVE_PART.matcher(den);
      String written;
      if (top.matches() && bottom.matches() && bottom.group(2) != null
          && top.group(1).equals(bottom.group(1))) {
        written = " " + num.replace(" ", "") + "/" + den.replace(" ", "") + " "; // dL/dw
      } else if (num.contains("∂") || den.contains("∂") || num.matches("d\\s*(\\^|²).*")) {
        return null; // \frac{\partial^2 L}{\partial w^2}: not written out here
      } else if (num.matches("[0-9]+|\\p{L}") && den.matches("[0-9]+|\\p{L}")) {
        written = "(" + num + "/" + den + ")"; // \frac12, \frac{1}{2}: (1/2)
      } else {
        written = "((" + num + ")/(" + den + "))";
      }
      s = s.substring(0, m.start()) + written + s.substring(i);
      m = FRACTION.matcher(s);
    }
    return s;
  }
}

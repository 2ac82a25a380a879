package gradlab.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lecturer's own macros, expanded before reading: {@code \newcommand{\sig}{\sigma}},
 * {@code \renewcommand}, {@code \def\sig{\sigma}}, {@code \DeclareMathOperator{\sgm}{sgm}}
 * (upright, as {@code \operatorname{sgm}}) and macros with arguments
 * ({@code \newcommand{\pd}[2]{\frac{\partial #1}{\partial #2}}}, arguments in braces). Every
 * later step of a .tex file that used one was "cannot read: \sig" (found by a lecturer). A
 * macro with an optional argument's default, or one that uses itself, is left as written.
 */
final class TexMacros {
  private static final Pattern DEFINITION = Pattern.compile(
      "\\\\(?:re)?newcommand\\*?\\s*\\{?\\s*\\\\([A-Za-z]+)\\s*\\}?\\s*(?:\\[(\\d)\\])?\\s*(?=\\{)"
      + "|\\\\def\\s*\\\\([A-Za-z]+)\\s*(?=\\{)"
      + "|\\\\DeclareMathOperator\\*?\\s*\\{\\s*\\\\([A-Za-z]+)\\s*\\}\\s*(?=\\{)");
  private static final int DEPTH = 5;

  private TexMacros() {}

  /** {@code text} with the macros it defines expanded (a text without any is returned as is). */
  static String expand(String text) {
    Map<String, String[]> macros = new LinkedHashMap<>(); // name → {arity, body}
    Matcher m = DEFINITION.matcher(text);
    List<int[]> spans = new ArrayList<>();
    while (m.find()) {
      int open = m.end();
      int close = closing(text, open);
      if (close < 0) {
        continue;
      }
      String body = text.substring(open + 1, close);
      String name = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(4);
      String arity = m.group(2) == null ? "0" : m.group(2);
      if (m.group(4) != null) {
        body = "\\operatorname{" + body.strip() + "}";
      }
      if (!Pattern.compile("\\\\" + name + "(?![A-Za-z])").matcher(body).find()) {
        macros.put(name, new String[] {arity, body});
      }
      spans.add(new int[] {m.start(), close + 1});
    }
    if (macros.isEmpty()) {
      return text;
    }
    StringBuilder blanked = new StringBuilder(text); // the definitions are not formulas
    for (int[] s : spans) {
      for (int k = s[0]; k < s[1]; k++) {
        if (blanked.charAt(k) != '\n') {
          blanked.setCharAt(k, ' ');
        }
      }
    }
    String out = blanked.toString();
    for (int round = 0; round < DEPTH; round++) {
      String before = out;
      for (Map.Entry<String, String[]> e : macros.entrySet()) {
        out = use(out, e.getKey(), Integer.parseInt(e.getValue()[0]), e.getValue()[1]);
      }
      if (out.equals(before)) {
        break;
      }
    }
    return out;
  }

  /** Every use of {@code \name} with its {@code arity} braced arguments replaced by the body. */
  private static String use(String text, String name, int arity, String body) {
    Matcher m = Pattern.compile("\\\\" + name + "(?![A-Za-z])").matcher(text);
    StringBuilder b = new StringBuilder();
    int from = 0;
    while (m.find(from)) {
      int at = m.end();
      String expanded = body;
      boolean ok = true;
      for (int k = 1; k <= arity; k++) {
        while (at < text.length() && text.charAt(at) == ' ') {
          at++;
        }
        int close = at < text.length() && text.charAt(at) == '{' ? closing(text, at) : -1;
        if (close < 0) {
          ok = false;
          break;
        }
        expanded = expanded.replace("#" + k, text.substring(at + 1, close));
        at = close + 1;
      }
      if (!ok) {
        b.append(text, from, m.end());
        from = m.end();
        continue;
      }
      b.append(text, from, m.start()).append(expanded); // as TeX expands: no group added
      if (arity == 0 && at < text.length() && Character.isLetter(text.charAt(at))
          && expanded.matches(".*\\\\[A-Za-z]+")) {
        b.append(' '); // \sig x: \sigma x, never \sigmax
      }
      from = at;
    }
    b.append(text.substring(from));
    return b.toString();
  }

  /** The index of the brace that closes the one at {@code open} (after a backslash, none), or −1. */
  static int closing(String s, int open) {
    int depth = 0;
    for (int k = open; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c == '\\') {
        k++;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return k;
      }
    }
    return -1;
  }
}

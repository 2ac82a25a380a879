package gradlab.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A vector the text writes out by its components, {@code \mathbf{x} = [x_1, x_2]^\top}
 * (d2l's "a two-dimensional vector"), and what is read of it: in the section that states it
 * (from the line that does to the next heading), a function applied to the vector,
 * {@code f(\mathbf{x})}, is the function of its components, {@code f(x_1, x_2)}, so that
 * {@code f(\mathbf{x}) = x_1^2 + 2x_2^2} defines f and {@code \nabla f(\mathbf{x})} is the list
 * of its partial derivatives ({@link LatexVectors#nabla}), as is {@code \nabla_{\mathbf{x}} f};
 * a norm {@code \|\mathbf{x}\|} is the norm of the written-out list. The statement itself
 * defines no quantity x (x is a vector, and the same letter may be a number in the next
 * section): {@link #isStatement} lets the run list it.
 * Every component must be a plain name, and a vector written out twice differently is not read.
 */
final class WrittenOutVectors {
  private static final String BOLD = "\\\\(?:mathbf|boldsymbol|bm|vec)\\{([A-Za-z])\\}";
  private static final String COMPONENT = "[A-Za-z](?:_\\{?[A-Za-z0-9]+\\}?)?";
  private static final String TRANSPOSE = "(?:\\^\\\\top|\\^T|\\^\\{\\\\top\\}|\\^\\{T\\}"
      + "|\\^\\\\intercal)?";
  private static final Pattern STATEMENT = Pattern.compile(BOLD + "\\s*=\\s*(?:\\\\left)?\\[\\s*("
      + COMPONENT + "(?:\\s*,\\s*" + COMPONENT + ")+)\\s*(?:\\\\right)?\\]\\s*" + TRANSPOSE);

  /** A bold name given a value or a formula (an update x ← … keeps its components). */
  private static final Pattern ASSIGNED = Pattern.compile(BOLD + "\\s*=");

  private WrittenOutVectors() {}

  /** Whether a statement (LaTeX) is exactly a vector written out by its components. */
  static boolean isStatement(String latex) {
    return STATEMENT.matcher(latex.strip().replaceAll("[.,]$", "").strip()).matches();
  }

  /** The document with each written-out vector read by its components in its section. */
  static String rewrite(String text) {
    if (!text.contains("[") || !STATEMENT.matcher(text).find()) {
      return text;
    }
    String[] lines = text.split("\n", -1);
    Map<String, String> components = new LinkedHashMap<>(); // the current section's vectors
    Map<String, String> conflicting = new LinkedHashMap<>();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (i == 0 || line.startsWith("#")) {
        components.clear();
        conflicting.clear();
        for (int j = i + 1; j < lines.length && !lines[j].startsWith("#"); j++) {
          collect(lines[j], components, conflicting);
        }
        conflicting.keySet().forEach(components::remove);
        // a vector is read from the line that states it on: collected again line by line
        components.clear();
      }
      collect(line, components, conflicting);
      conflicting.keySet().forEach(components::remove);
      out.add(applied(line, components));
    }
    return String.join("\n", out);
  }

  private static void collect(String line, Map<String, String> components,
      Map<String, String> conflicting) {
    Matcher given = ASSIGNED.matcher(line); // x = [3, 4] too: then x is not only its components
    while (given.find()) {
      Matcher whole = STATEMENT.matcher(line);
      if (!whole.find(given.start()) || whole.start() != given.start()) {
        conflicting.put(given.group(1), "");
      }
    }
    Matcher m = STATEMENT.matcher(line);
    while (m.find()) {
      String items = m.group(2).replaceAll("\\s+", " ");
      String known = components.putIfAbsent(m.group(1), items);
      if (known != null && !known.equals(items)) {
        conflicting.put(m.group(1), items);
      }
    }
  }

  /**
   * {@code f(\mathbf{x})} → {@code f(x_1, x_2)}, {@code \nabla_{\mathbf{x}}} →
   * {@code \nabla_{x_1, x_2}}, {@code \|\mathbf{x}\|} → the list's norm.
   */
  private static String applied(String line, Map<String, String> components) {
    String s = line;
    for (Map.Entry<String, String> e : components.entrySet()) {
      String bold = "\\\\(?:mathbf|boldsymbol|bm|vec)\\{" + e.getKey() + "\\}";
      String list = Matcher.quoteReplacement(e.getValue());
      s = s.replaceAll("(?<=[A-Za-z]|\\\\ell)\\(\\s*" + bold + "\\s*\\)", "(" + list + ")");
      s = s.replaceAll("\\\\nabla_\\{?\\s*" + bold + "\\s*\\}?", "\\\\nabla_{" + list + "}");
      s = s.replaceAll("(\\\\\\||\\\\lVert|\\\\Vert)\\s*" + bold + "\\s*(\\\\\\||\\\\rVert"
          + "|\\\\Vert)", "$1[" + list + "]$2");
    }
    return s;
  }
}

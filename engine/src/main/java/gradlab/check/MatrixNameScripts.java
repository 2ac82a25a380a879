package gradlab.check;

/**
 * The index scripts of a name the matrix reading reads ({@code k_i}, {@code h^{(1)}},
 * {@code w^*}), as the name is shown. Moved out of {@link MatrixParser} (over 300 lines) as pure
 * movement; no behaviour change. Stateless.
 */
final class MatrixNameScripts {
  private MatrixNameScripts() {}

  /** {@code base} with the scripts that follow at {@code c}, which passes them. */
  static String scripts(LatexCursor c, String base) {
    StringBuilder shown = new StringBuilder(base);
    while (true) {
      if (c.peek() == '_') {
        c.advance();
        String sub = c.rawGroupOrToken().strip();
        if (sub.matches("[A-Za-z]\\s*_\\s*(\\{\\s*[A-Za-z0-9]\\s*\\}|[A-Za-z0-9])")) {
          shown.append("_{").append(sub.replaceAll("[{}\\s]", "")).append("}"); // c_{y_i}
          continue;
        }
        if (!sub.matches("[A-Za-z0-9]+|[A-Za-z0-9]+[-+][0-9]")) {
          throw new UnsupportedLatexException("matrix reading: the subscript _{" + sub + "}");
        }
        shown.append(sub.length() == 1 ? "_" + sub : "_{" + sub + "}");
      } else if (c.startsWith("^{(") || c.startsWith("^*") || c.startsWith("^{*}")) {
        int at = c.position();
        c.advance();
        String sup = c.rawGroupOrToken().strip();
        if (!sup.matches("\\([A-Za-z0-9+-]+\\)|\\*")) {
          c.reset(at);
          break;
        }
        shown.append("^{").append(sup).append("}");
      } else {
        break;
      }
    }
    return shown.toString();
  }
}

package gradlab.check;

import gradlab.check.MatrixExpr.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses one side of a relation (LaTeX) into a {@link MatrixExpr}: bold and capital names,
 * transposes ({@code ^T}, {@code ^\top}, {@code ^{\top}}, {@code ^\intercal}, {@code ^⊤}, and
 * {@code '} after a bold or capital name or a bracket), inverses {@code ^{-1}}, products written
 * side by side or with {@code \cdot}, sums, {@code \frac}, ⊙, norms {@code \|x\|} and
 * {@code \|x\|^2}, σ/exp/log/tanh/√/ReLU entry by entry, and gradients ({@code \frac{\partial
 * f}{\partial \mathbf{W}}}, {@code \partial_{\mathbf{w}} f}, {@code \nabla_{\mathbf{w}} f}).
 * Index scripts ({@code k_i}, {@code h^{(1)}}) are part of a name. Anything else is refused
 * with {@link UnsupportedLatexException}: nothing is read as something it may not be.
 * Not thread-safe; one per side.
 */
final class MatrixParser {
  private static final Set<String> FUNCTIONS = Set.of("sigma", "exp", "log", "ln", "tanh");
  private static final Set<String> GREEK = LatexNames.GREEK;
  private static final Set<String> BOLD = Set.of("mathbf", "boldsymbol", "bm", "vec");
  private static final Set<String> NAMED = Set.of("mathrm", "operatorname", "text");
  private static final Set<String> ACCENTS = Set.of("hat", "tilde", "bar");

  private final LatexCursor c;
  private final MatrixScope scope;

  private MatrixParser(String latex, MatrixScope scope) {
    this.c = new LatexCursor(latex.replace("‖", "\\|").replace("⊤", "\\top")
        .replace("\\lVert", "\\|").replace("\\rVert", "\\|").replace("\\Vert", "\\|")
        .replaceAll("\\\\right\\s*\\\\\\|", "\\\\|").replaceAll("\\\\left\\s*\\\\\\|", "\\\\|")
        .replaceAll("\\\\(right|bigr|Bigr|big|Big)\\s*(?=[)\\]])", "")
        .replaceAll("\\\\(left|bigl|Bigl|big|Big)\\s*(?=[(\\[])", "")
        .replaceAll("(\\\\quad|\\\\qquad|[.,;\\s])+$", "").strip());
    this.scope = scope;
  }

  /** {@code latex} parsed; a name in {@code definitions} is read as its definition. */
  static MatrixExpr parse(String latex, Map<String, MatrixExpr> definitions) {
    return parse(latex, MatrixScope.of(definitions));
  }

  /** {@code latex} parsed; names and functions in {@code scope} are read as defined there. */
  static MatrixExpr parse(String latex, MatrixScope scope) {
    MatrixParser p = new MatrixParser(latex, scope);
    MatrixExpr e = p.expression();
    p.c.skipSpacing();
    if (!p.c.atEnd()) {
      throw new UnsupportedLatexException("matrix reading: '" + p.c.rest() + "' not read");
    }
    return e;
  }

  private MatrixExpr expression() {
    c.skipSpacing();
    MatrixExpr e;
    if (c.peek() == '-') {
      c.advance();
      e = new MatrixExpr.Negation(term());
    } else {
      if (c.peek() == '+') {
        c.advance();
      }
      e = term();
    }
    while (true) {
      c.skipSpacing();
      if (c.peek() == '+' || c.peek() == '-') {
        boolean minus = c.peek() == '-';
        c.advance();
        e = new MatrixExpr.Sum(e, term(), minus);
      } else {
        return e;
      }
    }
  }

  private MatrixExpr term() {
    MatrixExpr e = factor();
    while (true) {
      c.skipSpacing();
      if (c.atCommand("cdot")) {
        c.advance(5);
        e = new MatrixExpr.Dot(e, factor());
      } else if (c.atCommand("odot")) {
        c.advance(5);
        e = new MatrixExpr.Hadamard(e, factor());
      } else if (c.peek() == '/') {
        c.advance();
        e = new MatrixExpr.Quotient(e, factor());
      } else if (startsFactor()) {
        e = new MatrixExpr.Product(e, factor());
      } else {
        return e;
      }
    }
  }

  private boolean startsFactor() {
    char ch = c.peek();
    if (ch == '\0' || ch == '+' || ch == '-' || ch == ')' || ch == ']' || ch == '}'
        || ch == '=' || ch == '/' || ch == '^' || ch == '_') {
      return false;
    }
    return !(c.atCommand("right") || c.atCommand("cdot") || c.atCommand("odot"));
  }

  private MatrixExpr factor() {
    MatrixExpr e = primary();
    while (true) {
      if (c.peek() == '\'') {
        if (e instanceof MatrixExpr.Name n && n.kind() == Kind.OPEN) {
          throw new UnsupportedLatexException("matrix reading: " + n.shown() + "' (a transpose"
              + " or a derivative?)");
        }
        c.advance();
        e = new MatrixExpr.Transpose(e);
      } else if (c.peek() == '^') {
        c.advance();
        e = superscript(e);
      } else {
        return e;
      }
    }
  }

  private MatrixExpr superscript(MatrixExpr e) {
    String sup = c.rawGroupOrToken().strip();
    if (sup.equals("\\")) { // ^\top written without braces
      sup = "\\" + c.letters();
    }
    String mark = sup.replaceAll("\\s", "");
    if (mark.equals("T") || mark.equals("\\top") || mark.equals("\\intercal")
        || mark.equals("\\mathsf{T}") || mark.equals("\\mathrm{T}")) {
      if (e instanceof MatrixExpr.Name n && n.kind() == Kind.OPEN) {
        e = new MatrixExpr.Name(n.shown(), Kind.VECTOR); // x^⊤ of a plain x: a vector
      }
      return new MatrixExpr.Transpose(e);
    }
    if (mark.equals("-1")) {
      return new MatrixExpr.Inverse(e);
    }
    if (mark.matches("[1-4]")) {
      return new MatrixExpr.Power(e, Integer.parseInt(mark));
    }
    throw new UnsupportedLatexException("matrix reading: the superscript ^{" + sup + "}");
  }

  private MatrixExpr primary() {
    c.skipSpacing();
    char ch = c.peek();
    if (Character.isDigit(ch) || ch == '.') {
      return new MatrixExpr.Number(Double.parseDouble(c.number()));
    }
    if (ch == '(' || ch == '[' || ch == '{') {
      if (ch == '[' && c.bracketHoldsComma()) {
        throw new UnsupportedLatexException("matrix reading: a vector written out");
      }
      String inside = c.rawBracket();
      return parse(inside, scope);
    }
    if (c.startsWith("\\|")) {
      c.advance(2);
      int end = c.find("\\|");
      if (end < 0) {
        throw new UnsupportedLatexException("matrix reading: a norm that is not closed");
      }
      MatrixExpr inner = parse(c.between(c.position(), end), scope);
      c.reset(end + 2);
      if (c.peek() == '_') {
        c.advance();
        if (!c.rawGroupOrToken().strip().matches("2|F")) { // ‖W‖_F: the entries' norm
          throw new UnsupportedLatexException("matrix reading: a norm other than ‖·‖₂");
        }
      }
      if (c.startsWith("^2") || c.startsWith("^{2}")) {
        c.advance(c.startsWith("^2") ? 2 : 4);
        return new MatrixExpr.Norm(inner, true);
      }
      return new MatrixExpr.Norm(inner, false);
    }
    if (Character.isLetter(ch)) {
      c.advance();
      if (ch == 'e' && c.peek() == '^') {
        throw new UnsupportedLatexException("matrix reading: e^… (Euler's number or a name?)");
      }
      MatrixExpr plain = name(String.valueOf(ch), Character.isUpperCase(ch) ? Kind.MATRIX
          : Kind.OPEN);
      if (c.peek() == '(') { // J(W): J applied to W, or J times W?
        throw new UnsupportedLatexException("matrix reading: " + ch + "(…), a function applied "
            + "or a product?");
      }
      return plain;
    }
    if (ch != '\\') {
      throw new UnsupportedLatexException("matrix reading: '" + ch + "'");
    }
    c.advance();
    String command = c.letters();
    if (BOLD.contains(command)) {
      String letter = c.rawGroupOrToken().strip();
      if (letter.matches("\\\\[A-Za-z]+") && GREEK.contains(letter.substring(1).toLowerCase(
          java.util.Locale.ROOT))) { // \boldsymbol{\Lambda}, \boldsymbol{\mu}
        return name(letter, Character.isUpperCase(letter.charAt(1)) ? Kind.MATRIX : Kind.VECTOR);
      }
      if (letter.equals("0")) { // \mathbf{0}, \vec{0}: a zero of any shape
        return new MatrixExpr.Number(0);
      }
      if (!letter.matches("[A-Za-z]")) {
        throw new UnsupportedLatexException("matrix reading: \\" + command + "{" + letter + "}");
      }
      return name(letter, Character.isUpperCase(letter.charAt(0)) ? Kind.MATRIX : Kind.VECTOR);
    }
    if (ACCENTS.contains(command)) {
      MatrixExpr inner = parse(c.rawGroupOrToken(), Map.of());
      if (!(inner instanceof MatrixExpr.Name n)) {
        throw new UnsupportedLatexException("matrix reading: \\" + command + " of a formula");
      }
      return name("\\" + command + "{" + n.shown() + "}", n.kind());
    }
    if (command.equals("frac") || command.equals("dfrac") || command.equals("tfrac")) {
      return MatrixDerivatives.fraction(c.rawGroup(), c.rawGroup(), this::term, scope);
    }
    if (command.equals("partial") || command.equals("nabla")) {
      if (c.peek() != '_') {
        throw new UnsupportedLatexException("matrix reading: \\" + command + " without a "
            + "variable");
      }
      c.advance();
      MatrixExpr wrt = parse(c.rawGroupOrToken(), Map.of());
      return MatrixDerivatives.gradient(term(), wrt);
    }
    if (NAMED.contains(command) && c.peek() == '{') {
      int at = c.position();
      String named = c.rawGroup().strip(); // softmax(𝐨) of a whole vector, ReLU entry by entry
      if (named.equals("softmax") || named.equalsIgnoreCase("relu")) {
        c.skipSpacing();
        if (c.peek() != '(') {
          throw new UnsupportedLatexException("matrix reading: " + named + " without brackets");
        }
        return new MatrixExpr.Apply(named.toLowerCase(java.util.Locale.ROOT), parse(c
            .rawBracket(), scope));
      }
      c.reset(at);
    }
    String word = MatrixWordNames.at(c, command);
    if (word != null) {
      return name(word, Kind.OPEN); // \mathrm{RSS}, \mathcal{L}: a loss named by a word
    }
    if (command.equals("sqrt")) {
      return new MatrixExpr.Apply("sqrt", parse(c.rawGroup(), scope));
    }
    if (FUNCTIONS.contains(command)) {
      c.skipSpacing();
      if (c.peek() == '(') {
        return new MatrixExpr.Apply(command.equals("ln") ? "log" : command,
            parse(c.rawBracket(), scope));
      }
      if (!command.equals("sigma")) {
        throw new UnsupportedLatexException("matrix reading: \\" + command + " without brackets");
      }
    }
    if (command.equals("sum")) { // Σ_{i=1}^{3}: written out (a symbolic bound is set first)
      if (c.atCommand("limits")) {
        c.advance(7);
      }
      MatrixSums.Bounds b = MatrixSums.bounds(c);
      return MatrixSums.written(b, term(), scope);
    }
    if (GREEK.contains(command) || command.equals("sigma")) {
      return name("\\" + command, Kind.OPEN);
    }
    throw new UnsupportedLatexException("matrix reading: \\" + command);
  }

  /** A name with its index scripts ({@code k_i}, {@code h^{(1)}}, {@code w^*}). */
  private MatrixExpr name(String base, Kind kind) {
    String n = MatrixNameScripts.scripts(c, base);
    MatrixFunction f = scope.functions().get(n);
    if (f != null && c.peek() == '(') {
      List<MatrixExpr> arguments = new ArrayList<>();
      for (String a : MatrixFunction.arguments(c.rawBracket())) {
        arguments.add(parse(a, scope));
      }
      return f.applied(arguments); // f(\bar{\mathbf{x}}): the body at the argument
    }
    if (kind == Kind.OPEN && c.peek() == '(') {
      throw new UnsupportedLatexException("matrix reading: " + n + "(…), a function applied or "
          + "a product?");
    }
    MatrixExpr defined = scope.names().get(n);
    return defined != null ? defined : new MatrixExpr.Name(n, kind);
  }
}

package gradlab.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Vectors written out, and what is read of them: {@code [a, b]} is the list {a, b}; the norm
 * {@code \|[3, 4]\|} of a vector written out is √(3² + 4²) ({@code _1}: the sum of absolute
 * values); {@code \nabla f(x, y)} and {@code \nabla_{x,y} f} are the lists of partial
 * derivatives [∂f/∂x, ∂f/∂y]; the indicator {@code \mathbb{1}_{x > 0}} is 1 where its condition
 * holds and 0 elsewhere, written with sign and abs so that it is exact at the boundary. A norm
 * of a vector that is not written out and ∇ without its variables are refused by name.
 */
final class LatexVectors {
  private LatexVectors() {}

  /** {a, b} from the items of a bracket already read ("a,b"). */
  static String list(String inner) {
    return "{" + String.join(",", TopLevel.split(inner, ',')) + "}";
  }

  /**
   * The norm whose opening delimiter the cursor has just passed; {@code close} is its closing
   * delimiter ({@code \|}, {@code \rVert}, {@code ‖} or {@code ||}).
   */
  static String norm(LatexReader r, String close) {
    LatexCursor c = r.cursor();
    int start = c.position();
    int end = c.find(close);
    if (end < 0) {
      // −D_{KL}(q ‖ p): the bar separates a divergence's two densities, it opens no norm
      throw new UnsupportedLatexException("‖ that opens no norm (a divergence D(q ‖ p) of "
          + "densities, or a norm that is not closed)");
    }
    String inner = r.readNested(c.between(start, end).replaceAll("\\\\right$|\\\\right\\s*$",
        "").strip());
    c.reset(end + close.length());
    String kind = "2";
    if (c.peek() == '_') {
      c.advance();
      kind = c.rawGroupOrToken().strip();
    }
    List<String> items = items(inner);
    if (items == null) {
      throw new UnsupportedLatexException("norms ‖x‖ of a vector that is not written out");
    }
    List<String> terms = new ArrayList<>();
    for (String item : items) {
      terms.add(kind.equals("1") ? "Abs(" + item + ")" : "(" + item + ")^2");
    }
    return switch (kind) {
      case "1" -> "(" + String.join("+", terms) + ")";
      case "2" -> "Sqrt(" + String.join("+", terms) + ")";
      default -> throw new UnsupportedLatexException("norms ‖x‖_" + kind);
    };
  }

  /**
   * The transpose mark at the cursor (after {@code ^}): {@code \top}, {@code T},
   * {@code {\top}}, {@code {T}} or {@code \intercal}, as written; else null.
   */
  static String transposeAt(LatexCursor c) {
    for (String mark : List.of("{\\top}", "{T}", "\\top", "\\intercal", "T")) {
      if (c.startsWith(mark) && !(mark.startsWith("\\") && Character.isLetter(c.peek(
          mark.length())))) {
        return mark;
      }
    }
    return null;
  }

  /** The components of a list literal {a,b} (or one bracketed list), else null. */
  private static List<String> items(String s) {
    String t = s.strip();
    while (t.startsWith("(") && t.endsWith(")") && TopLevel.split(t.substring(1,
        t.length() - 1), ',').size() == 1 && t.substring(1, t.length() - 1).strip()
        .startsWith("{")) {
      t = t.substring(1, t.length() - 1).strip();
    }
    if (!t.startsWith("{") || !t.endsWith("}")) {
      return null;
    }
    return TopLevel.split(t.substring(1, t.length() - 1), ',');
  }

  /** ∇ at the cursor (after the command): ∇f(x, y) or ∇_{x,y} f, as a list of partials. */
  static String nabla(LatexReader r) {
    LatexCursor c = r.cursor();
    List<String> vars = null;
    if (c.peek() == '_') {
      c.advance();
      vars = names(r, c.rawGroupOrToken());
    }
    c.skipSpacing();
    String f = functionName(r);
    if (f == null) {
      throw new UnsupportedLatexException("∇ of an expression (∇ is read of a named function: "
          + "∇f(x, y) or ∇_{x,y} f)");
    }
    String call = null;
    int afterName = c.position();
    c.skipBlanks(); // d2l's "\nabla f (x, y)": TeX ignores the space
    if (c.peek() != '(') {
      c.reset(afterName);
    }
    if (c.peek() == '(') {
      int save = c.position();
      String inner = c.rawBracket();
      List<String> args = names(r, inner);
      if (vars == null) {
        vars = args;
      }
      if (r.reading().functions().contains(f)) {
        call = f + "(" + String.join(",", args) + ")";
      } else if (vars != null && (args == null || !args.containsAll(vars))) {
        // ∇_θ L(θ_{t-1}): the gradient at a point; the point was dropped (or read as a factor),
        // so ∇L(θ₀) and ∇L(θ₁) were one value and a true step was ✗ (found by a TA)
        throw new UnsupportedLatexException("∇ of " + f + " at a point (" + inner.strip()
            + "), not at its variable: the gradient at a point of a function the text does not "
            + "define is not read");
      } else if (args == null) {
        c.reset(save);
      }
    }
    if (vars == null && call == null && r.reading().parameters().containsKey(f)) {
      vars = r.reading().parameters().get(f); // ∇L of L(w₁, w₂) = …: in its parameters
      call = f + "(" + String.join(",", vars) + ")";
    }
    if (vars == null || vars.isEmpty()) {
      throw new UnsupportedLatexException("∇" + f + " without its variables (write ∇f(x, y) or "
          + "∇_{x,y} f)");
    }
    List<String> parts = new ArrayList<>();
    for (String v : vars) {
      parts.add(call != null ? "dd(" + call + ", " + v + ")" : "pd(" + f + ", " + v + ")");
    }
    return vars.size() == 1 ? parts.get(0) : "{" + String.join(",", parts) + "}";
  }

  /** The name after ∇ ({@code f}, {@code L}, {@code \ell}, {@code J_1}), or null. */
  static String functionName(LatexReader r) {
    LatexCursor c = r.cursor();
    if (Character.isLetter(c.peek())) {
      char first = c.peek();
      c.advance();
      return LatexNames.safe(LatexScripts.name(r, String.valueOf(first)));
    }
    if (c.startsWith("\\")) {
      int save = c.position();
      c.advance();
      String cmd = c.letters();
      if (LatexNames.GREEK.contains(cmd)) {
        return LatexNames.safe(LatexScripts.name(r, LatexNames.greek(cmd)));
      }
      c.reset(save);
    }
    return null;
  }

  /** Comma-separated plain names ("x, y", "w_1, b"), read; null if one is not a name. */
  private static List<String> names(LatexReader r, String raw) {
    List<String> out = new ArrayList<>();
    for (String part : TopLevel.split(raw, ',')) {
      String n = r.readNested(part.strip());
      if (!EngineNames.is(n)) {
        return null;
      }
      out.add(n);
    }
    return out;
  }

  /**
   * The indicator at the cursor (after 𝟙, {@code \mathbb{1}} or {@code \mathbf{1}}): its
   * condition as a subscript {@code _{x > 0}} or in brackets {@code [x > 0]},
   * {@code (x > 0)}, {@code \{x > 0\}}.
   */
  static String indicator(LatexReader r) {
    LatexCursor c = r.cursor();
    c.skipSpacing();
    String condition;
    if (c.peek() == '_') {
      c.advance();
      condition = c.rawGroupOrToken();
    } else if (c.peek() == '[' || c.peek() == '(') {
      condition = c.rawBracket();
    } else if (c.startsWith("\\{")) {
      c.advance(2);
      int end = c.find("\\}");
      if (end < 0) {
        throw new UnsupportedLatexException("an indicator 𝟙\\{…\\} that is not closed");
      }
      condition = c.between(c.position(), end);
      c.reset(end + 2);
    } else {
      throw new UnsupportedLatexException("the indicator 𝟙 without a condition");
    }
    ChainSplitter.Chain chain = ChainSplitter.split(condition.replace("\\left", "")
        .replace("\\right", ""));
    if (chain.relations().size() != 1) {
      throw new UnsupportedLatexException("the indicator 𝟙 of a condition that is not one "
          + "comparison");
    }
    String a = "(" + r.readNested(chain.terms().get(0)) + ")";
    String b = "(" + r.readNested(chain.terms().get(1)) + ")";
    return "(" + switch (chain.relations().get(0)) {
      case GREATER -> positive(a, b);
      case LESS -> positive(b, a);
      case GREATER_EQUAL -> "1-" + positive(b, a);
      case LESS_EQUAL -> "1-" + positive(a, b);
      case EQUAL -> "1-Abs(Sign(" + a + "-" + b + "))";
      case APPROX -> throw new UnsupportedLatexException("the indicator 𝟙 of ≈");
    } + ")";
  }

  /** 1 where a > b, else 0 (also at a = b). */
  private static String positive(String a, String b) {
    String s = "Sign(" + a + "-" + b + ")";
    return "(" + s + "+Abs(" + s + "))/2";
  }
}

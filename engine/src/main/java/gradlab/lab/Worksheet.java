package gradlab.lab;

import gradlab.check.TopLevel;
import gradlab.symbolic.ChainRule;
import gradlab.symbolic.Definition;
import gradlab.symbolic.Definitions;
import gradlab.symbolic.Expr;
import gradlab.symbolic.SymbolicEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sequence of math statements separated by {@code ;}: {@code name = expr} (or {@code :=})
 * defines a named intermediate; {@code diff(name, p)} of a defined name differentiates through
 * the definitions by the chain rule, keeping the names; anything else is evaluated. Not
 * thread-safe: one worksheet per session or command.
 */
public final class Worksheet {
  private static final Pattern DEFINITION =
      Pattern.compile("\\s*([A-Za-z][A-Za-z0-9_]*)\\s*:?=(?!=)(.*)", Pattern.DOTALL);
  private static final Pattern CHAIN_DIFF =
      Pattern.compile("\\s*(?:diff|D)\\(\\s*([A-Za-z][A-Za-z0-9_]*)\\s*,\\s*([A-Za-z][A-Za-z0-9_]*)\\s*\\)\\s*");

  /** How a result is printed. */
  public enum Format { UNICODE, TEX, INPUT }

  private final SymbolicEngine engine;
  private final List<Definition> definitions = new ArrayList<>();
  private Expr last;

  public Worksheet(SymbolicEngine engine) {
    this.engine = engine;
  }

  /** Evaluates every statement; returns the printed form of the last one. */
  public String evaluate(String statements, Format format) {
    Printed p = evaluateAll(statements);
    return p == null ? "" : p.in(format);
  }

  /**
   * Evaluates every statement; returns the last one printed in every format (a notebook shows
   * the Unicode and the LaTeX form of one evaluation), or null when there was no statement.
   */
  public Printed evaluateAll(String statements) {
    Printed last = null;
    for (String statement : splitTopLevel(statements)) {
      if (!statement.isBlank()) {
        last = evaluateOne(statement);
      }
    }
    return last;
  }

  /**
   * One result in the three printed forms.
   *
   * @param unicode Unicode maths, with {@code name = } before a definition
   * @param tex LaTeX of the value (a definition's right-hand side)
   * @param input the engine's re-parsable input form of the value
   * @param texName LaTeX of the name a definition defines, or empty
   */
  public record Printed(String unicode, String tex, String input, String texName) {
    public String in(Format format) {
      return switch (format) {
        case UNICODE -> unicode;
        case TEX -> tex;
        case INPUT -> input;
      };
    }
  }

  /** Forgets every definition. Mutates this worksheet. */
  public void clearInPlace() {
    definitions.clear();
    last = null;
  }

  /** The value of the last statement evaluated (a definition's right-hand side), or null. */
  public Expr last() {
    return last;
  }

  public List<Definition> definitions() {
    return List.copyOf(definitions);
  }

  private Printed evaluateOne(String statement) {
    Matcher def = DEFINITION.matcher(statement);
    if (def.matches()) {
      String name = def.group(1).replace("_", "");
      Expr rhs = engine.eval(def.group(2));
      definitions.removeIf(d -> d.name().equals(name));
      definitions.add(new Definition(name, rhs));
      last = rhs;
      Expr symbol = engine.symbol(name);
      return new Printed(symbol.unicode() + " = " + rhs.unicode(), rhs.tex(), rhs.input(),
          symbol.tex());
    }
    Matcher chain = CHAIN_DIFF.matcher(statement);
    if (chain.matches() && defined(chain.group(1).replace("_", ""))) {
      var result = new ChainRule(engine, new Definitions(definitions))
          .derivative(chain.group(1).replace("_", ""), chain.group(2).replace("_", ""));
      last = result.value();
      return new Printed(result.unicode(), result.value().tex(), result.value().input(),
          "");
    }
    last = engine.eval(statement);
    return new Printed(last.unicode(), last.tex(), last.input(), "");
  }

  private boolean defined(String name) {
    return definitions.stream().anyMatch(d -> d.name().equals(name));
  }

  /** Splits at {@code ;} outside brackets. */
  static List<String> splitTopLevel(String s) {
    return TopLevel.split(s, ';');
  }
}

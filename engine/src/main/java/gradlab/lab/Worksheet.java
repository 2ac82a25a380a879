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
    String last = "";
    for (String statement : splitTopLevel(statements)) {
      if (!statement.isBlank()) {
        last = evaluateOne(statement, format);
      }
    }
    return last;
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

  private String evaluateOne(String statement, Format format) {
    Matcher def = DEFINITION.matcher(statement);
    if (def.matches()) {
      String name = def.group(1).replace("_", "");
      Expr rhs = engine.eval(def.group(2));
      definitions.removeIf(d -> d.name().equals(name));
      definitions.add(new Definition(name, rhs));
      last = rhs;
      return print(engine.symbol(name).unicode() + " = ", rhs, format);
    }
    Matcher chain = CHAIN_DIFF.matcher(statement);
    if (chain.matches() && defined(chain.group(1).replace("_", ""))) {
      var result = new ChainRule(engine, new Definitions(definitions))
          .derivative(chain.group(1).replace("_", ""), chain.group(2).replace("_", ""));
      last = result.value();
      return switch (format) {
        case UNICODE -> result.unicode();
        case TEX -> result.value().tex();
        case INPUT -> result.value().input();
      };
    }
    last = engine.eval(statement);
    return print("", last, format);
  }

  private boolean defined(String name) {
    return definitions.stream().anyMatch(d -> d.name().equals(name));
  }

  private static String print(String prefix, Expr e, Format format) {
    return switch (format) {
      case UNICODE -> prefix + e.unicode();
      case TEX -> e.tex();
      case INPUT -> e.input();
    };
  }

  /** Splits at {@code ;} outside brackets. */
  static List<String> splitTopLevel(String s) {
    return TopLevel.split(s, ';');
  }
}

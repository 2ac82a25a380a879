package gradlab.lab;

import gradlab.check.TopLevel;
import gradlab.math.Command;
import gradlab.math.Environment;
import gradlab.math.Expression;
import gradlab.math.ParseException;
import gradlab.math.Parser;
import gradlab.math.Real;
import gradlab.math.Statement;
import gradlab.math.Sym;
import gradlab.symbolic.ChainRule;
import gradlab.symbolic.Definition;
import gradlab.symbolic.Definitions;
import gradlab.symbolic.Expr;
import gradlab.symbolic.MathEvaluator;
import gradlab.symbolic.MathSyntaxException;
import gradlab.symbolic.UnknownFunctionException;
import gradlab.symbolic.SymbolicEngine;
import java.util.ArrayList;
import java.util.List;

/**
 * A sequence of statements of the math language (docs/language.md) separated by {@code ;}:
 * {@code name = expr} (or {@code :=}) defines a name, which then means its definition
 * everywhere (differentiation goes through it); {@code diff(name, p)} of a defined name is
 * printed in chain order, keeping the names; anything else is evaluated by
 * {@link MathEvaluator}. Not thread-safe: one worksheet per session or command.
 */
public final class Worksheet {
  /** How a result is printed. */
  public enum Format { UNICODE, TEX, INPUT }

  private final SymbolicEngine engine;
  private final List<Definition> definitions = new ArrayList<>();
  private final MathEvaluator evaluator;
  private Environment env = Environment.EMPTY;
  private Expr last;

  public Worksheet(SymbolicEngine engine) {
    this.engine = engine;
    this.evaluator = new MathEvaluator(engine);
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
   * The value of one expression of the language with every definition expanded, for plotting
   * and other numeric uses: {@code diff(L, w)} differentiates through L's definition (never a
   * Symja derivative of the bare symbol L, which is 0). Defines nothing.
   *
   * @throws MathSyntaxException (and the other errors of {@link #evaluate}) for bad input
   */
  public Expr expandedValue(String expression) {
    Expression tree;
    try {
      tree = Parser.parse(expression);
    } catch (ParseException e) {
      throw translate(expression, e);
    }
    return evaluator.toExpr(env.expand(evaluator.evaluate(tree, env)));
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

    static Printed of(Expr e) {
      return new Printed(e.unicode(), e.tex(), e.input(), "");
    }
  }

  /** Forgets every definition. Mutates this worksheet. */
  public void clearInPlace() {
    definitions.clear();
    env = Environment.EMPTY;
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
    Statement parsed;
    try {
      parsed = Parser.statement(statement);
    } catch (ParseException e) {
      if (statement.contains("[")) {
        return brackets(statement, e);
      }
      throw translate(statement, e);
    }
    if (parsed.isDefinition()) {
      String name = parsed.name();
      Expression value = evaluator.evaluate(parsed.value(), env);
      env = env.with(name, value);
      Expr rhs = evaluator.toExpr(value);
      definitions.removeIf(d -> d.name().equals(name));
      definitions.add(new Definition(name, rhs));
      last = rhs;
      Expr symbol = engine.symbol(name);
      return new Printed(symbol.unicode() + " = " + rhs.unicode(), rhs.tex(), rhs.input(),
          symbol.tex());
    }
    if (parsed.value() instanceof Command c && (c.name().equals("diff") || c.name().equals("D"))
        && c.args().size() == 2 && c.args().get(0) instanceof Sym out && env.defines(out.name())
        && c.args().get(1) instanceof Sym p) {
      // the chain-rule layer keeps the chain order: (f − a)·w₄·σ′(z₃)·…
      var result = new ChainRule(engine, new Definitions(definitions))
          .derivative(out.name(), p.name());
      last = result.value();
      return new Printed(result.unicode(), result.value().tex(), result.value().input(),
          "");
    }
    Expression value = evaluator.evaluate(parsed.value(), env);
    last = evaluator.toExpr(value);
    if (value instanceof Real r && r.digits() != null) {
      String digits = r.digits().toPlainString();
      return new Printed(digits.replace("-", "−"), digits, digits, "");
    }
    return Printed.of(last);
  }

  private RuntimeException translate(String statement, ParseException e) {
    String input = statement.strip();
    int shift = statement.indexOf(input);
    if (e.getMessage().equals("division by zero")) {
      return new ArithmeticException("division by zero in " + input);
    }
    if (e.getMessage().startsWith("unknown function '") && e.hint().startsWith("did you mean ")) {
      String name = e.getMessage().substring(18, e.getMessage().length() - 1);
      List<String> near = List.of(e.hint().substring(13, e.hint().length() - 1).split(", "));
      return new UnknownFunctionException(name, near);
    }
    return new MathSyntaxException(input, Math.max(0, e.position() - shift), e.getMessage(),
        e.hint());
  }

  /**
   * A line in Symja's bracket syntax: read by Symja's parser, evaluated as ours when every head
   * is ours ({@link BracketInput}), else the parser's own error ('[' is not part of the
   * language, with a hint).
   */
  private Printed brackets(String statement, ParseException error) {
    Expression tree;
    try {
      tree = BracketInput.ours(evaluator.fromExpr(engine.parse(statement)))
          .orElseThrow(() -> translate(statement, error));
    } catch (RuntimeException notSymjaEither) {
      throw translate(statement, error);
    }
    Expression value = evaluator.evaluate(tree, env);
    last = evaluator.toExpr(value);
    return Printed.of(last);
  }

  private boolean defined(String name) {
    return definitions.stream().anyMatch(d -> d.name().equals(name));
  }

  /** Splits at {@code ;} outside brackets. */
  static List<String> splitTopLevel(String s) {
    return TopLevel.split(s, ';');
  }
}

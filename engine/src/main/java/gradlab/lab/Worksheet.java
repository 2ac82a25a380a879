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

  private String evaluateOne(String statement, Format format) {
    Statement parsed;
    try {
      parsed = Parser.statement(statement);
    } catch (ParseException e) {
      if (statement.contains("[")) {
        return legacy(statement, format); // the engine's input form, e.g. a $N of the console
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
      return print(engine.symbol(name).unicode() + " = ", rhs, format);
    }
    if (parsed.value() instanceof Command c && (c.name().equals("diff") || c.name().equals("D"))
        && c.args().size() == 2 && c.args().get(0) instanceof Sym out && env.defines(out.name())
        && c.args().get(1) instanceof Sym p) {
      // the chain-rule layer keeps the chain order: (f − a)·w₄·σ′(z₃)·…
      var result = new ChainRule(engine, new Definitions(definitions))
          .derivative(out.name(), p.name());
      last = result.value();
      return switch (format) {
        case UNICODE -> result.unicode();
        case TEX -> result.value().tex();
        case INPUT -> result.value().input();
      };
    }
    Expression value = evaluator.evaluate(parsed.value(), env);
    last = evaluator.toExpr(value);
    if (value instanceof Real r && r.digits() != null) {
      return r.digits().toPlainString().replace("-", format == Format.UNICODE ? "−" : "-");
    }
    return print("", last, format);
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

  private String legacy(String statement, Format format) {
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

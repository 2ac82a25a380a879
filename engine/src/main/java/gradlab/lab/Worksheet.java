package gradlab.lab;

import gradlab.math.Command;
import gradlab.math.Environment;
import gradlab.math.Expression;
import gradlab.math.Num;
import gradlab.math.ParseException;
import gradlab.math.Parser;
import gradlab.math.Real;
import gradlab.math.Statement;
import gradlab.math.Substitution;
import gradlab.math.Sym;
import gradlab.math.TransposeSigns;
import gradlab.math.UserFunction;
import gradlab.symbolic.ChainRule;
import gradlab.symbolic.Definition;
import gradlab.symbolic.Definitions;
import gradlab.symbolic.Expr;
import gradlab.symbolic.MathEvaluator;
import gradlab.symbolic.SymbolicEngine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Statements of the math language (docs/language.md) separated by {@code ;}: {@code name = expr}
 * (or {@code :=}) defines a name, which then means its definition everywhere (differentiation
 * goes through it); {@code diff(name, p)} of a defined name is printed in chain order, keeping
 * the names; anything else is evaluated by {@link MathEvaluator}. Not thread-safe.
 */
public final class Worksheet {
  /** How a result is printed. */
  public enum Format { UNICODE, TEX, INPUT }

  private final SymbolicEngine engine;
  private final List<Definition> definitions = new ArrayList<>();
  private final MathEvaluator evaluator;
  private Environment env = Environment.EMPTY;
  private Map<String, UserFunction> functions = Map.of();
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
    return evaluateAll(statements, Map.of());
  }

  /**
   * As {@link #evaluateAll(String)}, with values lent by Java as objects: each key, a name in the
   * statements, stands for its value (a number or an {@link Expr}), put into the parsed tree
   * itself, never through text.
   */
  public Printed evaluateAll(String statements, Map<String, Object> values) {
    Map<String, Expression> bound = new HashMap<>();
    values.forEach((name, v) -> bound.put(name, switch (v) {
      case Expr e -> evaluator.fromExpr(e);
      case Integer i -> Num.of(i);
      case Long l -> Num.of(l);
      case Number n -> new Real(n.doubleValue());
      default -> throw new IllegalArgumentException("a " + v.getClass().getSimpleName()
          + " is not a number or an expression");
    }));
    Printed last = null;
    for (String statement : StatementSplitter.split(statements)) {
      if (!statement.isBlank()) {
        last = evaluateOne(statement, bound);
      }
    }
    return last;
  }

  /**
   * The value of one expression of the language with every definition expanded, for plotting
   * and other numeric uses: {@code diff(L, w)} differentiates through L's definition (never a
   * Symja derivative of the bare symbol L, which is 0). Defines nothing.
   *
   * @throws gradlab.symbolic.MathSyntaxException (and the other errors of {@link #evaluate}) for bad input
   */
  public Expr expandedValue(String expression) {
    Expression tree;
    try {
      tree = Parser.parse(expression, functions);
    } catch (ParseException e) {
      throw ParseErrors.translate(expression, e);
    }
    return evaluator.toExpr(env.expand(evaluator.evaluate(tree, env)));
  }

  /** As {@link #expandedValue(String)} with {@code free} left a symbol even if defined (:plot). */
  public Expr expandedValue(String expression, String free) {
    Environment all = env;
    env = env.without(free);
    try {
      return expandedValue(expression);
    } finally {
      env = all;
    }
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

    /** Unicode and input form from the engine's printers, LaTeX from the tree (ours). */
    static Printed of(Expr e, Expression tree) {
      return new Printed(e.unicode(), gradlab.math.Printer.latex(tree), e.readableInput(), "");
    }
  }

  /** LaTeX of an engine result by our printer (its tree), else by the engine's. */
  private String latexOf(Expr e) {
    try {
      return gradlab.math.Printer.latex(evaluator.fromExpr(e));
    } catch (RuntimeException untranslatable) {
      return e.tex();
    }
  }

  /** Forgets every definition. Mutates this worksheet. */
  public void clearInPlace() {
    definitions.clear();
    env = Environment.EMPTY;
    functions = Map.of();
    last = null;
  }

  /**
   * Forgets one name's definition, a value (x = 3) or a function (f(x) = …); false when the
   * name has none. Mutates this worksheet.
   */
  public boolean forgetInPlace(String name) {
    boolean known = env.defines(name) || functions.containsKey(name);
    if (env.defines(name)) {
      env = env.without(name);
    }
    definitions.removeIf(d -> d.name().equals(name));
    if (functions.containsKey(name)) {
      Map<String, UserFunction> rest = new java.util.LinkedHashMap<>(functions);
      rest.remove(name);
      functions = Map.copyOf(rest);
    }
    return known;
  }

  /** The value of the last statement evaluated (a definition's right-hand side), or null. */
  public Expr last() {
    return last;
  }

  /**
   * The value of the last statement with every definition put in (z₂ = w₂·σ(z₁) + b₂ written
   * out down to the variables), for a value that leaves this worksheet; null when none. A
   * value the tree cannot take back from the engine stays as it is.
   */
  public Expr lastExpanded() {
    if (last == null || env.definitions().isEmpty()) {
      return last;
    }
    try {
      return evaluator.toExpr(env.expand(evaluator.fromExpr(last)));
    } catch (RuntimeException untranslatable) {
      return last;
    }
  }

  /** The functions defined with f(x) = …, as "f(x) = body" lines, in name order. */
  public List<String> functionDefinitions() {
    return functions.values().stream().sorted(java.util.Comparator.comparing(
        UserFunction::name)).map(f -> f.head() + " = " + evaluator.toExpr(f.shownBody())
        .unicode()).toList();
  }

  public List<Definition> definitions() {
    return List.copyOf(definitions);
  }

  private Printed evaluateOne(String statement, Map<String, Expression> bound) {
    Statement parsed;
    try {
      parsed = Parser.statement(statement, functions);
      if (!bound.isEmpty()) {
        parsed = parsed.withValue(Substitution.replace(parsed.value(), bound));
      }
    } catch (ParseException e) {
      if (statement.contains("[")) {
        return brackets(statement, e);
      }
      throw ParseErrors.translate(statement, e);
    }
    MisreadInput.refuse(parsed.value(), statement, env);
    parsed = parsed.withValue(TransposeSigns.read(parsed.value(), env, engine::remark)); // W^T
    java.util.Optional.ofNullable(MisreadInput.divisionNote(statement)).ifPresent(engine::remark);
    if (parsed.isFunctionDefinition()) {
      return defineFunction(parsed);
    }
    if (parsed.isDefinition()) {
      String name = parsed.name();
      Expression value = evaluator.evaluate(parsed.value(), env);
      env = env.with(name, value);
      functions = UserFunction.without(functions, name);
      Expr rhs = evaluator.toExpr(value);
      definitions.removeIf(d -> d.name().equals(name));
      definitions.add(new Definition(name, rhs));
      last = rhs;
      Expr symbol = engine.symbol(name);
      return new Printed(symbol.unicode() + " = " + rhs.unicode(),
          gradlab.math.Printer.latex(value), rhs.readableInput(),
          gradlab.math.Printer.latex(new Sym(name)));
    }
    if (parsed.value() instanceof Command c && (c.name().equals("diff") || c.name().equals("D"))
        && c.args().size() == 2 && c.args().get(0) instanceof Sym out && env.defines(out.name())
        && c.args().get(1) instanceof Sym p && !ConstantReach.usesConstant(env, out.name())) {
      // the chain-rule layer keeps the chain order: (f − a)·w₄·σ′(z₃)·…
      var result = new ChainRule(engine, Definitions.inDependencyOrder(definitions))
          .derivative(out.name(), p.name());
      last = result.value();
      return new Printed(result.unicode(), latexOf(result.value()),
          result.value().readableInput(), "");
    }
    ShownValue shown = ShownValue.of(parsed.value(), env, evaluator, engine);
    last = shown.value();
    return shown.printed();
  }

  /**
   * f(x, y) = body: the body is evaluated (a diff in it is done now, by the bound parameter) and
   * kept; later lines call f by putting their arguments in. A value of the same name is dropped.
   */
  private Printed defineFunction(Statement parsed) {
    String name = parsed.name();
    UserFunction f = new UserFunction(name, parsed.params(),
        evaluator.evaluate(parsed.value(), env));
    if (env.defines(name)) {
      env = env.without(name);
      definitions.removeIf(d -> d.name().equals(name));
    }
    functions = UserFunction.with(functions, f);
    Expr body = evaluator.toExpr(f.shownBody());
    last = body;
    String head = f.head();
    return new Printed(head + " = " + body.unicode(), gradlab.math.Printer.latex(f.shownBody()),
        body.readableInput(), gradlab.math.Printer.latex(new Sym(name)) + "(" + String.join(", ",
        f.params().stream().map(p -> gradlab.math.Printer.latex(new Sym(p))).toList()) + ")");
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
          .orElseThrow(() -> ParseErrors.translate(statement, error));
    } catch (RuntimeException notSymjaEither) {
      throw ParseErrors.translate(statement, error);
    }
    Expression value = evaluator.evaluate(tree, env);
    last = evaluator.toExpr(value);
    return Printed.of(last, value);
  }

  /** Whether {@code name} is defined in this worksheet. */
  public boolean defines(String name) {
    return defined(name);
  }

  private boolean defined(String name) {
    return definitions.stream().anyMatch(d -> d.name().equals(name));
  }
}

package gradlab.lab;

import gradlab.check.TopLevel;
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
import gradlab.math.UserFunction;
import gradlab.symbolic.ChainRule;
import gradlab.symbolic.Definition;
import gradlab.symbolic.Definitions;
import gradlab.symbolic.Expr;
import gradlab.symbolic.MathEvaluator;
import gradlab.symbolic.MathSyntaxException;
import gradlab.symbolic.UnknownFunctionException;
import gradlab.symbolic.SymbolicEngine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    for (String statement : splitTopLevel(statements)) {
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
   * @throws MathSyntaxException (and the other errors of {@link #evaluate}) for bad input
   */
  public Expr expandedValue(String expression) {
    Expression tree;
    try {
      tree = Parser.parse(expression, functions);
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
      throw translate(statement, e);
    }
    MisreadInput.refuse(parsed.value(), statement, env);
    String division = MisreadInput.divisionNote(statement);
    if (division != null) {
      engine.remark(division);
    }
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
        && c.args().get(1) instanceof Sym p && !usesConstant(out.name())) {
      // the chain-rule layer keeps the chain order: (f − a)·w₄·σ′(z₃)·…
      var result = new ChainRule(engine, Definitions.inDependencyOrder(definitions))
          .derivative(out.name(), p.name());
      last = result.value();
      return new Printed(result.unicode(), latexOf(result.value()),
          result.value().readableInput(), "");
    }
    Expression shown = parsed.value();
    if (shown instanceof Sym s && env.defines(s.name())) {
      shown = env.rhs(s.name()).orElseThrow(); // L alone shows what L is, not the name
    }
    Expression value = evaluator.evaluateResult(shown, env);
    if (value instanceof gradlab.math.Relation rel && rel.kind() != gradlab.math.Relation.Kind.RULE
        && !env.freeSymbols(rel).isEmpty()) {
      // tanh'(x) == 1 + tanh(x)^2 printed 1 − tanh(x)² = 1 + tanh(x)² with no verdict
      engine.remark("a relation between formulas is shown, not decided: simplify(left − right)"
          + " gives 0 when the two agree, and :check left = right (or gradlab check) decides it");
    }
    if (env.freeSymbols(shown).isEmpty()) {
      // √(−4) came back from the library as I*2, where log(−1) and N(√(−4)) say "not real"
      try {
        gradlab.math.Numeric.value(value, java.util.Map.of(), env);
      } catch (ArithmeticException e) {
        if (String.valueOf(e.getMessage()).startsWith("not real")) {
          throw new ArithmeticException(gradlab.math.Printer.unicode(value) + " is not real");
        }
      } catch (RuntimeException e) {
        // lists, commands and other results the double evaluator does not take: shown as they are
      }
    }
    if (value instanceof Real r && r.digits() == null && (r.value() == 0
        || !Double.isFinite(r.value())) && env.freeSymbols(shown).isEmpty()) {
      // x = 1e-20; (σ(x) − 1/2)/x is 0.25, not the 0.0 of cancelling doubles; exp(1000.) is
      // 1.97×10⁴³⁴, not Infinity
      value = evaluator.numberOf(shown, env);
    }
    last = evaluator.toExpr(value);
    if (value instanceof Real r && r.digits() != null) {
      String unicode = gradlab.math.Printer.decimal(r.digits());
      String input = r.digits().toString(); // 1E-400 reads back; N(σ(1), 30) stays plain
      return new Printed(unicode, gradlab.math.Printer.decimal(r.digits(), true), input, "");
    }
    return Printed.of(last, value);
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
    return Printed.of(last, value);
  }

  /**
   * Whether the definition of {@code name} goes through a name defined as a constant (x = 2):
   * then its derivative is shown as a value at that constant, not in chain form with names.
   */
  private boolean usesConstant(String name) {
    java.util.Set<String> constants = env.constants().keySet();
    java.util.Deque<String> todo = new java.util.ArrayDeque<>(List.of(name));
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (!todo.isEmpty()) {
      String n = todo.pop();
      if (!seen.add(n)) {
        continue;
      }
      if (constants.contains(n)) {
        return true;
      }
      env.rhs(n).ifPresent(rhs -> todo.addAll(gradlab.math.Symbols.of(rhs)));
    }
    return false;
  }

  /** Whether {@code name} is defined in this worksheet. */
  public boolean defines(String name) {
    return defined(name);
  }

  private boolean defined(String name) {
    return definitions.stream().anyMatch(d -> d.name().equals(name));
  }

  /**
   * Splits at {@code ;} and at line ends outside brackets. A line that ends with an operator or
   * a comma continues on the next line; any other line end ends the statement, so that
   * {@code x = 3⏎x^2} is two statements and never the product {@code x = 3·x^2}.
   */
  static List<String> splitTopLevel(String s) {
    List<String> out = new ArrayList<>();
    for (String part : TopLevel.split(s, ';')) {
      StringBuilder pending = new StringBuilder();
      for (String line : TopLevel.split(part, '\n')) {
        pending.append(pending.isEmpty() ? "" : "\n").append(line);
        String t = line.strip();
        if (!t.isEmpty() && CONTINUES.indexOf(t.charAt(t.length() - 1)) < 0) {
          out.add(pending.toString());
          pending.setLength(0);
        }
      }
      if (!pending.isEmpty()) {
        out.add(pending.toString());
      }
    }
    return out;
  }

  /** Last characters of a line that continue the statement on the next line. */
  private static final String CONTINUES = "+-−*/^=,·×(<>:";
}

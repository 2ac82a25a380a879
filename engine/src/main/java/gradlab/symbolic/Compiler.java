package gradlab.symbolic;

import gradlab.math.Call;
import gradlab.math.Command;
import gradlab.math.Const;
import gradlab.math.Differentiation;
import gradlab.math.Environment;
import gradlab.math.Expression;
import gradlab.math.MathFunction;
import gradlab.math.Num;
import gradlab.math.Power;
import gradlab.math.Printer;
import gradlab.math.Product;
import gradlab.math.Real;
import gradlab.math.Relation;
import gradlab.math.Sum;
import gradlab.math.Sym;
import gradlab.symbolic.Instruction.Opcode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles expressions of the math language to a {@link Program}: every function of the
 * catalogue becomes one {@link Opcode#CALL} (its double value comes from
 * {@link MathFunction}), a derivative such as σ′(z) is written out by the catalogue's rule
 * (σ(z)(1 − σ(z)), so σ(z) is shared), named intermediates become registers, and every
 * structurally equal subexpression is computed once (hash-consing on the instruction).
 */
public final class Compiler {
  private final SymbolicEngine engine;

  public Compiler(SymbolicEngine engine) {
    this.engine = engine;
  }

  /**
   * Engine expressions, translated to the math tree first ({@link TreeBridge}).
   *
   * @param defs named intermediates the outputs may refer to (may be empty)
   * @param outputs the expressions to compute
   * @param inputs the free variables, in the order their values will be given
   */
  public Program compile(Definitions defs, List<Expr> outputs, List<String> inputs) {
    return engine.call(() -> {
      TreeBridge bridge = new TreeBridge(engine);
      try {
        Map<String, Expression> named = new LinkedHashMap<>();
        for (Definition d : defs.items()) {
          named.put(d.name(), bridge.fromSymja(engine.raw(d.rhs())));
        }
        List<Expression> outs = new ArrayList<>();
        for (Expr o : outputs) {
          outs.add(bridge.fromSymja(engine.raw(o)));
        }
        return compile(new Environment(named), outs, inputs);
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException("cannot compile: " + e.getMessage(), e);
      }
    });
  }

  /**
   * Math-language trees; no engine needed. A name that is neither an input nor defined in
   * {@code env} is an error; a definition is compiled once, where it is first used.
   */
  public static Program compile(Environment env, List<Expression> outputs, List<String> inputs) {
    Builder b = new Builder(env, inputs);
    int[] out = new int[outputs.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = b.lower(outputs.get(i));
    }
    return new Program(inputs, b.code, out);
  }

  private static final class Builder {
    private final Environment env;
    private final List<String> inputs;
    private final List<Instruction> code = new ArrayList<>();
    private final Map<Instruction, Integer> seen = new HashMap<>();
    private final Map<String, Integer> names = new HashMap<>();

    Builder(Environment env, List<String> inputs) {
      this.env = env;
      this.inputs = List.copyOf(inputs);
      for (int i = 0; i < inputs.size(); i++) {
        names.put(inputs.get(i), emit(new Instruction(Opcode.INPUT, i, -1, 0)));
      }
    }

    private int emit(Instruction ins) {
      return seen.computeIfAbsent(ins, k -> {
        code.add(k);
        return code.size() - 1;
      });
    }

    private int constant(double v) {
      return emit(new Instruction(Opcode.CONST, -1, -1, v));
    }

    private int call(MathFunction f, int a, int b) {
      return emit(Instruction.call(f, a, b));
    }

    int lower(Expression e) {
      return switch (e) {
        case Num n -> constant(n.toDouble());
        case Real r -> constant(r.value());
        case Const c -> constant(c.equals(Const.PI) ? Math.PI : Math.E);
        case Sym s -> symbol(s.name());
        case Sum s -> fold(Opcode.ADD, s.terms());
        case Product p -> fold(Opcode.MUL, p.factors());
        case Power p -> power(p);
        case Call c -> function(c);
        case Command c -> command(c);
        default -> throw unsupported(e);
      };
    }

    private int symbol(String name) {
      Integer r = names.get(name);
      if (r != null) {
        return r;
      }
      Expression rhs = env.rhs(name).orElseThrow(() -> new IllegalArgumentException(
          "cannot compile: '" + name + "' is neither an input nor a definition; hint: add it "
          + "to the inputs " + inputs));
      int reg = lower(rhs);
      names.put(name, reg);
      return reg;
    }

    private int fold(Opcode op, List<Expression> items) {
      int acc = lower(items.get(0));
      for (int i = 1; i < items.size(); i++) {
        acc = emit(new Instruction(op, acc, lower(items.get(i)), 0));
      }
      return acc;
    }

    private int power(Power p) {
      if (p.base().equals(Const.E)) {
        return call(MathFunction.EXP, lower(p.exponent()), -1);
      }
      int base = lower(p.base());
      if (p.exponent() instanceof Num || p.exponent() instanceof Real) {
        double x = p.exponent() instanceof Num n ? n.toDouble() : ((Real) p.exponent()).value();
        return x == 2 ? emit(new Instruction(Opcode.MUL, base, base, 0))
            : emit(new Instruction(Opcode.POWC, base, -1, x));
      }
      return emit(new Instruction(Opcode.POW, base, lower(p.exponent()), 0));
    }

    /** Any catalogue function; a derivative f⁽ⁿ⁾ by the catalogue's rule, written out. */
    private int function(Call c) {
      MathFunction f = c.function();
      List<Expression> args = c.args();
      if (c.order() > 0) {
        if (args.size() != 1) {
          throw unsupported(c);
        }
        if (f == MathFunction.DIRAC_DELTA) { // δ⁽ⁿ⁾ is 0 away from 0 and undefined at 0, as δ
          return call(f, lower(args.get(0)), -1);
        }
        return lower(Differentiation.explicitNth(f, c.order(), args.get(0)));
      }
      if (args.size() < f.minArity() || args.size() > f.maxArity()) {
        throw unsupported(c);
      }
      int acc = lower(args.get(0));
      if (args.size() == 1) {
        return call(f, acc, -1);
      }
      // logsumexp of a longer list nests: lse(a, b, c) = lse(lse(a, b), c)
      for (int i = 1; i < args.size(); i++) {
        acc = call(f, acc, lower(args.get(i)));
      }
      return acc;
    }

    private int command(Command c) {
      return switch (c.name()) {
        case "Piecewise" -> piecewise(c);
        // UnitStep(u) = 1 for u ≥ 0: 0 where −u > 0, else 1
        case "UnitStep" -> c.args().size() == 1 ? emit(new Instruction(Opcode.SELECT,
            negate(lower(c.args().get(0))), constant(0), 0, constant(1))) : fail(c);
        default -> fail(c);
      };
    }

    private int fail(Expression e) {
      throw unsupported(e);
    }

    /**
     * {@code Piecewise({{v1, c1}, …}, default)} as nested selections; each condition is a
     * comparison {@code u > w}, {@code u < w}, {@code u >= w} or {@code u <= w}.
     */
    private int piecewise(Command call) {
      List<Expression> a = call.args();
      if (a.isEmpty() || a.size() > 2 || !(a.get(0) instanceof gradlab.math.ExprList cases)) {
        throw unsupported(call);
      }
      int acc = a.size() == 2 ? lower(a.get(1)) : constant(0);
      for (int i = cases.items().size() - 1; i >= 0; i--) {
        if (!(cases.items().get(i) instanceof gradlab.math.ExprList pair)
            || pair.items().size() != 2) {
          throw unsupported(call);
        }
        Comparison cond = comparison(pair.items().get(1), call);
        int value = lower(pair.items().get(0));
        int uw = minus(cond.u(), cond.w());
        int wu = minus(cond.w(), cond.u());
        acc = switch (cond.kind()) {
          case "Greater" -> emit(new Instruction(Opcode.SELECT, uw, value, 0, acc));
          case "Less" -> emit(new Instruction(Opcode.SELECT, wu, value, 0, acc));
          // u ≥ w unless w − u > 0; u ≤ w unless u − w > 0
          case "GreaterEqual" -> emit(new Instruction(Opcode.SELECT, wu, acc, 0, value));
          case "LessEqual" -> emit(new Instruction(Opcode.SELECT, uw, acc, 0, value));
          default -> throw unsupported(call);
        };
      }
      return acc;
    }

    private record Comparison(String kind, Expression u, Expression w) {}

    private Comparison comparison(Expression c, Expression whole) {
      if (c instanceof Command cmd && cmd.args().size() == 2) {
        return new Comparison(cmd.name(), cmd.args().get(0), cmd.args().get(1));
      }
      if (c instanceof Relation r) {
        String kind = switch (r.kind()) {
          case GREATER -> "Greater";
          case LESS -> "Less";
          case GREATER_EQUAL -> "GreaterEqual";
          case LESS_EQUAL -> "LessEqual";
          default -> "";
        };
        return new Comparison(kind, r.lhs(), r.rhs());
      }
      throw unsupported(whole);
    }

    private int negate(int r) {
      return emit(new Instruction(Opcode.MUL, r, constant(-1), 0));
    }

    /** The register of u − v (of u alone when v is 0). */
    private int minus(Expression u, Expression v) {
      if (v instanceof Num n && n.isZero()) {
        return lower(u);
      }
      return emit(new Instruction(Opcode.ADD, lower(u), negate(lower(v)), 0));
    }

    private IllegalArgumentException unsupported(Expression e) {
      return new IllegalArgumentException("cannot compile " + Printer.unicode(e)
          + "; supported: + · ^, numbers, names and the catalogue's functions "
          + java.util.Arrays.stream(MathFunction.values()).map(MathFunction::inputName)
          .toList());
    }
  }
}

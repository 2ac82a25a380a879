package gradlab.symbolic;

import gradlab.symbolic.Instruction.Opcode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Compiles expressions to a {@link Program}: activation derivatives are first put in named form
 * (σ′ → σ(1 − σ), so σ(z) is shared), named intermediates become registers, and every
 * structurally equal subexpression is computed once (hash-consing on the instruction).
 */
public final class Compiler {
  private final SymbolicEngine engine;

  public Compiler(SymbolicEngine engine) {
    this.engine = engine;
  }

  /**
   * @param defs named intermediates the outputs may refer to (may be empty)
   * @param outputs the expressions to compute
   * @param inputs the free variables, in the order their values will be given
   */
  public Program compile(Definitions defs, List<Expr> outputs, List<String> inputs) {
    return engine.call(() -> new Builder(inputs).build(defs, outputs));
  }

  private final class Builder {
    private final List<String> inputs;
    private final List<Instruction> code = new ArrayList<>();
    private final Map<Instruction, Integer> seen = new HashMap<>();
    private final Map<String, Integer> names = new HashMap<>();

    Builder(List<String> inputs) {
      this.inputs = List.copyOf(inputs);
      for (int i = 0; i < inputs.size(); i++) {
        names.put(inputs.get(i), emit(new Instruction(Opcode.INPUT, i, -1, 0)));
      }
    }

    Program build(Definitions defs, List<Expr> outputs) {
      for (Definition d : defs.items()) {
        names.put(d.name(), lower(named(d.rhs().raw())));
      }
      int[] out = new int[outputs.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = lower(named(outputs.get(i).raw()));
      }
      return new Program(inputs, code, out);
    }

    private IExpr named(IExpr e) {
      return ActivationCalculus.expandDerivatives(e, engine);
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

    private int unary(Opcode op, IExpr arg) {
      return emit(new Instruction(op, lower(arg), -1, 0));
    }

    private int lower(IExpr e) {
      if (e.isNumber()) {
        if (!e.isReal() && !e.isRational() && !e.isInteger()) {
          throw new IllegalArgumentException("cannot compile the complex number " + e);
        }
        return constant(e.evalf());
      }
      if (e.isSymbol()) {
        String s = e.toString();
        Integer r = names.get(s);
        if (r != null) {
          return r;
        }
        return switch (s) {
          case "E" -> constant(Math.E);
          case "Pi" -> constant(Math.PI);
          default -> throw new IllegalArgumentException("cannot compile: '" + s + "' is neither"
              + " an input nor a definition; hint: add it to the inputs " + inputs);
        };
      }
      if (e.isPlus() || e.isTimes()) {
        Opcode op = e.isPlus() ? Opcode.ADD : Opcode.MUL;
        IAST ast = (IAST) e;
        int acc = lower(ast.getAt(1));
        for (int i = 2; i <= ast.argSize(); i++) {
          acc = emit(new Instruction(op, acc, lower(ast.getAt(i)), 0));
        }
        return acc;
      }
      if (e.isPower()) {
        if (e.base().isE()) {
          return unary(Opcode.EXP, e.exponent());
        }
        if (e.exponent().isNumber()) {
          double p = e.exponent().evalf();
          int base = lower(e.base());
          return p == 2 ? emit(new Instruction(Opcode.MUL, base, base, 0))
              : emit(new Instruction(Opcode.POWC, base, -1, p));
        }
        return emit(new Instruction(Opcode.POW, lower(e.base()), lower(e.exponent()), 0));
      }
      if (e.isAST() && e.head().isSymbol()) {
        IAST call = (IAST) e;
        String head = e.head().toString();
        var activation = Activation.byName(head).filter(a -> a.symja().equals(head));
        if (activation.isPresent()) {
          return activation(activation.get(), call);
        }
        if (head.equals("Piecewise")) {
          return piecewise(call);
        }
        if (call.argSize() == 2 && (head.equals("Max") || head.equals("Min"))) {
          int x = lower(call.getAt(1));
          int y = lower(call.getAt(2));
          // min(x, y) = x + y − max(x, y)
          int max = emit(new Instruction(Opcode.MAX, x, y, 0));
          return head.equals("Max") ? max : emit(new Instruction(Opcode.ADD,
              emit(new Instruction(Opcode.ADD, x, y, 0)),
              emit(new Instruction(Opcode.MUL, max, constant(-1), 0)), 0));
        }
        if (call.argSize() == 1) {
          IExpr arg = call.getAt(1);
          return switch (head) {
            case "HeavisideTheta", "UnitStep" -> unary(Opcode.STEP, arg);
            case "Log" -> unary(Opcode.LOG, arg);
            case "Abs" -> unary(Opcode.ABS, arg);
            case "Exp" -> unary(Opcode.EXP, arg);
            case "Erf" -> unary(Opcode.ERF, arg);
            default -> throw unsupported(e);
          };
        }
      }
      throw unsupported(e);
    }

    /** Every {@link Activation}: the switch is exhaustive, so a new one cannot be missed. */
    private int activation(Activation a, IAST call) {
      int arity = a == Activation.LEAKY_RELU ? 2 : 1;
      if (call.argSize() != arity) {
        throw unsupported(call);
      }
      IExpr x = call.getAt(1);
      return switch (a) {
        case SIGMOID -> unary(Opcode.SIGMOID, x);
        case TANH -> unary(Opcode.TANH, x);
        case RELU -> unary(Opcode.RELU, x);
        case SOFTPLUS -> unary(Opcode.SOFTPLUS, x);
        case ELU -> unary(Opcode.ELU, x);
        case GELU -> unary(Opcode.GELU, x);
        case LEAKY_RELU -> emit(new Instruction(Opcode.LEAKY_RELU, lower(x),
            lower(call.getAt(2)), 0));
      };
    }

    /**
     * {@code Piecewise({{v1, c1}, …}, default)} as nested selections; each condition is a
     * comparison {@code u > w}, {@code u < w}, {@code u >= w} or {@code u <= w}.
     */
    private int piecewise(IAST call) {
      if (call.argSize() < 1 || call.argSize() > 2 || !call.getAt(1).isList()) {
        throw unsupported(call);
      }
      IAST cases = (IAST) call.getAt(1);
      int acc = call.argSize() == 2 ? lower(call.getAt(2)) : constant(0);
      for (int i = cases.argSize(); i >= 1; i--) {
        IExpr c = cases.getAt(i);
        if (!c.isList() || ((IAST) c).argSize() != 2 || !((IAST) c).getAt(2).isAST()
            || ((IAST) ((IAST) c).getAt(2)).argSize() != 2) {
          throw unsupported(call);
        }
        IAST cond = (IAST) ((IAST) c).getAt(2);
        int value = lower(((IAST) c).getAt(1));
        IExpr u = cond.getAt(1);
        IExpr w = cond.getAt(2);
        acc = switch (cond.head().toString()) {
          case "Greater" -> emit(new Instruction(Opcode.SELECT, minus(u, w), value, 0, acc));
          case "Less" -> emit(new Instruction(Opcode.SELECT, minus(w, u), value, 0, acc));
          // u ≥ w unless w − u > 0; u ≤ w unless u − w > 0
          case "GreaterEqual" -> emit(new Instruction(Opcode.SELECT, minus(w, u), acc, 0, value));
          case "LessEqual" -> emit(new Instruction(Opcode.SELECT, minus(u, w), acc, 0, value));
          default -> throw unsupported(call);
        };
      }
      return acc;
    }

    /** The register of u − v (of u alone when v is 0). */
    private int minus(IExpr u, IExpr v) {
      if (v.isZero()) {
        return lower(u);
      }
      int negated = emit(new Instruction(Opcode.MUL, lower(v), constant(-1), 0));
      return emit(new Instruction(Opcode.ADD, lower(u), negated, 0));
    }

    private IllegalArgumentException unsupported(IExpr e) {
      return new IllegalArgumentException("cannot compile " + UnicodeForm.format(e)
          + "; supported: + · ^ exp ln erf max min |·| H piecewise and the activations "
          + java.util.Arrays.stream(Activation.values()).map(Activation::display).toList());
    }
  }
}

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
      if (e.isAST() && ((IAST) e).argSize() == 1 && e.head().isSymbol()) {
        IExpr arg = ((IAST) e).getAt(1);
        return switch (e.head().toString()) {
          case "sigma" -> unary(Opcode.SIGMOID, arg);
          case "Tanh" -> unary(Opcode.TANH, arg);
          case "relu" -> unary(Opcode.RELU, arg);
          case "softplus" -> unary(Opcode.SOFTPLUS, arg);
          case "HeavisideTheta", "UnitStep" -> unary(Opcode.STEP, arg);
          case "Log" -> unary(Opcode.LOG, arg);
          case "Abs" -> unary(Opcode.ABS, arg);
          case "Exp" -> unary(Opcode.EXP, arg);
          default -> throw unsupported(e);
        };
      }
      throw unsupported(e);
    }

    private IllegalArgumentException unsupported(IExpr e) {
      return new IllegalArgumentException("cannot compile " + UnicodeForm.format(e)
          + "; supported: + · ^ exp ln σ tanh ReLU softplus H |·|");
    }
  }
}

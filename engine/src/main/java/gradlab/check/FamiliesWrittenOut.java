package gradlab.check;

import gradlab.symbolic.Definition;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The indexed families of a text written out at one size k: members 1 … k of each family, each
 * recurrence unrolled from its start, as definitions a step at that size is checked under.
 */
final class FamiliesWrittenOut {
  private FamiliesWrittenOut() {}

  /**
   * {@code ctx} with every family written out for size {@code k}: members 1 … k of each
   * family; each recurrence unrolled up to k from its stated start, or, where the text states
   * none, from the lowest member among {@code stepNames} (engine names of the step's sides).
   * Null where a member cannot be read, or where the step names a member before the start.
   */
  static CheckContext at(IndexedFamilies families, DocumentRun run, CheckContext ctx, int k,
      Set<String> stepNames) {
    CheckContext out = ctx;
    LatexReading reading = run.reading();
    Set<String> letters = families.memberLetters();
    try {
      for (IndexedFamilies.Family f : families.all()) {
        Object stated = ctx.point().get(name(f.head(), reading));
        if (stated != null) { // "the biases so that $z_j = 0$": every member has that value
          for (int m = 1; m <= k; m++) {
            String n = name(f.member(m), reading);
            if (!out.defines(n) && !out.point().containsKey(n)) {
              out = out.withPoint(n, ctx.point().get(name(f.head(), reading)));
            }
          }
          continue;
        }
        if (f.recurrence()) {
          int start = -1;
          for (int m = 0; m <= 1 && start < 0; m++) {
            String n = name(f.member(m), reading);
            if (ctx.point().containsKey(n) || ctx.defines(n)) {
              start = m;
            }
          }
          int lowest = Integer.MAX_VALUE;
          for (int m = -3; m <= k; m++) {
            if (stepNames.contains(name(f.member(m), reading))) {
              lowest = Math.min(lowest, m);
            }
          }
          if (lowest < Math.max(start, 0) && lowest != Integer.MAX_VALUE) {
            return null; // v_{t−2} at t = 1: before the start, not a member
          }
          int from = start >= 0 ? start : Math.min(lowest, k);
          for (int m = from + 1; m <= k; m++) {
            out = define(run, out, f.member(m), IndexLetters.set(f.rhs(), Map.of(f.letter(), m),
                letters), k, reading);
          }
        } else {
          for (int m = 1; m <= k; m++) {
            out = define(run, out, f.member(m), IndexLetters.set(f.rhs(), Map.of(f.letter(), m),
                letters), k, reading);
          }
        }
      }
    } catch (RuntimeException e) {
      return null;
    }
    return out;
  }

  private static CheckContext define(DocumentRun run, CheckContext ctx, String head, String rhs,
      int k, LatexReading reading) {
    String sized = rhs.matches("(?s).*\\\\(sum|prod)(?![A-Za-z]).*")
        ? SymbolicSums.instance(rhs, k, List.of(), new LinkedHashSet<>()) : rhs;
    if (sized == null) {
      throw new UnsupportedLatexException("a sum in a family's definition");
    }
    String name = name(head, reading);
    if (!EngineNames.is(name) || ctx.point().containsKey(name)) {
      return ctx;
    }
    String read = LatexReader.read(sized, reading).engineSyntax();
    gradlab.symbolic.Expr value = run.engine.eval(read);
    if (value.isNumber() && !run.engine.freeSymbols(run.engine.parse(read)).isEmpty()) {
      value = run.engine.parse(read); // p₁ = e^{z₁}/e^{z₁} at one member: 1 as a function of z₁
    }
    return ctx.withDefinition(new Definition(name, value));
  }

  private static String name(String latex, LatexReading reading) {
    return IndexedFamilies.name(latex, reading);
  }
}

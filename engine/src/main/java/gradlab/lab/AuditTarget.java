package gradlab.lab;

import gradlab.symbolic.Definition;
import gradlab.symbolic.Definitions;
import gradlab.symbolic.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * What a gradient audit audits, read from an evaluated worksheet: its last definition, or, when
 * the last statement is a plain expression, that expression under a name not used otherwise
 * (L, loss, loss1 …). One reading for {@code gradlab audit} and a script's {@code audit("…")}.
 *
 * @param defs the definitions, the loss among them
 * @param loss the name of the loss
 * @param named whether the name was made up here (the text wrote a plain expression)
 */
public record AuditTarget(Definitions defs, String loss, boolean named) {
  /**
   * The target of ';'-separated statements, as a script's {@code audit("…")} writes them.
   *
   * @throws IllegalArgumentException when they have no statement
   */
  static AuditTarget of(gradlab.symbolic.SymbolicEngine engine, String statements) {
    Worksheet sheet = new Worksheet(engine);
    sheet.evaluate(statements, Worksheet.Format.INPUT);
    AuditTarget target = of(sheet);
    if (target == null) {
      throw new IllegalArgumentException("no loss to audit; hint: audit(\"(w*sigma(x) - a)^2/2\")"
          + " or audit(\"f = w*sigma(x); C = (f - a)^2/2\")");
    }
    return target;
  }

  /** The target of an evaluated worksheet, or null when it has no statement. */
  public static AuditTarget of(Worksheet sheet) {
    List<Definition> items = new ArrayList<>(sheet.definitions());
    Expr last = sheet.last();
    if (last == null) {
      return null;
    }
    if (!items.isEmpty() && items.get(items.size() - 1).rhs() == last) { // ended with a definition
      return new AuditTarget(Definitions.inDependencyOrder(items),
          items.get(items.size() - 1).name(), false);
    }
    java.util.Set<String> taken = new java.util.HashSet<>(Lab.engine().freeSymbols(last));
    items.forEach(d -> taken.add(d.name()));
    String name = gradlab.audit.GradientAudit.lossName(taken);
    items.add(new Definition(name, last));
    return new AuditTarget(Definitions.inDependencyOrder(items), name, true);
  }
}

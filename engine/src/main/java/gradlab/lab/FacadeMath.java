package gradlab.lab;

import gradlab.symbolic.Expr;
import gradlab.symbolic.SymbolicEngine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facade's math strings in the math language, through a {@link Worksheet} as
 * {@code ./gradlab eval} and the console evaluate them: our parser and our definitions, so that
 * a user's name (C, D, N, O, K …) never meets one of the algebra library's own symbols, and a
 * script's {@code eval} answers what the console answers. Not thread-safe: one worksheet a call.
 */
final class FacadeMath {
  /** The name a lent argument has in the command line built here (no one types it). */
  private static final String ARGUMENT = "labargˍ";

  private FacadeMath() {}

  /**
   * Evaluates ';'-separated statements; the last one's value with every definition put in,
   * printed as the worksheet printed it (a chain-rule derivative keeps its chain form).
   *
   * @throws IllegalArgumentException when there is no statement
   */
  static Expr eval(SymbolicEngine engine, String statements) {
    Worksheet sheet = new Worksheet(engine);
    Worksheet.Printed p = sheet.evaluateAll(statements);
    if (p == null || sheet.last() == null) {
      throw new IllegalArgumentException("nothing to evaluate in \"" + statements
          + "\"; hint: eval(\"diff(sigma(w*x + b), b)\")");
    }
    return shown(sheet, p);
  }

  /**
   * {@code command(f, more…)} in the math language, with f (and each {@link Expr} among
   * {@code more}) lent as the value itself; a string among {@code more} is written as it is
   * (a variable name, a number).
   */
  static Expr apply(SymbolicEngine engine, String command, Expr f, Object... more) {
    Map<String, Object> lent = new LinkedHashMap<>();
    lent.put(ARGUMENT + 0, f);
    List<String> args = new ArrayList<>(List.of(ARGUMENT + 0));
    for (Object m : more) {
      if (m instanceof String s) {
        args.add(s);
      } else {
        String name = ARGUMENT + lent.size();
        lent.put(name, m);
        args.add(name);
      }
    }
    Worksheet sheet = new Worksheet(engine);
    Worksheet.Printed p = sheet.evaluateAll(command + "(" + String.join(", ", args) + ")",
        lent);
    return shown(sheet, p);
  }

  private static Expr shown(Worksheet sheet, Worksheet.Printed p) {
    Expr value = sheet.lastExpanded();
    // a definition shows its value, not "C = …"; otherwise as the worksheet printed it
    return p.texName().isEmpty() && !p.unicode().equals(value.unicode())
        ? value.shownAs(p.unicode()) : value;
  }
}

package gradlab.check;

import gradlab.symbolic.Definition;
import gradlab.symbolic.SymbolicEngine;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The names a text has introduced; a name outside them never refutes a step. */
final class TextNames {
  private TextNames() {}

  /** Every name the text has introduced: defined names, the names in definitions, points. */
  static Set<String> of(SymbolicEngine engine, CheckContext ctx) {
    Set<String> out = new HashSet<>(ctx.point().keySet());
    out.addAll(ctx.domain().intervals().keySet());
    for (List<Definition> ds : List.of(ctx.definitions(), ctx.restatements())) {
      for (Definition d : ds) {
        out.add(d.name());
        out.addAll(engine.freeSymbols(d.rhs()));
      }
    }
    // a function the text defines introduces its parameters and the names of its body
    for (String rule : ctx.functionRules()) {
      Matcher m = RULE_NAME.matcher(rule);
      while (m.find()) {
        out.add(m.group());
      }
    }
    return out;
  }

  private static final Pattern RULE_NAME = Pattern.compile(
      "(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*");
}

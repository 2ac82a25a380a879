package gradlab.check;

import gradlab.symbolic.Expr;
import gradlab.symbolic.SymbolicEngine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A partial of a function the text never defines, in the slot where the variable stands: d2l's
 * ∂f(x_t, h_{t−1}, w_h)/∂h_{t−1} is f's partial in its second argument at the arguments written,
 * not d/dh_{t−1} of f(x_t, h_{t−1}, w_h) with h_{t−1}'s own definition put in. Written with the
 * partial of a {@link GenericFunctions} instance.
 */
final class SlotDerivatives {
  private SlotDerivatives() {}

  private static final Pattern SLOT = Pattern.compile(
      "dd\\(\\s*([a-z][A-Za-z0-9]*)\\(([^()]*)\\)\\s*,\\s*([A-Za-z][A-Za-z0-9]*)\\s*\\)");

  /**
   * ∂f(x_t, h_{t−1}, w)/∂h_{t−1} of a generic f: the partial in the slot where h_{t−1} stands,
   * at the arguments written (as d2l means it), put in as instance {@code k}'s partial there.
   * Only where the variable is one argument and occurs in no other; otherwise left as written.
   */
  static String rewrite(SymbolicEngine engine, String side, Map<String, Integer> heads, int k) {
    Matcher m = SLOT.matcher(side);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String head = m.group(1);
      List<String> args = TopLevel.split(m.group(2), ',').stream().map(String::strip).toList();
      String var = m.group(3);
      Pattern token = Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(var)
          + "(?![A-Za-z0-9])");
      int slot = args.indexOf(var);
      boolean elsewhere = false;
      for (int i = 0; i < args.size(); i++) {
        elsewhere |= i != slot && token.matcher(args.get(i)).find();
      }
      Integer position = heads.keySet().stream().toList().indexOf(head);
      if (!heads.containsKey(head) || heads.get(head) != args.size() || slot < 0 || elsewhere) {
        m.appendReplacement(b, Matcher.quoteReplacement(m.group()));
        continue;
      }
      List<String> ps = args.size() == 1 ? List.of("x") : GenericFunctions.PARAMETERS.subList(0, args.size());
      String body = GenericFunctions.instance(args.size(), k + position)[0];
      Map<String, Expr> at = new LinkedHashMap<>();
      for (int i = 0; i < args.size(); i++) {
        at.put(ps.get(i), engine.parse("(" + args.get(i) + ")"));
      }
      String partial = engine.substitute(engine.diff(engine.parse(body), ps.get(slot)), at)
          .input();
      m.appendReplacement(b, Matcher.quoteReplacement("(" + partial + ")"));
    }
    m.appendTail(b);
    return b.toString();
  }

}

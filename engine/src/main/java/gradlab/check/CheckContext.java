package gradlab.check;

import gradlab.symbolic.Definition;
import gradlab.symbolic.Definitions;
import gradlab.symbolic.Domain;
import gradlab.symbolic.Expr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a derivation may use: named intermediates (x = a²), functions defined by a formula
 * (a(t) = 1/(1 + e^{−t}), as engine rules {@code a(t_) :> …}), a named point (a = 2, b = 1) at
 * which steps with numbers are meant, and the domain of the variables. Immutable.
 */
public record CheckContext(List<Definition> definitions, List<String> functionRules,
    Map<String, Expr> point, Domain domain) {
  public CheckContext {
    definitions = List.copyOf(definitions);
    functionRules = List.copyOf(functionRules);
    point = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(point));
  }

  public static CheckContext empty() {
    return new CheckContext(List.of(), List.of(), Map.of(), Domain.reals());
  }

  public Definitions asDefinitions() {
    return new Definitions(definitions);
  }

  public boolean defines(String name) {
    return definitions.stream().anyMatch(d -> d.name().equals(name));
  }

  /** Adds or replaces a definition, placed before the first definition that uses it. */
  public CheckContext withDefinition(Definition d) {
    List<Definition> all = new ArrayList<>(definitions);
    all.removeIf(x -> x.name().equals(d.name()));
    int at = all.size();
    for (int k = 0; k < all.size(); k++) {
      if (!all.get(k).rhs().isFreeOf(d.name())) {
        at = k;
        break;
      }
    }
    all.add(at, d);
    return new CheckContext(all, functionRules, point, domain);
  }

  public CheckContext withFunctionRule(String rule) {
    List<String> all = new ArrayList<>(functionRules);
    all.add(rule);
    return new CheckContext(definitions, all, point, domain);
  }

  public CheckContext withPoint(String name, Expr value) {
    Map<String, Expr> p = new LinkedHashMap<>(point);
    p.put(name, value);
    return new CheckContext(definitions, functionRules, p, domain);
  }

  public CheckContext withDomain(Domain d) {
    return new CheckContext(definitions, functionRules, point, d);
  }
}

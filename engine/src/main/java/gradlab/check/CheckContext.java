package gradlab.check;

import gradlab.symbolic.Definition;
import gradlab.symbolic.Definitions;
import gradlab.symbolic.Domain;
import gradlab.symbolic.Expr;
import gradlab.symbolic.FunctionRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a derivation may use: named intermediates (x = a²), restatements of a defined quantity
 * through new intermediates (f = u + x after u = xy), functions defined by a formula
 * (a(t) = 1/(1 + e^{−t}), as {@link FunctionRule}s), a named point (a = 2, b = 1) at
 * which steps with numbers are meant, and the domain of the variables. Immutable.
 */
public record CheckContext(List<Definition> definitions, List<Definition> restatements,
    List<FunctionRule> functionRules, Map<String, Expr> point, Domain domain, UsedNames used) {
  public CheckContext {
    used = used == null ? UsedNames.none() : used;
    definitions = List.copyOf(definitions);
    restatements = List.copyOf(restatements);
    functionRules = List.copyOf(functionRules);
    point = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(point));
  }

  /** A context that has used no names without reading their definitions. */
  public CheckContext(List<Definition> definitions, List<Definition> restatements,
      List<FunctionRule> functionRules, Map<String, Expr> point, Domain domain) {
    this(definitions, restatements, functionRules, point, domain, UsedNames.none());
  }

  /** With the names of a formula the text has written (see {@link UsedNames}). */
  CheckContext withUsed(UsedNames u) {
    return new CheckContext(definitions, restatements, functionRules, point, domain, u);
  }

  public static CheckContext empty() {
    return new CheckContext(List.of(), List.of(), List.of(), Map.of(), Domain.reals());
  }

  /**
   * The definitions, each after those it uses: a quantity defined before its parts (3Blue1Brown's
   * C_0 = (a^{(L)} - y)^2, then z^{(L)}, then a^{(L)} = σ(z^{(L)})) was a false "defined at or
   * after it" on every step, as {@link #withDefinition} puts a^{(L)} before C_0 but not after
   * z^{(L)}. A true cycle is still named by {@link Definitions}.
   */
  public Definitions asDefinitions() {
    return Definitions.inDependencyOrder(definitions);
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
    return new CheckContext(all, restatements, functionRules, point, domain, used);
  }

  /** Without the definitions of {@code names} (members of a family defined anew). */
  public CheckContext withoutDefinitions(java.util.Set<String> names) {
    List<Definition> all = new ArrayList<>(definitions);
    all.removeIf(x -> names.contains(x.name()));
    return new CheckContext(all, restatements, functionRules, point, domain, used);
  }

  /** The same quantity written another way (f = u + x where f was xy + x and u = xy). */
  public CheckContext withRestatement(Definition d) {
    List<Definition> all = new ArrayList<>(restatements);
    all.add(d);
    return new CheckContext(definitions, all, functionRules, point, domain, used);
  }

  /** The definitions with {@code d} in place of the definition of the same name. */
  public CheckContext reading(Definition d) {
    return withDefinition(d);
  }

  /** The context without the rules of the function {@code name} (before it is defined anew). */
  public CheckContext withoutFunction(String name) {
    List<FunctionRule> all = new ArrayList<>(functionRules);
    all.removeIf(r -> r.name().equals(name));
    return new CheckContext(definitions, restatements, all, point, domain, used);
  }

  public CheckContext withFunctionRule(FunctionRule rule) {
    List<FunctionRule> all = new ArrayList<>(functionRules);
    all.add(rule);
    return new CheckContext(definitions, restatements, all, point, domain, used);
  }

  public CheckContext withPoint(String name, Expr value) {
    Map<String, Expr> p = new LinkedHashMap<>(point);
    p.put(name, value);
    return new CheckContext(definitions, restatements, functionRules, p, domain, used);
  }

  /** The point without {@code name}: the text said "for all x". */
  public CheckContext withoutPoint(String name) {
    Map<String, Expr> p = new LinkedHashMap<>(point);
    p.remove(name);
    return new CheckContext(definitions, restatements, functionRules, p, domain, used);
  }

  /** No named point: a new scope ("At x = 2", a new section). */
  public CheckContext withoutPoints() {
    return new CheckContext(definitions, restatements, functionRules, Map.of(), domain, used);
  }

  public CheckContext withDomain(Domain d) {
    return new CheckContext(definitions, restatements, functionRules, point, d, used);
  }
}

package gradlab.symbolic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An ordered list of named intermediates: a computational graph written as equations. Each
 * right-hand side may use the names defined before it. Immutable.
 */
public record Definitions(List<Definition> items) {
  public Definitions {
    items = List.copyOf(items);
    for (int i = 0; i < items.size(); i++) {
      for (int j = i; j < items.size(); j++) {
        if (!items.get(i).rhs().isFreeOf(items.get(j).name())) {
          throw new IllegalArgumentException("definition of " + items.get(i).name()
              + " uses " + items.get(j).name() + ", which is defined at or after it; "
              + "hint: list definitions in the order they are computed");
        }
      }
    }
  }

  /**
   * The definitions with each one after those it uses, otherwise in the given order: a name
   * redefined later ({@code z = …; a = σ(z); z = …}) moves before its users. Throws on a cycle.
   */
  public static Definitions inDependencyOrder(List<Definition> items) {
    List<Definition> left = new ArrayList<>(items);
    List<Definition> out = new ArrayList<>();
    while (!left.isEmpty()) {
      Definition ready = null;
      for (Definition d : left) {
        if (left.stream().allMatch(o -> o == d || d.rhs().isFreeOf(o.name()))) {
          ready = d;
          break;
        }
      }
      if (ready == null) {
        return new Definitions(items); // a cycle: the constructor names it
      }
      left.remove(ready);
      out.add(ready);
    }
    return new Definitions(out);
  }

  /** Parses {@code "name = rhs"} lines with the engine. */
  public static Definitions parse(SymbolicEngine engine, String... equations) {
    List<Definition> out = new ArrayList<>();
    for (String eq : equations) {
      int at = eq.indexOf('=');
      if (at <= 0) {
        throw new IllegalArgumentException("expected 'name = expression', got: " + eq);
      }
      String name = InputForm.normalise(eq.substring(0, at));
      out.add(new Definition(name, engine.eval(eq.substring(at + 1))));
    }
    return new Definitions(out);
  }

  /**
   * The definitions that {@code names} use, directly or through other definitions, in this
   * order: what a loss or a chain of a session needs, not everything the session defines.
   */
  public Definitions usedBy(SymbolicEngine engine, java.util.Collection<String> names) {
    java.util.Set<String> needed = new java.util.HashSet<>(names);
    List<Definition> kept = new ArrayList<>();
    for (int i = items.size() - 1; i >= 0; i--) {
      Definition d = items.get(i);
      if (needed.contains(d.name())) {
        kept.add(0, d);
        needed.addAll(engine.freeSymbols(d.rhs()));
      }
    }
    return new Definitions(kept);
  }

  public Optional<Expr> rhs(String name) {
    return items.stream().filter(d -> d.name().equals(name)).map(Definition::rhs).findFirst();
  }

  public boolean defines(String name) {
    return rhs(name).isPresent();
  }

  public List<String> names() {
    return items.stream().map(Definition::name).toList();
  }

  /**
   * Evaluates every intermediate at a point, in order.
   *
   * @return the inputs followed by each defined name's value
   */
  public Map<String, Double> evaluate(SymbolicEngine engine, Map<String, Double> inputs) {
    Map<String, Double> values = new LinkedHashMap<>(inputs);
    for (Definition d : items) {
      values.put(d.name(), engine.numeric(d.rhs(), values));
    }
    return values;
  }

  /** Substitutes all definitions into {@code e}, giving it in the inputs alone. */
  public Expr inline(SymbolicEngine engine, Expr e) {
    Expr out = e;
    for (int i = items.size() - 1; i >= 0; i--) {
      out = engine.substitute(out, Map.of(items.get(i).name(), items.get(i).rhs()));
    }
    return out;
  }
}

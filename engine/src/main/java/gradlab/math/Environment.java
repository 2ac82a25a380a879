package gradlab.math;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The session's definitions {@code name = expression}, in the order they were made. A defined
 * name means its right-hand side everywhere: differentiation goes through it (the total
 * derivative), evaluation and substitution expand it. Redefining a name replaces it for later
 * uses; a cyclic definition is an error naming the cycle. Immutable.
 */
public record Environment(Map<String, Expression> definitions) {
  public static final Environment EMPTY = new Environment(Map.of());

  public Environment {
    definitions = Collections.unmodifiableMap(new LinkedHashMap<>(definitions));
  }

  /** This environment with {@code name = rhs}; throws on a cycle such as a = b, b = a. */
  public Environment with(String name, Expression rhs) {
    List<String> cycle = pathTo(rhs, name, new ArrayList<>(List.of(name)), new HashMap<>());
    if (cycle != null) {
      throw new IllegalArgumentException("cyclic definition: " + String.join(" → ", cycle)
          + "; hint: a name cannot be defined through itself");
    }
    Map<String, Expression> m = new LinkedHashMap<>(definitions);
    m.remove(name);
    m.put(name, rhs);
    return new Environment(m);
  }

  private List<String> pathTo(Expression e, String target, List<String> path,
      Map<String, Boolean> seen) {
    for (String s : Symbols.of(e)) {
      if (s.equals(target)) {
        List<String> out = new ArrayList<>(path);
        out.add(s);
        return out;
      }
      Expression rhs = definitions.get(s);
      if (rhs != null && seen.putIfAbsent(s, true) == null) {
        path.add(s);
        List<String> found = pathTo(rhs, target, path, seen);
        path.remove(path.size() - 1);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** This environment without a definition of {@code name} (a name later uses see as free). */
  public Environment without(String name) {
    Map<String, Expression> m = new LinkedHashMap<>(definitions);
    m.remove(name);
    return new Environment(m);
  }

  public Optional<Expression> rhs(String name) {
    return Optional.ofNullable(definitions.get(name));
  }

  public boolean defines(String name) {
    return definitions.containsKey(name);
  }

  /** The expression with every defined name replaced by its definition, recursively. */
  public Expression expand(Expression e) {
    Map<String, Expression> done = new HashMap<>();
    return Substitution.replace(e, name -> expanded(name, done));
  }

  private Expression expanded(String name, Map<String, Expression> done) {
    Expression rhs = definitions.get(name);
    if (rhs == null) {
      return null;
    }
    Expression cached = done.get(name);
    if (cached == null) {
      cached = Substitution.replace(rhs, n -> expanded(n, done));
      done.put(name, cached);
    }
    return cached;
  }

  /**
   * The names whose definition, expanded, has no free symbol (constants such as x = 3 or
   * width = 2·log(3 + 2√2)), each with its expanded value.
   */
  public Map<String, Expression> constants() {
    Map<String, Expression> out = new LinkedHashMap<>();
    Map<String, Expression> done = new HashMap<>();
    for (String name : definitions.keySet()) {
      if (freeSymbols(definitions.get(name)).isEmpty()) {
        out.put(name, expanded(name, done));
      }
    }
    return out;
  }

  /** The free symbols of e after expanding definitions, in order of appearance. */
  public Set<String> freeSymbols(Expression e) {
    Set<String> out = new LinkedHashSet<>();
    collect(e, out, new HashMap<>());
    return out;
  }

  private void collect(Expression e, Set<String> out, Map<String, Boolean> seen) {
    for (String s : Symbols.of(e)) {
      Expression rhs = definitions.get(s);
      if (rhs == null) {
        out.add(s);
      } else if (seen.putIfAbsent(s, true) == null) {
        collect(rhs, out, seen);
      }
    }
  }
}

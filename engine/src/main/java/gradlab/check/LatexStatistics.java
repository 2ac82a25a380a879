package gradlab.check;

import gradlab.math.Expression;
import gradlab.math.Num;
import gradlab.math.Parser;
import gradlab.math.Power;
import gradlab.math.Printer;
import gradlab.math.Product;
import gradlab.math.Real;
import gradlab.math.Sum;
import gradlab.math.Symbols;
import gradlab.math.Sym;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * E[·] and Var(·) of polynomials in the text's names, written through the moments of each
 * name: E[x] is the name {@code meanofx}, Var(x) is {@code varofx}, and E[x²] = Var(x) + E[x]².
 * E is linear (always). Var(u) = E[u²] − E[u]². E of a product of different names is the
 * product of their E's only where the text states their independence
 * ({@link LatexReading#independent()}); otherwise it is refused ("needs independence"). So Var of a sum of independent terms is the
 * sum of their Vars, and Var of a product of independent terms with E = 0 — the text states
 * {@code E[w] = 0}, a definition of {@code meanofw} — is the product of their Vars. E of
 * anything but a polynomial (E[σ(x)], E[x³]) is refused by name. A name the text calls a
 * constant ({@link ConstantNames}: "a scalar $a$") is a number here: E[a X] = a E[X],
 * Var(a X) = a² Var(X), E[a] = a.
 */
final class LatexStatistics {
  private static final int MOST_DEGREE = 4;

  private LatexStatistics() {}

  /**
   * Whether an engine name is a moment the reader writes (E[x] → meanofx, Var(x) → varofx):
   * prose may state one ({@code $E[w] = 0$}), a display only claims it.
   */
  static boolean isMoment(String name) {
    return name != null && name.matches("(meanof|varof)[A-Za-z0-9]+");
  }

  /** The operator word at the cursor's argument ([…] or (…)), read: E[x + y], Var(w x). */
  static String apply(LatexReader r, String operator) {
    LatexCursor c = r.cursor();
    c.skipSpacing();
    if (c.peek() == '_') {
      throw new UnsupportedLatexException("expectations over a named distribution (E_{x∼p})");
    }
    if (c.peek() != '[' && c.peek() != '(') {
      throw new UnsupportedLatexException((operator.equals("E") ? "expectations E" : "variances "
          + "Var") + " without brackets");
    }
    String inner = c.rawBracket().replaceAll("\\\\right\\s*$", "");
    return of(r, operator, r.readNested(inner));
  }

  /** E[inner] or Var(inner) of an argument already in engine syntax. */
  static String of(LatexReader r, String operator, String inner) {
    Expression e = parse(inner);
    Set<String> constants = r.reading().constants();
    if (e instanceof Sym s && !constants.contains(s.name())) {
      // E[w], Var(w): a name the text can set (E[w] = 0)
      return (operator.equals("E") ? "meanof" : "varof") + s.name();
    }
    Map<Map<String, Integer>, Num> p = polynomial(e, constants);
    Set<String> independence = r.reading().independent();
    Map<Map<String, Integer>, Num> mean = expectation(p, independence, constants);
    if (operator.equals("E")) {
      return print(mean);
    }
    Map<Map<String, Integer>, Num> variance = expectation(times(p, p), independence, constants);
    times(mean, mean).forEach((m, c) -> variance.merge(m, c.negate(), Num::add));
    return print(variance);
  }

  static Expression parse(String inner) {
    try {
      return Parser.parse(LatexReader.parserInput(inner));
    } catch (RuntimeException e) {
      throw new UnsupportedLatexException("E[·] or Var(·) of what is not a polynomial in the "
          + "text's names");
    }
  }

  /** Σ c·E[monomial], each monomial through the moments of its names. */
  static Map<Map<String, Integer>, Num> expectation(Map<Map<String, Integer>, Num> p,
      Set<String> independence, Set<String> constants) {
    Map<Map<String, Integer>, Num> out = new LinkedHashMap<>();
    for (var term : p.entrySet()) {
      Map<String, Integer> m = term.getKey();
      Set<String> random = new java.util.TreeSet<>(m.keySet());
      random.removeIf(n -> isConstant(n, constants)); // a constant comes out of E as a number
      if (random.size() > 1 && !independence.containsAll(random)) {
        // Var(X + Y) has E[XY] in it too: the message names the product, not the argument
        String names = String.join(", ", random.stream().map(LatexNames::readable).toList());
        throw new UnsupportedLatexException("E[·] or Var(·) that needs the mean of a product "
            + "of different names: needs independence of " + names + ", which the text does "
            + "not state");
      }
      Map<Map<String, Integer>, Num> e = constant(term.getValue());
      for (var f : m.entrySet()) {
        e = times(e, isConstant(f.getKey(), constants) ? Map.of(new TreeMap<>(Map.of(f.getKey(),
            f.getValue())), Num.ONE) : moment(f.getKey(), f.getValue()));
      }
      e.forEach((k, c) -> out.merge(k, c, Num::add));
    }
    return out;
  }

  /** A name the text calls a constant, or a bracketed function of such names (1/√d). */
  private static boolean isConstant(String key, Set<String> constants) {
    return constants.contains(key) || key.startsWith("(");
  }

  private static Map<Map<String, Integer>, Num> moment(String name, int k) {
    Map<Map<String, Integer>, Num> out = new LinkedHashMap<>();
    switch (k) {
      case 1 -> out.put(new TreeMap<>(Map.of("meanof" + name, 1)), Num.ONE);
      case 2 -> {
        out.put(new TreeMap<>(Map.of("varof" + name, 1)), Num.ONE);
        out.put(new TreeMap<>(Map.of("meanof" + name, 2)), Num.ONE);
      }
      default -> throw new UnsupportedLatexException("moments of order " + k + " (E[x^" + k
          + "])");
    }
    return out;
  }

  /**
   * The polynomial as monomial (name → power) → exact coefficient. A factor in the names the
   * text calls constants alone that is not a polynomial (1/√d_k) is one factor of its own, kept
   * whole in brackets: Var(X/√d) = Var(X)/d.
   */
  static Map<Map<String, Integer>, Num> polynomial(Expression e, Set<String> constants) {
    return switch (e) {
      case Num n -> constant(n);
      case Real x -> {
        BigDecimal d = BigDecimal.valueOf(x.value());
        yield constant(d.scale() <= 0 ? new Num(d.toBigIntegerExact(), BigInteger.ONE)
            : new Num(d.unscaledValue(), BigInteger.TEN.pow(d.scale())));
      }
      case Sym s -> Map.of(new TreeMap<>(Map.of(s.name(), 1)), Num.ONE);
      case Sum s -> {
        Map<Map<String, Integer>, Num> out = new LinkedHashMap<>();
        for (Expression t : s.terms()) {
          polynomial(t, constants).forEach((m, c) -> out.merge(m, c, Num::add));
        }
        yield out;
      }
      case Product p -> {
        Map<Map<String, Integer>, Num> out = constant(Num.ONE);
        for (Expression f : p.factors()) {
          out = times(out, polynomial(f, constants));
        }
        yield out;
      }
      case Power w when w.exponent() instanceof Num k && k.isInteger() && k.signum() >= 0
          && k.num().intValue() <= MOST_DEGREE -> {
        Map<Map<String, Integer>, Num> out = constant(Num.ONE);
        for (int j = 0; j < k.num().intValue(); j++) {
          out = times(out, polynomial(w.base(), constants));
        }
        yield out;
      }
      case Power w when !Symbols.of(w).isEmpty() && constants.containsAll(Symbols.of(w)) ->
          Map.of(new TreeMap<>(Map.of("(" + Printer.input(w) + ")", 1)), Num.ONE);
      default -> throw new UnsupportedLatexException("E[·] or Var(·) of what is not a "
          + "polynomial in the text's names");
    };
  }

  private static Map<Map<String, Integer>, Num> constant(Num c) {
    return Map.of(new TreeMap<>(), c);
  }

  static Map<Map<String, Integer>, Num> times(Map<Map<String, Integer>, Num> a,
      Map<Map<String, Integer>, Num> b) {
    Map<Map<String, Integer>, Num> out = new LinkedHashMap<>();
    for (var x : a.entrySet()) {
      for (var y : b.entrySet()) {
        TreeMap<String, Integer> m = new TreeMap<>(x.getKey());
        y.getKey().forEach((n, k) -> m.merge(n, k, Integer::sum));
        out.merge(m, x.getValue().multiply(y.getValue()), Num::add);
      }
    }
    return out;
  }

  /** Engine syntax of a polynomial, terms with a zero coefficient left out. */
  static String print(Map<Map<String, Integer>, Num> p) {
    List<String> terms = new ArrayList<>();
    p.forEach((m, c) -> {
      if (c.isZero()) {
        return;
      }
      StringBuilder b = new StringBuilder("(" + Printer.input(c) + ")");
      m.forEach((n, k) -> b.append("*").append(n).append(k == 1 ? "" : "^" + k));
      terms.add(b.toString());
    });
    return terms.isEmpty() ? "0" : "(" + String.join("+", terms) + ")";
  }
}

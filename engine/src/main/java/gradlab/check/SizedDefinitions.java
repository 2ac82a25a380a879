package gradlab.check;

import gradlab.symbolic.Definition;
import gradlab.symbolic.SymbolicEngine;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Definitions whose sums have no written bounds, in the notation of Nielsen's book, kept as
 * LaTeX and written out with the step that uses them, for the same size k = 1…5:
 * <ul>
 *   <li>a sum over the training inputs, {@code C = -\frac{1}{n} \sum_x [y \ln a + …]}, whose
 *       body does not name its index: written out over k inputs that are all alike (a training
 *       set the text allows), with the count n, known from {@code \frac{1}{n}\sum_x}, set to
 *       k;</li>
 *   <li>a sum over a set named by its element, {@code \sum_w w^2}, {@code \sum_w |w|}: the
 *       distinct names w₁ … w_k, and a free w in the step is one of them, w₁;</li>
 *   <li>a sum over an indexed family, {@code z = \sum_j w_j x_j + b}: x₁ … x_k, and a free
 *       index j in the step ({@code \partial C/\partial w_j}) is one of them, 1.</li>
 * </ul>
 * Each such reading is an instance of what the text states, so a step that fails in every
 * instance is false; one that holds in every instance is at most "unknown". One per document;
 * not thread-safe.
 */
final class SizedDefinitions {
  private static final Pattern SUM = Pattern.compile("\\\\sum(\\\\limits)?\\s*_");
  private static final Pattern MEAN = Pattern.compile(
      "\\\\frac\\s*\\{\\s*1\\s*\\}\\s*\\{\\s*\\d*\\s*([A-Za-z])\\s*\\}\\s*(\\\\left\\s*[(\\[]\\s*)?$");
  private static final String FRESH = "MKQRSTUVPG";
  /** Name (engine syntax) → the right side, with its sums rewritten to bounded ones. */
  private final Map<String, String> rhs = new LinkedHashMap<>();
  /** Name (engine syntax) → its head as the text writes it (y, z_j). */
  private final Map<String, String> heads = new LinkedHashMap<>();
  /** Letters of sums over sets named by their element (w in Σ_w w²). */
  private final Set<String> setLetters = new LinkedHashSet<>();
  /** Letters of sums over indexed families (j in Σ_j w_j x_j). */
  private final Set<String> familyLetters = new LinkedHashSet<>();
  /** Sizes made up for sums over sets, and what they count. */
  private final Map<String, String> freshSizes = new LinkedHashMap<>();
  /** The letter that counts the training inputs, once the text shows it (1/n Σ_x). */
  private String count;
  /** The definitions with a sum over training inputs, written out with the inputs alike. */
  private final Set<String> alikeDefinitions = new LinkedHashSet<>();
  /** Whether the last {@link #rewrite} wrote a sum over training inputs. */
  private boolean lastAlike;

  /**
   * Records {@code name = rawRhs} when its sums are read written out; false otherwise, also for
   * a name with a free index ({@code a^L_j = e^{z^L_j} / \sum_k e^{z^L_k}}): whether its j is a
   * term of the sum is not written, and reading it as another term refutes the true
   * ∂a^L_j/∂z^L_j = a^L_j(1 − a^L_j).
   */
  boolean define(String name, String rawHead, String rawRhs) {
    Matcher subs = Pattern.compile("_\\{([^{}]*)\\}|_([A-Za-z0-9])").matcher(rawHead);
    while (subs.find()) {
      String sub = subs.group(1) != null ? subs.group(1) : subs.group(2);
      if (Pattern.compile("(?<![A-Za-z\\\\])[A-Za-z](?![A-Za-z])").matcher(sub).find()) {
        return false;
      }
    }
    String r;
    try {
      r = rewrite(rawRhs);
    } catch (UnsupportedLatexException e) {
      return false;
    }
    if (!SUM.matcher(rawRhs).find()
        || SymbolicSums.instance(r, 1, List.of(), new LinkedHashSet<>()) == null) {
      return false;
    }
    Matcher m = Pattern.compile("\\\\sum(?:\\\\limits)?\\s*_\\{?\\s*([A-Za-z])\\s*\\}?(?!\\s*=)")
        .matcher(rawRhs);
    while (m.find()) {
      if (!rawRhs.substring(m.end()).stripLeading().startsWith("^")) {
        String body = new LatexCursor(rawRhs.substring(m.end())).restOfSummand();
        if (SumLetters.uses(body, m.group(1))) {
          familyLetters.add(m.group(1));
        } else if (SumLetters.element(m.group(1)).matcher(body).find()) {
          setLetters.add(m.group(1)); // Σ_w w²; Σ_x over training inputs is neither
        }
      }
    }
    if (lastAlike) {
      alikeDefinitions.add(name);
    }
    rhs.put(name, r);
    heads.put(name, rawHead.strip());
    return true;
  }

  /**
   * {@code latex} with the variance or mean of a name defined here by a sum taken of its sum:
   * Var(y) of y = Σ_{i=1}^{n} w_i x_i is Var(Σ_{i=1}^{n} w_i x_i), which the statistics reading
   * and the independence the text states then decide ("Var(y) is not defined in the text").
   */
  String moments(String latex) {
    return SummedMoments.taken(latex, heads, rhs);
  }

  /** Whether {@code name} has a definition here. */
  boolean defines(String name) {
    return rhs.containsKey(name);
  }

  /** The names (engine syntax) defined here. */
  Set<String> names() {
    return java.util.Collections.unmodifiableSet(rhs.keySet());
  }

  /** Forgets the definition of a name the text defines anew in a way not read here. */
  void forget(String name) {
    rhs.remove(name);
    heads.remove(name);
    alikeDefinitions.remove(name);
  }

  boolean isEmpty() {
    return rhs.isEmpty();
  }

  /**
   * The sized definitions a step needs: all of them (they may use one another) when
   * {@code sides} (engine syntax) reach one of them through the definitions of {@code ctx};
   * else none.
   */
  Set<String> usedBy(SymbolicEngine engine, CheckContext ctx, String... sides) {
    Set<String> seen = new LinkedHashSet<>();
    List<String> todo = new java.util.ArrayList<>();
    for (String s : sides) {
      Matcher m = EngineNames.NAME.matcher(s);
      while (m.find()) {
        todo.add(m.group());
      }
    }
    while (!todo.isEmpty()) {
      String n = todo.remove(todo.size() - 1);
      if (!seen.add(n)) {
        continue;
      }
      if (LatexStatistics.isMoment(n)) { // Var(y) of y = Σ_i w_i x_i uses y
        todo.add(n.replaceFirst("^(meanof|varof)", ""));
      }
      if (rhs.containsKey(n) && !ctx.defines(n)) {
        Set<String> all = new LinkedHashSet<>(rhs.keySet());
        all.removeIf(ctx::defines);
        return all;
      }
      ctx.definitions().stream().filter(d -> d.name().equals(n))
          .forEach(d -> todo.addAll(engine.freeSymbols(d.rhs())));
    }
    return Set.of();
  }

  /**
   * What the sizes count, for the report: n, "n (inputs alike)" where a sum over training
   * inputs was written out with its inputs alike, #w for a sum over the weights.
   */
  String describe(Set<String> letters, boolean alike) {
    return String.join(" = ", letters.stream().map(l -> alike && l.equals(count)
        ? l + " (inputs alike)" : freshSizes.getOrDefault(l, l)).toList());
  }

  /** Whether the last rewrite, or a definition among {@code names}, sums over inputs alike. */
  boolean alike(Set<String> names) {
    return lastAlike || names.stream().anyMatch(alikeDefinitions::contains);
  }

  /**
   * {@code latex} with its sums over training inputs and over sets written with bounds
   * ({@code \sum_{x=1}^{n}}, {@code \sum_{q=1}^{M} |w_{q}|}); other sums unchanged.
   */
  String rewrite(String latex) {
    Matcher m = SUM.matcher(latex);
    StringBuilder b = new StringBuilder();
    int at = 0;
    lastAlike = false;
    while (m.find(at)) {
      LatexCursor c = new LatexCursor(latex.substring(m.end()));
      String index = c.rawGroupOrToken().strip();
      c.skipBlanks();
      if (!index.matches("[A-Za-z]") || c.peek() == '^') {
        b.append(latex, at, m.end());
        at = m.end();
        continue;
      }
      int bodyStart = m.end() + c.position();
      String body = c.restOfSummand();
      String replaced;
      if (SumLetters.uses(body, index)) {
        replaced = null; // Σ_j w_j x_j: read as it is
      } else if (SumLetters.element(index).matcher(body).find()) { // Σ_w w²: w is an element
        if (SumLetters.member(index).matcher(latex.substring(0, m.start()) + " "
            + latex.substring(bodyStart + body.length())).find()) {
          throw new UnsupportedLatexException("Σ over a set whose member " + index
              + " is also named outside it (which term is it?)");
        }
        String q = SumLetters.fresh(latex + body, "qpuvrs");
        String size = SumLetters.fresh(latex, FRESH);
        freshSizes.put(size, "#" + index);
        replaced = "\\sum_{" + q + "=1}^{" + size + "} {"
            + SumLetters.element(index).matcher(body).replaceAll(index + "_{" + q + "}") + "}";
      } else {
        Matcher mean = MEAN.matcher(latex.substring(0, m.start()));
        if (mean.find()) {
          count = mean.group(1);
        }
        // Σ_x over training inputs, x_j the j-th input: k inputs alike, under a fresh index
        replaced = count == null ? null : "\\sum_{" + SumLetters.fresh(latex + body, "qpuvrs")
            + "=1}^{" + count + "} {" + body + "}";
        lastAlike |= replaced != null;
      }
      b.append(latex, at, m.start()).append(replaced == null ? latex.substring(m.start(),
          bodyStart + body.length()) : replaced);
      at = bodyStart + body.length();
    }
    return b.append(latex.substring(at)).toString();
  }

  /**
   * A step that uses these definitions, with its free indices put in: a free w of a sum over
   * the weights is w₁, a subscript j of a sum over a family is 1 (unless the step sums over
   * that letter itself).
   */
  String freeIndices(String latex) {
    String out = latex;
    for (String w : setLetters) {
      if (!Pattern.compile("\\\\sum(\\\\limits)?\\s*_\\{?\\s*" + w).matcher(out).find()) {
        out = SumLetters.member(w).matcher(out).replaceAll(m -> Matcher.quoteReplacement(w + "_{1}"
            + (m.group(2) == null ? "" : m.group(2))));
      }
    }
    for (String j : familyLetters) {
      if (!Pattern.compile("\\\\(sum|prod)(\\\\limits)?\\s*_\\{?\\s*" + j).matcher(out).find()) {
        Matcher g = Pattern.compile("_\\{([^{}]*)\\}|_([A-Za-z0-9])").matcher(out);
        StringBuilder b = new StringBuilder();
        while (g.find()) {
          String sub = g.group(1) != null ? g.group(1) : g.group(2);
          g.appendReplacement(b, Matcher.quoteReplacement("_{" + SumLetters.alone(j).matcher(sub)
              .replaceAll("1") + "}"));
        }
        out = g.appendTail(b).toString();
      }
    }
    return out;
  }

  /**
   * Whether the two sides name at most one member of each set summed over (w, or one written
   * form such as w_{jk}, which is then w₁): two different forms (w and w_{jk}, w_{jk} and
   * w_{ij}) may be different weights, and which ones the sum holds is not known.
   */
  boolean oneMemberEach(String lhs, String rhs) {
    for (String w : setLetters) {
      Set<String> forms = new LinkedHashSet<>();
      Matcher m = SumLetters.member(w).matcher(lhs + " " + rhs);
      while (m.find()) {
        forms.add(m.group(1).replaceAll("\\s+", ""));
      }
      if (forms.size() > 1) {
        return false;
      }
    }
    return true;
  }

  /** The context with the definitions of {@code names} written out for size k. */
  CheckContext at(int k, CheckContext ctx, Set<String> names, LatexReading reading,
      SymbolicEngine engine) {
    CheckContext out = ctx;
    for (String name : names) {
      String latex = SymbolicSums.instance(rhs.get(name), k, List.of(), new LinkedHashSet<>());
      if (latex == null) {
        throw new UnsupportedLatexException("Σ in the definition of "
            + LatexNames.readable(name));
      }
      String e = LatexReader.read(latex, reading).engineSyntax();
      out = out.withDefinition(new Definition(name, engine.eval(e)));
    }
    return out;
  }

  /** The size letters of the definitions of {@code names}. */
  Set<String> sizeLetters(Set<String> names) {
    Set<String> out = new LinkedHashSet<>();
    names.forEach(n -> out.addAll(SymbolicSums.sizeLetters(rhs.get(n))));
    return out;
  }
}

package gradlab.check;

import gradlab.symbolic.Definition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layered families of Nielsen's ch. 2 and the CS231n notes, kept as LaTeX:
 * {@code z^l_j = \sum_k w^l_{jk} a^{l-1}_k + b^l_j}, {@code a^l_j = \sigma(z^l_j)} and the error
 * {@code \delta^l_j \equiv \partial C / \partial z^l_j} of a cost C the text never writes out.
 * The superscript of these names is the layer (part of the name), never a power: the text has
 * defined the families by it, and ∂C/∂(w_{jk})^l of a C written nowhere has no meaning.
 * A template written for layer l holds for every layer, L among them; one written for L only
 * for L (a softmax output layer is not a hidden layer).
 *
 * <p>{@link LayeredSteps} writes them out as small concrete networks. Not thread-safe; one per
 * document.
 */
final class LayeredNetworks {
  /** A layered name with one free index: z^l_j, a^{L}_j, \delta^{l+1}_k. */
  private static final Pattern HEAD = Pattern.compile("\\s*(\\\\[A-Za-z]+|[A-Za-z])\\s*\\^\\s*"
      + "(\\{[^{}]*\\}|[A-Za-z])\\s*_\\s*(?:\\{\\s*([a-z])\\s*\\}|([a-z]))\\s*");
  /** A layer superscript: ^l, ^L, ^{l+1}, ^{(L-1)}, ^{[l]} (group 1/4 the letter, 2–3 shift). */
  static final Pattern LABEL = Pattern.compile("\\^\\s*(?:\\{\\s*[(\\[]?\\s*([lL])\\s*(?:([+-])"
      + "\\s*(\\d))?\\s*[)\\]]?\\s*\\}|([lL])(?![A-Za-z]))");
  /** ∂X in a formula: the name after it (group 1). */
  private static final Pattern PARTIAL_OF = Pattern.compile(
      "\\\\partial\\s*\\{?\\s*([A-Za-z])(?![A-Za-z])\\s*\\}?");

  /** One family: base^{letter+offset}_{index} = rhs (LaTeX as the text wrote it). */
  record Template(String base, char letter, int offset, String index, String rhs) {
    boolean partial() {
      return rhs.contains("\\partial");
    }

    /** Whether it holds at layers named by {@code at}: l-templates at every layer. */
    boolean holdsAt(char at) {
      return letter == 'l' || at == 'L';
    }
  }

  /** A layer: its letter and its shift from it (l − 1: 'l', −1). */
  record Layer(char letter, int offset) {
    /** Whether the notation can name it (l − 1 … l + 1; L − 1, L). */
    boolean nameable() {
      return offset >= -1 && offset <= (letter == 'L' ? 0 : 1);
    }

    String latex() {
      return "^{" + letter + (offset == 0 ? "" : offset > 0 ? "+" + offset : "-" + -offset)
          + "}";
    }
  }

  private final Map<String, Template> templates = new LinkedHashMap<>();
  /** Bases given a second, different definition for a layer letter. */
  private final Set<String> redefined = new LinkedHashSet<>();
  /** The cost the error is defined by (C), as the text writes it; null until then. */
  private String cost;

  /**
   * Records a layered family {@code rawHead = rawRhs} (no ∂ in it) the first time its name is
   * defined for that layer letter; false when it is not one or is defined already.
   */
  boolean note(String rawHead, String rawRhs) {
    return !rawRhs.contains("\\partial") && LABEL.matcher(rawRhs).find() && put(rawHead, rawRhs);
  }

  /**
   * Records an error {@code \delta^l_j = \partial C / \partial z^l_j}: a layered name defined
   * as one partial of a cost C that {@code costDefined} says the text has not defined.
   */
  boolean noteError(String rawHead, String rawRhs, java.util.function.Predicate<String>
      costDefined) {
    Matcher p = PARTIAL_OF.matcher(rawRhs);
    if (!p.find() || !LABEL.matcher(rawRhs).find() || cost != null && !cost.equals(p.group(1))
        || costDefined.test(p.group(1))) {
      return false;
    }
    String c = p.group(1);
    if (!p.find() || p.find() || !put(rawHead, rawRhs)) { // ∂C over ∂z: two ∂ only
      return false;
    }
    cost = c;
    return true;
  }

  private boolean put(String rawHead, String rawRhs) {
    Matcher h = HEAD.matcher(rawHead);
    Layer layer = h.matches() ? layer(h.group(2)) : null;
    if (layer == null || !layer.nameable()) {
      return false;
    }
    String base = h.group(1);
    String key = base + layer.letter();
    if (templates.containsKey(key)) {
      if (!templates.get(key).rhs().equals(rawRhs.strip())) {
        redefined.add(base); // a sigmoid layer, later a softmax one: which is meant?
      }
      return false;
    }
    templates.put(key, new Template(base, layer.letter(), layer.offset(),
        h.group(3) != null ? h.group(3) : h.group(4), rawRhs.strip()));
    return true;
  }

  /** Whether {@code base} (LaTeX, \delta) names a family defined here for layer letter l/L. */
  boolean defines(String rawHead) {
    Matcher h = HEAD.matcher(rawHead);
    Layer layer = h.matches() ? layer(h.group(2)) : null;
    return layer != null && template(h.group(1), layer.letter()) != null;
  }

  /** Whether the text has given family {@code base} two different definitions so far. */
  boolean redefined(String base) {
    return redefined.contains(base);
  }

  String cost() {
    return cost;
  }

  /** The template of {@code base} that holds at layers of letter {@code at}, or null. */
  Template template(String base, char at) {
    Template own = templates.get(base + at);
    return own != null ? own : at == 'L' ? templates.get(base + 'l') : null;
  }

  List<Template> templates(char at) {
    List<Template> out = new ArrayList<>();
    for (Template t : templates.values()) {
      if (t.holdsAt(at) && template(t.base(), at) == t) {
        out.add(t);
      }
    }
    return out;
  }

  /** The bases of the partial templates (\delta), the cost's own derivatives. */
  Set<String> errorBases() {
    Set<String> out = new LinkedHashSet<>();
    templates.values().stream().filter(Template::partial).forEach(t -> out.add(t.base()));
    return out;
  }

  /**
   * The base the next layer takes in (a of z^l_j = Σ_k w^l_{jk} a^{l−1}_k + b^l_j), the
   * arguments of the cost; else the one family without ∂; else null.
   */
  String output(char at) {
    List<Template> plain = templates(at).stream().filter(t -> !t.partial()).toList();
    for (Template t : plain) {
      for (Template u : plain) {
        Matcher m = Pattern.compile("(?<![A-Za-z\\\\])" + Pattern.quote(u.base())
            + "\\s*\\^\\s*\\{\\s*[lL]\\s*-\\s*1\\s*\\}").matcher(t.rhs());
        if (m.find()) {
          return u.base();
        }
      }
    }
    return plain.size() == 1 ? plain.get(0).base() : null;
  }

  boolean isEmpty() {
    return templates.isEmpty();
  }

  /** The layer a superscript's content names, or null. */
  static Layer layer(String sup) {
    Matcher m = LABEL.matcher("^" + (sup.strip().startsWith("{") ? sup : "{" + sup + "}"));
    if (!m.matches()) {
      return null;
    }
    char letter = (m.group(1) != null ? m.group(1) : m.group(4)).charAt(0);
    int shift = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    return new Layer(letter, "-".equals(m.group(2)) ? -shift : shift);
  }

  /** The layers {@code latex} names by superscripts, in order. */
  static List<Layer> layers(String latex) {
    List<Layer> out = new ArrayList<>();
    Matcher m = LABEL.matcher(latex);
    while (m.find()) {
      out.add(layer(m.group().substring(1).strip()));
    }
    return out;
  }

  /**
   * {@code latex} written for another layer: each superscript of the letter {@code from} shifted
   * by {@code shift} and given the letter {@code to}; null where a layer would not be nameable.
   */
  static String relabel(String latex, char from, char to, int shift) {
    Matcher m = LABEL.matcher(latex);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      Layer l = layer(m.group().substring(1).strip());
      if (l.letter() != from) {
        m.appendReplacement(b, Matcher.quoteReplacement(m.group()));
        continue;
      }
      Layer moved = new Layer(to, l.offset() + shift);
      if (!moved.nameable()) {
        return null;
      }
      m.appendReplacement(b, Matcher.quoteReplacement(moved.latex()));
    }
    return m.appendTail(b).toString();
  }

  /** A definition for the context: name (engine syntax) and value (engine syntax). */
  record Member(String head, String rhs) {}

  /**
   * Member {@code v} of {@code t} at layer {@code at} (LaTeX), its sums written out for
   * {@code n} neurons a layer; null where it cannot be written (a layer not nameable).
   */
  static Member member(Template t, Layer at, int v, int n) {
    String rhs = relabel(t.rhs(), t.letter(), at.letter(), at.offset() - t.offset());
    if (rhs == null) {
      return null;
    }
    Set<String> letters = new LinkedHashSet<>(IndexedFacts.indices(rhs));
    letters.add(t.index());
    rhs = IndexLetters.set(rhs, Map.of(t.index(), v), letters);
    if (rhs.matches("(?s).*\\\\(sum|prod)(?![A-Za-z]).*")) {
      rhs = SymbolicSums.instance(rhs, n, List.of(), new LinkedHashSet<>());
    }
    if (rhs == null || !IndexedFacts.indices(rhs).containsAll(IndexLetters.subscriptLetters(
        rhs))) {
      return null; // a_y of a label y: not a member of a written-out layer
    }
    return new Member(t.base() + at.latex() + "_{" + v + "}", rhs);
  }

  /** Adds {@code name = value} to the context (engine syntax read by the caller). */
  static CheckContext with(CheckContext ctx, String name, gradlab.symbolic.Expr value) {
    return ctx.withDefinition(new Definition(name, value));
  }
}

package gradlab.check;

import gradlab.check.LayeredNetworks.Layer;
import gradlab.check.LayeredNetworks.Member;
import gradlab.check.LayeredNetworks.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A step about the layered families themselves, not about the cost: Nielsen's
 * {@code \partial z^l_j / \partial w^l_{jk} = a^{l-1}_k} after {@code z^l_j = \sum_k w^l_{jk}
 * a^{l-1}_k + b^l_j}, or {@code \ln a^L_j = z^L_j - \ln \sum_k e^{z^L_k}} after the softmax
 * {@code a^L_j = e^{z^L_j} / \sum_k e^{z^L_k}}. The step is written out on a small concrete
 * network ({@value LayeredSteps#NEURONS} neurons a layer, the layers it names, from the text's
 * own families) for each pattern of equal and distinct index values, as {@link LayeredSteps}
 * does for steps through the cost.
 *
 * <p>The text states the families for every layer size, so a network where the step fails is a
 * counterexample; but the prose may restrict the indices ("for j = k") in words that are not
 * read. The step is therefore refuted only where it fails at every pattern of the indices; where
 * it fails at some and holds at others it is "not checked", the failing pattern named; where it
 * holds at all it is "unknown" (one size of network proves nothing for every size). A family the
 * text defines twice (a sigmoid layer, later a softmax one) is not written out.
 */
final class LayeredFamilySteps {
  private LayeredFamilySteps() {}

  /** The verdict, or null where the step does not name the text's families or is not decided. */
  static StepVerdict verdict(DocumentRun run, String rawL, Relation rel, String rawR) {
    LayeredNetworks net = run.network;
    if (!run.latex() || net.isEmpty() || net.cost() != null
        && (LayeredSteps.mentionsCost(net, rawL) || LayeredSteps.mentionsCost(net, rawR))) {
      return null; // through the cost: LayeredSteps
    }
    List<Layer> named = LayeredNetworks.layers(rawL + " " + rawR);
    Set<Character> letters = new LinkedHashSet<>();
    named.forEach(l -> letters.add(l.letter()));
    if (named.isEmpty() || letters.size() != 1
        || named.stream().anyMatch(l -> !l.nameable())) {
      return null;
    }
    char letter = letters.iterator().next();
    if (!namesFamily(net, letter, rawL + " " + rawR) || namesRedefined(net, letter, rawL + " "
        + rawR) || restatesDefinition(net, letter, rawL, rawR)
        || namesFamilyElsewhere(net, letter, rawL + " " + rawR)) {
      return null;
    }
    int low = named.stream().mapToInt(Layer::offset).min().orElse(0);
    int top = named.stream().mapToInt(Layer::offset).max().orElse(0);
    IndexPatterns indexLetters = IndexPatterns.of(rawL, rawR);
    CheckContext at = network(run, net, letter, low, top);
    Outcome out = outcome(run, indexLetters, rawL, rel, rawR, at);
    if (out == null) { // aˡₖ at its own layer, which the text does not define
      return OwnLayerInputs.verdict(run, net, letter, rawL, rel, rawR, at,
          ctx -> outcome(run, indexLetters, rawL, rel, rawR, ctx));
    }
    String where = "on the text's layers written out with " + LayeredSteps.NEURONS
        + " neurons a layer";
    if (out.refutedEverywhere()) {
      return out.refutation(where);
    }
    if (out.first() != null) {
      return new StepVerdict.NotChecked("it fails " + where + " at " + out.firstPattern()
          + " but holds for other values of the indices; a condition on them the text may "
          + "state is not read (" + out.first().evidence() + ")");
    }
    return new StepVerdict.Unknown(out.samples(), 0, "holds " + where + ", each pattern of the "
        + "indices; not proved for every size of layer");
  }

  /**
   * The step at each pattern of its indices in {@code at}: how many patterns, how many fail,
   * the first failure and the samples of those that hold.
   */
  record Outcome(int patterns, int failed, StepVerdict.Refuted first,
      Map<String, Integer> firstPattern, int samples) {
    boolean refutedEverywhere() {
      return first != null && failed == patterns;
    }

    /** The first failure as a refutation, its pattern in the point. */
    StepVerdict.Refuted refutation(String where) {
      Map<String, Double> point = new LinkedHashMap<>();
      firstPattern.forEach((n, x) -> point.put(n, (double) x));
      point.putAll(first.point());
      return new StepVerdict.Refuted(point, first.lhs(), first.rhs(), where
          + (first.detail().isEmpty() ? "" : "; " + first.detail()));
    }
  }

  /** The step at every pattern in {@code at}, or null where one pattern is not decided. */
  static Outcome outcome(DocumentRun run, IndexPatterns indexLetters, String rawL, Relation rel,
      String rawR, CheckContext at) {
    CheckContext saved = run.ctx;
    int samples = 0;
    int failed = 0;
    int patterns = 0;
    StepVerdict.Refuted first = null;
    Map<String, Integer> firstPattern = null;
    try {
      for (Map<String, Integer> pattern : indexLetters.patterns()) {
        patterns++;
        StepVerdict v = indexLetters.verdict(run, rawL, rel, rawR, pattern, at);
        if (v == null) {
          return null;
        }
        if (IndexPatterns.fails(v)) {
          failed++;
          if (first == null) {
            first = (StepVerdict.Refuted) v;
            firstPattern = pattern;
          }
        } else if (IndexPatterns.samples(v) >= 0) {
          samples += IndexPatterns.samples(v);
        } else {
          return null;
        }
      }
    } catch (RuntimeException e) {
      return null;
    } finally {
      run.ctx = saved;
    }
    return new Outcome(patterns, failed, first, firstPattern, samples);
  }

  /** Whether {@code latex} names a member of a family without ∂ defined for {@code letter}. */
  private static boolean namesFamily(LayeredNetworks net, char letter, String latex) {
    return net.templates(letter).stream().anyMatch(t -> !t.partial() && names(t.base(), latex));
  }

  /**
   * Whether it names a family the text defines only at other layers (Nielsen's a^L_j =
   * σ(z^L_j), the step's a^l_j): written out, that member would be free, and the true
   * z^{l+1}_k = Σ_j w^{l+1}_{kj} a^l_j + b^{l+1}_k = Σ_j w^{l+1}_{kj} σ(z^l_j) + b^{l+1}_k was ✗.
   */
  private static boolean namesFamilyElsewhere(LayeredNetworks net, char letter, String latex) {
    Set<String> here = new LinkedHashSet<>();
    net.templates(letter).forEach(t -> here.add(t.base()));
    for (char other : new char[] {'l', 'L'}) {
      for (Template t : net.templates(other)) {
        if (!here.contains(t.base()) && names(t.base(), latex)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether it names a family the text has defined twice (which one is meant?). */
  private static boolean namesRedefined(LayeredNetworks net, char letter, String latex) {
    return net.templates(letter).stream().anyMatch(t -> net.redefined(t.base())
        && names(t.base(), latex));
  }

  /** Whether the step is a family's own definition restated (z^l_j = its template). */
  private static boolean restatesDefinition(LayeredNetworks net, char letter, String rawL,
      String rawR) {
    String right = rawR.strip().replace(" ", "");
    return net.defines(rawL) && net.templates(letter).stream().anyMatch(t -> t.rhs()
        .replace(" ", "").equals(right));
  }

  private static boolean names(String base, String latex) {
    return Pattern.compile("(?<![A-Za-z])" + Pattern.quote(base) + "\\s*\\^").matcher(latex)
        .find();
  }

  /** Layers low … top written out from the families without ∂; members that cannot be stay free. */
  private static CheckContext network(DocumentRun run, LayeredNetworks net, char letter, int low,
      int top) {
    CheckContext ctx = run.ctx;
    List<Template> plain = net.templates(letter).stream().filter(t -> !t.partial()).toList();
    for (int m = low; m <= top; m++) {
      for (Template t : plain) {
        for (int v = 1; v <= LayeredSteps.NEURONS; v++) {
          Member mem = LayeredNetworks.member(t, new Layer(letter, m), v, LayeredSteps.NEURONS);
          if (mem == null) {
            break;
          }
          ctx = LayeredSteps.define(run, ctx, mem);
        }
      }
    }
    return ctx;
  }
}

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
 * A step about a cost C the text never writes out, in the layered notation of
 * {@link LayeredNetworks} (BP1–BP4: ∂C/∂w^l_{jk} = a^{l−1}_k δ^l_j), checked on small concrete
 * networks: {@value #NEURONS} neurons a layer, the layers the step names (l − 1 … l + 1, or
 * L − 1 and L) written out from the text's own families, and C = g(a_1, a_2) of the highest of
 * them for {@value #COSTS} concrete functions g ({@link GenericFunctions#instance}). The step's
 * free indices take each pattern of equal and distinct values ({@link IndexedSteps#patterns}).
 * The text states these rules for every cost and every layer, so a network where a step fails
 * is a counterexample; one where it holds proves nothing for all: "unknown", never proved.
 * A step with C on one side only (∂C/∂a^L_j = a^L_j − y_j) may be about the particular cost the
 * prose has in mind: it fails there as "not checked", the instance shown.
 */
final class LayeredSteps {
  static final int NEURONS = 2;
  static final int COSTS = 3;

  private LayeredSteps() {}

  /** The verdict, or null where the step is not about the generic cost or is not decided. */
  static StepVerdict verdict(DocumentRun run, String rawL, Relation rel, String rawR) {
    LayeredNetworks net = run.network;
    if (!run.latex() || net.isEmpty() || net.cost() == null || costDefined(run, net.cost())
        || !mentionsCost(net, rawL) && !mentionsCost(net, rawR)) {
      return null;
    }
    List<Layer> named = LayeredNetworks.layers(rawL + " " + rawR);
    Set<Character> letters = new LinkedHashSet<>();
    named.forEach(l -> letters.add(l.letter()));
    if (letters.size() != 1 || named.stream().anyMatch(l -> !l.nameable())) {
      return null; // l and L in one step: which layers are they?
    }
    char letter = letters.iterator().next();
    int low = named.stream().mapToInt(Layer::offset).min().orElse(0);
    int top = named.stream().mapToInt(Layer::offset).max().orElse(0);
    IndexPatterns indexLetters = IndexPatterns.of(rawL, rawR);
    int samples = 0;
    CheckContext saved = run.ctx;
    try {
      for (int k = 0; k < COSTS; k++) {
        // the later costs at the sample points only: "unknown" either way (as SizedSteps)
        run.budget.proofsInPlace(k == 0);
        Network at = network(run, net, letter, low, top, k);
        if (at == null) {
          return null;
        }
        for (Map<String, Integer> pattern : indexLetters.patterns()) {
          StepVerdict v = indexLetters.verdict(run, rawL, rel, rawR, pattern, at.ctx());
          if (v == null) {
            return null;
          }
          if (v instanceof StepVerdict.Refuted f && Double.isFinite(f.lhs())
              && Double.isFinite(f.rhs())) {
            Map<String, Double> point = new LinkedHashMap<>();
            pattern.forEach((n, x) -> point.put(n, (double) x));
            point.putAll(f.point());
            String where = "for " + at.shown() + ", a cost the text leaves generic, "
                + NEURONS + " neurons a layer";
            if (!mentionsCost(net, rawL) || !mentionsCost(net, rawR)) {
              return new StepVerdict.NotChecked("a property of a particular "
                  + net.cost() + ", which the text does not define: it fails " + where
                  + " (" + f.evidence() + ")");
            }
            return new StepVerdict.Refuted(point, f.lhs(), f.rhs(), where
                + (f.detail().isEmpty() ? "" : "; " + f.detail()));
          }
          if (IndexPatterns.samples(v) < 0) {
            return null;
          }
          samples += IndexPatterns.samples(v);
        }
      }
    } catch (RuntimeException e) {
      return null;
    } finally {
      run.ctx = saved;
      run.budget.proofsInPlace(true);
    }
    return new StepVerdict.Unknown(samples, 0, "holds for " + COSTS + " costs " + net.cost()
        + " the text leaves generic (" + net.cost() + " = g(a₁, a₂) of the last layer named, "
        + "g a polynomial), " + NEURONS + " neurons a layer, each pattern of the indices; not "
        + "proved for every cost");
  }

  /** A concrete network: the context and how its cost is shown. */
  record Network(CheckContext ctx, String shown) {}

  /**
   * Layers {@code low} … {@code top} written out with cost instance {@code k}: the families
   * without ∂ first (a layer whose inputs cannot be named keeps its members free), then the
   * cost of the top layer's outputs, then the errors (∂C/∂z) through them.
   */
  static Network network(DocumentRun run, LayeredNetworks net, char letter, int low, int top,
      int k) {
    CheckContext ctx = run.ctx;
    List<Template> plain = net.templates(letter).stream().filter(t -> !t.partial()).toList();
    for (int m = low; m <= top; m++) {
      for (Template t : plain) {
        for (int v = 1; v <= NEURONS; v++) {
          Member mem = LayeredNetworks.member(t, new Layer(letter, m), v, NEURONS);
          if (mem == null) {
            break;
          }
          ctx = define(run, ctx, mem);
        }
      }
    }
    String out = net.output(letter);
    if (out == null) {
      return null;
    }
    String[] body = GenericFunctions.instance(NEURONS, k);
    List<String> args = new ArrayList<>();
    String value = body[0];
    for (int v = 1; v <= NEURONS; v++) {
      String arg = name(run, out + new Layer(letter, top).latex() + "_{" + v + "}");
      args.add(run.shownNames.render(arg));
      value = Pattern.compile("(?<![A-Za-z0-9])" + GenericFunctions.PARAMETERS.get(v - 1)
          + "(?![A-Za-z0-9])").matcher(value).replaceAll(arg);
    }
    String shown = "g(" + String.join(", ", args) + "), g(u, v) = " + body[1];
    ctx = LayeredNetworks.with(ctx, name(run, net.cost()), run.engine.eval(value));
    for (int m = low; m <= top; m++) {
      for (Template t : net.templates(letter).stream().filter(Template::partial).toList()) {
        for (int v = 1; v <= NEURONS; v++) {
          Member mem = LayeredNetworks.member(t, new Layer(letter, m), v, NEURONS);
          if (mem == null) {
            break;
          }
          try {
            ctx = LayeredNetworks.with(ctx, name(run, mem.head()), PartialDefinitions.resolve(
                run.checker, run.engine, ctx, name(run, mem.rhs())));
          } catch (RuntimeException e) {
            break; // ∂C/∂z where C does not reach z: this error stays free
          }
        }
      }
    }
    return new Network(ctx, net.cost() + " = " + shown);
  }

  static CheckContext define(DocumentRun run, CheckContext ctx, Member mem) {
    String head = name(run, mem.head());
    if (ctx.point().containsKey(head)) {
      return ctx;
    }
    return LayeredNetworks.with(ctx, head, run.checker.expandFunctions(ctx, run.engine.eval(
        name(run, mem.rhs()))));
  }

  /** Whether the text has given the cost a meaning (then it is not generic). */
  static boolean costDefined(DocumentRun run, String cost) {
    String c = name(run, cost);
    return run.ctx.defines(c) || run.sized.defines(c) || run.unread.containsKey(c)
        || run.functions.contains(c) || run.ctx.point().containsKey(c);
  }

  /** Whether a side names a derivative of the cost: ∂C/∂…, or an error δ^l_j. */
  static boolean mentionsCost(LayeredNetworks net, String side) {
    if (Pattern.compile("\\\\partial\\s*\\{?\\s*" + Pattern.quote(net.cost())
        + "(?![A-Za-z])").matcher(side).find()) {
      return true;
    }
    for (String base : net.errorBases()) {
      if (Pattern.compile(Pattern.quote(base) + "(?![A-Za-z])\\s*\\^").matcher(side).find()) {
        return true;
      }
    }
    return false;
  }

  private static String name(DocumentRun run, String latex) {
    LatexReader r = LatexReader.read(latex, run.reading());
    run.shownNames.addInPlace(r.shownNames()); // wˡ₁₂ in a counterexample, not wl12
    return r.engineSyntax();
  }
}

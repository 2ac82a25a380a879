package gradlab.check;

import gradlab.check.LayeredFamilySteps.Outcome;
import gradlab.check.LayeredNetworks.Layer;
import gradlab.check.LayeredNetworks.Member;
import gradlab.check.LayeredNetworks.Template;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The input family at its own layer: after Nielsen's {@code z^l_j = \sum_k w^l_{jk} a^{l-1}_k +
 * b^l_j}, with {@code a} defined nowhere, the step {@code \partial z^l_j / \partial w^l_{jk} =
 * a^{l}_k} names {@code a^l_k}, the output of layer l, which the text leaves unwritten. It is
 * read as {@code f(z^l_k)} for an activation f the text does not name, with three readings
 * of f: z, σ(z) and tanh(z).
 *
 * <p>The step is refuted only where it fails at every pattern of the indices under all three
 * readings, and only where the rest of the step cannot follow zˡ: it names zˡ and bˡ only as
 * ∂zˡ, ∂bˡ (derivatives of the affine family, free of bˡ), never differentiates aˡ, is an
 * equation, and the family z is the only one written out. Then the step is P(aˡ; X) = 0 with
 * bˡ outside X, so each aˡₖ = f(…+ bˡₖ) takes every value of the range of f; the identity
 * reading shows P(·; X) is not zero everywhere, and an analytic P that is not zero everywhere
 * cannot vanish on the interval a continuous non-constant f covers. Where every reading holds
 * the step is "unknown"; where they disagree (a σ-only identity) it stays not checked.
 */
final class OwnLayerInputs {
  /** The three activations, as LaTeX of the pre-activation {@code %s}. */
  private static final List<String> READINGS = List.of("%s", "\\frac{1}{1+e^{-%s}}",
      "\\tanh(%s)");
  /** A name at the layer before: a^{l-1} (group 1 the name). */
  private static final Pattern PREVIOUS = Pattern.compile("(?<![A-Za-z\\\\])([A-Za-z])\\s*\\^"
      + "\\s*\\{\\s*[lL]\\s*-\\s*1\\s*\\}");
  /** A name with a superscript (group 1 the name). */
  private static final Pattern NAME = Pattern.compile("(?<![A-Za-z\\\\])(\\\\?[A-Za-z]+)\\s*\\^");
  private static final List<String> SHOWN = List.of("z", "σ(z)", "tanh(z)");

  private OwnLayerInputs() {}

  /**
   * The verdict under the three readings, or null where the step does not name the input
   * family at an unwritten layer, or the readings disagree or are not decided.
   */
  static StepVerdict verdict(DocumentRun run, LayeredNetworks net, char letter, String rawL,
      Relation rel, String rawR, CheckContext at, Function<CheckContext, Outcome> outcome) {
    List<Template> plain = net.templates(letter).stream().filter(t -> !t.partial()).toList();
    String in = plain.size() == 1 ? input(plain.get(0)) : null;
    if (rel != Relation.EQUAL || in == null || net.template(in, 'l') != null
        || net.template(in, 'L') != null) {
      return null;
    }
    Template z = plain.get(0);
    String step = rawL + " " + rawR;
    Set<Layer> own = layersOf(in, step, false);
    if (own.isEmpty() || !layersOf(in, step, true).isEmpty()) {
      return null; // no aˡ, or ∂ of it (an activation's derivative: σ' or ReLU's step?)
    }
    if (!hasBias(z) || !loose(step, in, own).isEmpty()) {
      return null; // no bias to move zˡ, or zˡ, wˡ, bˡ themselves beside aˡ: X may fix zˡ
    }
    List<Outcome> outs = new ArrayList<>();
    for (String reading : READINGS) {
      Outcome o;
      try {
        o = outcome.apply(read(run, at, in, z.base(), own, reading));
      } catch (RuntimeException e) {
        return null;
      }
      if (o == null) {
        return null;
      }
      outs.add(o);
    }
    String named = in + "ˡ";
    if (outs.stream().allMatch(Outcome::refutedEverywhere)) {
      return outs.get(0).refutation("on the text's layers written out with "
          + LayeredSteps.NEURONS + " neurons a layer, " + named + " (not defined in the text) "
          + "read as the layer's output f(" + z.base() + "ˡ): it fails for f = "
          + String.join(", ", SHOWN) + " at every pattern of the indices, and the rest of the "
          + "step does not follow " + z.base() + "ˡ, so it fails for every non-constant f");
    }
    if (outs.stream().allMatch(o -> o.first() == null)) {
      return new StepVerdict.Unknown(outs.stream().mapToInt(Outcome::samples).sum(), 0, "holds "
          + "with " + named + " (not defined in the text) read as " + String.join(", ", SHOWN)
          + " of " + z.base() + "ˡ, each pattern of the indices; not proved for every "
          + "activation or size of layer");
    }
    return null;
  }

  /** The one name {@code z}'s template takes from the layer before (a of a^{l-1}_k), or null. */
  private static String input(Template z) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = PREVIOUS.matcher(z.rhs());
    while (m.find()) {
      names.add(m.group(1));
    }
    return names.size() == 1 ? names.iterator().next() : null;
  }

  /** Whether {@code z}'s template adds a bias: a name at its layer with only its index. */
  private static boolean hasBias(Template z) {
    return Pattern.compile("(?<![A-Za-z\\\\])[A-Za-z]\\s*\\^\\s*\\{?\\s*" + z.letter()
        + "\\s*\\}?\\s*_\\s*\\{?\\s*" + z.index() + "\\s*\\}?(?![A-Za-z{])").matcher(
        z.rhs()).find() && z.offset() == 0;
  }

  /** The names other than {@code in} the step writes at a layer of {@code own}, not after ∂. */
  private static Set<String> loose(String step, String in, Set<Layer> own) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = NAME.matcher(step);
    while (m.find()) {
      if (!m.group(1).equals(in) && layersOf(m.group(1), step, false).stream().anyMatch(
          own::contains)) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  /** {@code at} with each member of {@code in} at the layers {@code own} set to a reading. */
  private static CheckContext read(DocumentRun run, CheckContext at, String in, String z,
      Set<Layer> own, String reading) {
    CheckContext ctx = at;
    for (Layer layer : own) {
      for (int v = 1; v <= LayeredSteps.NEURONS; v++) {
        String pre = z + layer.latex() + "_{" + v + "}";
        ctx = LayeredSteps.define(run, ctx, new Member(in + layer.latex() + "_{" + v + "}",
            String.format(reading, pre)));
      }
    }
    return ctx;
  }

  /**
   * The layers at which {@code latex} names {@code base}: after ∂ only ({@code partial}), or
   * anywhere but after ∂ (otherwise).
   */
  static Set<Layer> layersOf(String base, String latex, boolean partial) {
    Set<Layer> out = new LinkedHashSet<>();
    Matcher m = Pattern.compile("(?<![A-Za-z\\\\])" + Pattern.quote(base) + "\\s*(?=\\^)")
        .matcher(latex);
    while (m.find()) {
      Matcher label = LayeredNetworks.LABEL.matcher(latex).region(m.end(), latex.length());
      if (!label.lookingAt()) {
        continue;
      }
      Layer layer = LayeredNetworks.layer(label.group().substring(1).strip());
      boolean afterPartial = Pattern.compile("\\\\partial\\s*\\{?\\s*$").matcher(
          latex.substring(0, m.start())).find();
      if (layer != null && afterPartial == partial) {
        out.add(layer);
      }
    }
    return out;
  }
}

package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A superscript written before the subscript that is no number and no layer index, Bishop's
 * mixture-density outputs {@code a^{\pi}_k}, {@code a^{\mu}_{kl}}, Nielsen's
 * {@code a^{L-2}_p}, GAN's {@code D^*_G}: "cannot read: unexpected '_'" (9 claims of the
 * transcribed corpus). {@code a^{\pi}_k} is a name by default and (a_k)^π the other reading;
 * {@code D^*_G} is {@code D_G^*}, a decoration.
 */
@Timeout(60)
class SuperscriptBeforeSubscriptTest extends gradlab.symbolic.EngineFixture {

  @Test
  void derivativeInAnOutputNamedBySuperscriptAndSubscriptIsDecided() {
    CheckReport r = FixturePair.checkMarkdown(engine, "# MDN\n\n"
        + "The outputs are $z = a^{\\pi}_k + 3 a^{\\mu}_k$.\n\n"
        + "$$\\frac{\\partial z}{\\partial a^{\\pi}_k} = 1$$\n\n"
        + "$$\\frac{\\partial z}{\\partial a^{\\mu}_k} = 3$$\n\n"
        + "$$\\frac{\\partial z}{\\partial a^{\\mu}_k} = 1$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
    assertThat(r.firstRefuted().orElseThrow().line()).as(r.render()).isEqualTo(9);
  }

  @Test
  void shiftedLayerBeforeTheSubscriptIsAName() {
    CheckReport r = FixturePair.checkMarkdown(engine, "# paths\n\n"
        + "Let $a^{L-1}_n = 2 a^{L-2}_p + 1$.\n\n"
        + "$$\\frac{\\partial a^{L-1}_n}{\\partial a^{L-2}_p} = 2$$\n\n"
        + "$$\\frac{\\partial a^{L-1}_n}{\\partial a^{L-2}_p} = 1$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
    assertThat(r.firstRefuted().orElseThrow().line()).as(r.render()).isEqualTo(7);
  }

  @Test
  void starBeforeTheSubscriptIsTheOptimum() {
    CheckReport r = FixturePair.checkMarkdown(engine, "# GAN\n\n"
        + "The optimal discriminator is $D^*_G = \\frac{p}{p + g}$.\n\n"
        + "$$1 - D^*_G = \\frac{g}{p + g}$$\n\n"
        + "$$1 - D_G^* = \\frac{p}{p + g}$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
    assertThat(r.firstRefuted().orElseThrow().line()).as(r.render()).isEqualTo(7);
  }

  @Test
  void aLabelBeforeTheSubscriptNamesItsTwoReadings() {
    LatexReader r = LatexReader.read("a^{\\pi}_k + 1", LatexReading.defaults());
    assertThat(r.ambiguities()).anyMatch(a -> a.contains("index or a power"));
    LatexReader power = LatexReader.read("a^{\\pi}_k + 1", LatexReading.defaults()
        .alternative());
    assertThat(power.engineSyntax()).doesNotContain("sup");
  }
}

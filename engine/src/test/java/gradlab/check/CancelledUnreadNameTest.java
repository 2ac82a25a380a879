package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import org.junit.jupiter.api.Test;

/** A name defined in a way not read does not block a step it cancels out of. */
class CancelledUnreadNameTest extends EngineFixture {

  private static final String SETUP = "with learning rate $\\eta$ and "
      + "$g := \\partial_w \\mathcal{L}$ the update is\n";

  @Test
  void aWrongDecayFactorIsRefutedWhateverTheGradientIs() {
    // (1 − λ)w for (1 − ηλ)w was "not checked: g is defined … not read"; g cancels
    CheckReport r = FixturePair.checkMarkdown(engine, SETUP
        + "$$\nw - \\eta \\left( g + \\lambda w \\right) = \\left(1 - \\lambda\\right) w - \\eta g"
        + "\n$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void theRightDecayFactorIsNotRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, SETUP
        + "$$\nw - \\eta \\left( g + \\lambda w \\right) = \\left(1 - \\eta\\lambda\\right) w - "
        + "\\eta g\n$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aStepWhoseTruthDependsOnTheUnreadNameIsStillNotChecked() {
    CheckReport r = FixturePair.checkMarkdown(engine, SETUP
        + "$$\nw - \\eta g = w - 2\\eta\n$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}

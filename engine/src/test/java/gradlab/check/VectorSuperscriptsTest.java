package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A bare letter superscript on a bold lower-case name is a time step, Greff et al.'s
 * {@code \mathbf{x}^t}, {@code \mathbf{y}^{t-1}}: a vector has no power. Read as a power, the
 * forward pass's lines were claims "x, y are not defined in the text".
 */
@Timeout(60)
class VectorSuperscriptsTest extends gradlab.symbolic.EngineFixture {
  private static final String FORWARD = "$$\\bar{\\mathbf{z}}^t = \\mathbf{x}^t"
      + " + \\mathbf{y}^{t-1}$$\n\n";

  @Test
  void aTimeSuperscriptOnAVectorNamesTheVectorAtThatStep() {
    CheckReport r = FixturePair.checkMarkdown(engine, FORWARD
        + "$$\\bar{\\mathbf{z}}^t - \\mathbf{y}^{t-1} = \\mathbf{x}^t$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.NotChecked.class)).as(r.render()).isZero();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aWrongStepWithTimeSuperscriptsIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, FORWARD
        + "$$\\bar{\\mathbf{z}}^t + \\mathbf{y}^{t-1} = \\mathbf{x}^t$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aNumberOnAVectorStaysAPower() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "For a scalar $x$: $$\\mathbf{x}^2 \\mathbf{x} = \\mathbf{x}^3$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aLetterOnABoldCapitalIsNotTakenAsAnIndex() {
    // W^t may be a matrix power (a recurrent weight matrix applied t times): never an index
    CheckReport r = FixturePair.checkMarkdown(engine,
        "$$\\mathbf{W}^t \\mathbf{W} = \\mathbf{W}^{t+1}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}

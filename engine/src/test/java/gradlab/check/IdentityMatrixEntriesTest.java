package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Bishop's softmax Jacobian writes the Kronecker delta as I_{kj}, "the elements of the identity
 * matrix" (PRML 4.106): a wrong Jacobian written with it was "not checked" (I_{kj} an undefined
 * name); where the text names the identity matrix it is δ_{kj}.
 */
@Timeout(60)
class IdentityMatrixEntriesTest extends gradlab.symbolic.EngineFixture {
  private static final String SOFTMAX = "$$y_k = \\frac{\\exp(a_k)}{\\sum_j \\exp(a_j)}$$\n\n";
  private static final String ENTRIES = "\n\nwhere $I_{kj}$ are the elements of the identity "
      + "matrix.\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aJacobianWithTheWrongMemberAfterIdentityEntriesIsRefutedAtItsLine() {
    CheckReport r = check(SOFTMAX + "$$\\frac{\\partial y_k}{\\partial a_j} = y_k(I_{kj} - y_k)$$"
        + ENTRIES);
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(3));
  }

  @Test
  void theTrueJacobianWithIdentityEntriesIsNotRefuted() {
    CheckReport r = check(SOFTMAX + "$$\\frac{\\partial y_k}{\\partial a_j} = y_k(I_{kj} - y_j)$$"
        + ENTRIES);
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isNotInstanceOf(StepVerdict.NotChecked.class);
  }

  @Test
  void anIdentityMatrixNamedAsAWholeGivesItsEntries() {
    CheckReport r = check(SOFTMAX + "Let $\\mathbf{I}$ be the identity matrix. Then\n\n"
        + "$$\\frac{\\partial y_k}{\\partial a_j} = y_k(I_{kj} - y_k)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(5));
  }

  @Test
  void entriesOfAnIUnnamedInTheTextAreNotRefuted() {
    CheckReport r = check(SOFTMAX + "$$\\frac{\\partial y_k}{\\partial a_j} = y_k(I_{kj} - y_k)$$"
        + "\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}

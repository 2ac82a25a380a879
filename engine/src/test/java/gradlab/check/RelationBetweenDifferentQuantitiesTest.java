package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A relation whose sides share no name, "\text{since } 1-u_+ = u_-" of the two roots u±, was
 * refuted at random values of u₊ and u₋ (a lecturer's window-width notes, exit status 1 on a
 * correct derivation): as an identity it could hold only with both sides one number, so the text
 * means particular values related so, and it is not checked. A false identity in the same names
 * (sides sharing p) is still refuted, as is a relation with one side a number that no value can
 * make true, and a claim about a name the text defines ("y = σ(z)" after "y = b²").
 */
@Timeout(120)
class RelationBetweenDifferentQuantitiesTest extends CheckFixture {
  private static final String DEFINED = "$$D = \\ln\\frac{p}{1-p} - \\ln\\frac{q}{1-q}$$\n\n";

  @Test
  void aReasonRelatingTwoQuantitiesIsNotRefuted() {
    CheckReport r = checkMarkdown("since.md", DEFINED
        + "$$\\ln\\frac{p}{1-p} - \\ln\\frac{q}{1-q} = 2\\ln\\frac{p}{q} \\qquad "
        + "\\text{since } 1-p = q$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(claimOnLine(r, 3).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.NotChecked.class);
  }

  @Test
  void theRootsRelationOfTheWindowWidthIsNotRefuted() {
    CheckReport r = checkMarkdown("roots.md", "Let $u_\\pm = \\tfrac{1}{2}\\left(1 \\pm "
        + "\\sqrt{1 - 4/W}\\right)$.\n\n\\begin{align*}\n\\Delta z &= \\ln\\frac{u_+}{1-u_+} - "
        + "\\ln\\frac{u_-}{1-u_-} \\\\\n&= 2\\ln\\frac{u_+}{u_-} \\qquad \\text{since } "
        + "1-u_+ = u_-\n\\end{align*}\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aFalseIdentityInTheSameQuantitiesIsStillRefuted() {
    CheckReport r = checkMarkdown("wrong.md", DEFINED
        + "$$\\ln\\frac{p}{q} = \\ln p + \\ln q \\qquad \\text{since } 1-p = q$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().orElseThrow().line()).as(r.render()).isEqualTo(3);
  }

  @Test
  void aRelationWithANumberNoValueSatisfiesIsStillRefuted() {
    CheckReport r = checkMarkdown("constant.md", DEFINED
        + "$$\\sigma(p) + \\sigma(-p) = 3$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aClaimAboutADefinedNameWithSidesApartIsStillRefutedWhereItSharesAnInput() {
    CheckReport r = checkMarkdown("defined.md", "$$y = b^2$$\n\n$$z = w b$$\n\n"
        + "$$y = \\sigma(z)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aNewMeaningOfADefinedNameSharingNoInputIsNotRefutedButItsWrongStepsAre() {
    // user33: L = (h - y)^2 in w, x, y, then L = -log p1 in z1, z2: a new loss, not a step
    String text = "Let $h = \\sigma(w x)$ and $L = (h - y)^2$.\n\n"
        + "$$p_1 = \\frac{e^{z_1}}{e^{z_1} + e^{z_2}}$$\n\n$$L = -\\log p_1$$\n\n";
    CheckReport r = checkMarkdown("anew.md", text
        + "$$\\frac{\\partial L}{\\partial z_1} = p_1 - 1$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    r = checkMarkdown("anew-wrong.md", text
        + "$$\\frac{\\partial L}{\\partial z_1} = 1 - p_1$$\n");
    assertThat(r.firstRefuted().orElseThrow().line()).as(r.render()).isEqualTo(7);
  }
}

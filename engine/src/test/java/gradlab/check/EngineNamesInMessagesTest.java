package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Messages name what the text wrote: "no identity in meanofwi (at varofwi = 1.086 …)" and a
 * plain-text line shown as "dd(…)" or "pd(L, w)" leaked the reader's internal forms (new-user
 * tester).
 */
@Timeout(60)
class EngineNamesInMessagesTest extends gradlab.symbolic.EngineFixture {
  @Test
  void aPointOrIdentityMessageNamesMomentsAsWritten() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Let $w_i$, $x_i$ be independent, with "
        + "$\\mathbb{E}[w_i] = 0$, $\\mathbb{E}[x_i] = 0$.\n\n"
        + "$$\\mathrm{Var}(w_i x_i) = \\mathbb{E}[w_i^2]\\,\\mathbb{E}[x_i^2]$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).doesNotContain("meanof").doesNotContain("varof");
  }

  @Test
  void anUnreadablePlainLineIsShownAsTyped() {
    assertThat(UserMessages.typed("dd(x^2, x) + pd(L, w1) = add(1)"))
        .isEqualTo("diff(x^2, x) + dL/dw1 = add(1)");
  }

  @Test
  void aBracketListTypedInPlainTextIsNotCalledLatex() {
    // the parser's own words for "[1, 2, 3, 4]" name the bracket by its Java escape, backslash
    // u 005b, which had been taken for a LaTeX command
    String parser = "Error in factor at character: '[' (Token:12 " + (char) 92 + "u005b)";
    String list = UserMessages.unreadable(new gradlab.symbolic.MathSyntaxException(
        "[1, 2, 3, 4]", 0, parser, "an operand is missing next to an operator"));
    assertThat(list).startsWith("cannot read").doesNotContain("LaTeX");
    String tex = UserMessages.unreadable(new gradlab.symbolic.MathSyntaxException(
        (char) 92 + "frac{1}{2}", 0, parser, null));
    assertThat(tex).contains("LaTeX in a file read as the engine-syntax format");
  }
}

package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A lecturer's .tex key with {@code \newcommand{\sig}{\sigma}} was "cannot read: \sig" at every
 * step, so its sign slip passed unseen (user15 F2). Macros expand as TeX does, with no group
 * added: {@code {\sigma}(z)} would read as a product, and true steps were ✗ in a first try.
 */
@Timeout(60)
class TexMacrosTest extends gradlab.symbolic.EngineFixture {
  @Test
  void macrosExpandAsTexDoes() {
    String t = TexMacros.expand("\\newcommand{\\sig}{\\sigma}\n\\newcommand{\\pd}[2]{\\frac{"
        + "\\partial #1}{\\partial #2}}\\DeclareMathOperator{\\sgm}{sgm}\n$\\pd{L}{w} = \\sig(z)"
        + " \\sig z + \\sgm(x)$");
    assertThat(t).contains("$\\frac{\\partial L}{\\partial w} = \\sigma(z) \\sigma z + "
        + "\\operatorname{sgm}(x)$").doesNotContain("newcommand");
    assertThat(TexMacros.expand("$\\sig(z)$")).isEqualTo("$\\sig(z)$");
  }

  @Test
  void aKeyWithAMacroIsCheckedAndItsSlipFound() {
    String key = "\\newcommand{\\sig}{\\sigma}\nLet $z = w x + b$ and $p = \\sig(z)$, and "
        + "$L = -y \\log p - (1 - y)\\log(1 - p)$.\n\n$$\\frac{\\partial L}{\\partial w} = %s$$\n";
    CheckReport right = new DocumentChecker(engine, java.time.Duration.ofSeconds(10))
        .checkMarkdown("key.tex", key.formatted("(p - y)\\, x"));
    assertThat(right.firstRefuted()).as(right.render()).isEmpty();
    assertThat(right.count(StepVerdict.Proved.class)).as(right.render()).isEqualTo(1);
    CheckReport wrong = new DocumentChecker(engine, java.time.Duration.ofSeconds(10))
        .checkMarkdown("key.tex", key.formatted("(y - p)\\, x"));
    assertThat(wrong.firstRefuted()).as(wrong.render()).isPresent();
  }
}

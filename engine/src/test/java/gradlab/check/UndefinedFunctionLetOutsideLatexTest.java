package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * miss20's false ✓ ("Let $a = g(z)$ with $z = w x + b$" made a a constant, so ∂L/∂b = 0 was
 * proved), probed in plain text and engine syntax: a = g(z) of a g the text never defines is g
 * applied to z there too, so ∂L/∂b = 0 is never proved, the true (a − y)g′(z) is, and a wrong
 * factor x is refuted. A regression test: both readers were already right.
 */
@Timeout(120)
class UndefinedFunctionLetOutsideLatexTest extends gradlab.symbolic.EngineFixture {
  private static final String PLAIN = "let a = g(z) with z = w*x + b and L = (a - y)^2/2\n";
  private static final String ENGINE = "let a = g(z)\nlet z = w*x + b\nlet L = (a - y)^2/2\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  private static CheckReport checkEngineSyntax(String text) {
    return new DocumentChecker(engine, java.time.Duration.ofSeconds(10)).checkText("t.gl", text);
  }

  private static StepVerdict verdictAt(CheckReport r, int line) {
    return r.steps().stream().filter(s -> s.line() == line && s.verdict() != null)
        .reduce((a, b) -> b).orElseThrow().verdict();
  }

  @Test
  void inPlainTextTheBiasGradientIsNeverProvedZero() {
    CheckReport r = check(PLAIN + "dL/db = 0\ndL/db = (a - y)*g'(z)\ndL/db = (a - y)*g'(z)*x\n");
    assertThat(verdictAt(r, 2)).as(r.render()).isNotInstanceOf(StepVerdict.Proved.class);
    assertThat(verdictAt(r, 3)).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> assertThat(s.line())
        .isEqualTo(4));
  }

  @Test
  void inEngineSyntaxTheBiasGradientIsNeverProvedZero() {
    CheckReport r = checkEngineSyntax(ENGINE + "diff(L, b) = 0\ndiff(L, b) = (a - y)*g'(z)\n"
        + "diff(L, b) = (a - y)*g'(z)*x\n");
    assertThat(verdictAt(r, 4)).as(r.render()).isNotInstanceOf(StepVerdict.Proved.class);
    assertThat(verdictAt(r, 5)).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> assertThat(s.line())
        .isEqualTo(6));
  }
}

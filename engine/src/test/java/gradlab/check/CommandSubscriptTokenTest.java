package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A subscript written without braces is one TeX token, and a command is one token:
 * {@code \nabla_\theta J} is the gradient in θ. The reader took the backslash alone and the
 * lecturer saw "cannot read: \", which names nothing.
 */
@Timeout(60)
class CommandSubscriptTokenTest extends gradlab.symbolic.EngineFixture {
  @Test
  void aGradientWithAGreekSubscriptWithoutBracesIsRead() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Let $J(\\theta) = \\theta^2 + 3\\theta$."
        + "\n\n$$\n\\nabla_\\theta J = 2\\theta + 3\n$$\n");
    assertThat(r.render()).contains("✓").doesNotContain("cannot read: \\\n");
  }

  @Test
  void aWrongGradientWithAGreekSubscriptIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Let $J(\\theta) = \\theta^2 + 3\\theta$."
        + "\n\n$$\n\\nabla_\\theta J = 2\\theta\n$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aLoneBackslashIsNamedInWords() {
    CheckReport r = FixturePair.checkMarkdown(engine, "$$\nx + 1 = \\\n$$\n");
    assertThat(r.render()).doesNotContain("cannot read: \\\n");
  }
}

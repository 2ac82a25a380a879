package gradlab.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A name typed alone that math does not define but Java has as a variable shows Java's value;
 * it was the math symbol with a note to write {@code $fd}. A name math defines stays math's.
 */
@Timeout(120)
class BareJavaNameTest {
  @Test
  void theRuleTakesOnlyANameAloneThatMathLeavesUndefined() {
    Set<String> java = Set.of("fd", "x");
    assertThat(BareJavaName.isJavas(" fd ", n -> false, java)).isTrue();
    assertThat(BareJavaName.isJavas("x", "x"::equals, java)).isFalse(); // math defines x
    assertThat(BareJavaName.isJavas("fd + 1", n -> false, java)).isFalse();
    assertThat(BareJavaName.isJavas("y", n -> false, java)).isFalse(); // no Java y
  }

  @Test
  void theConsoleShowsTheJavaVariableAndKeepsMathsOwnDefinition() {
    String t = ConsoleTest.session("int fd = 4;\nfd\nx = 3\nint x = 5;\nx + 0\nx\n");
    // the console does not echo what was typed: fd's line is the Java value alone
    assertThat(t).contains("fd ==> 4\ngradlab> 4\n").doesNotContain("here fd is a symbol");
    // x is math's definition: x alone is 3 (the last line), not Java's 5
    assertThat(t).endsWith("gradlab> $3 = 3\ngradlab> ");
  }
}

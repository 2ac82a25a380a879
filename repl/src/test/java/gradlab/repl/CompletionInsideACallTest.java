package gradlab.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Tab after {@code Tensor.of(} listed every class and name JShell knows; an argument not yet
 * begun is offered only the names of its parameter's type. A begun name and a member after a
 * dot are completed as before.
 */
@Timeout(120)
class CompletionInsideACallTest {
  @Test
  void anArgumentNotBegunIsOfferedOnlyNamesOfItsType() {
    try (JavaShell java = new JavaShell()) {
      java.eval("double[] data = {1, 2};", new Results(), null);
      java.eval("String label = \"a\";", new Results(), null);
      String line = "Tensor.of(";
      List<String> offered = java.complete(line, line.length(), line.length());
      assertThat(offered).contains("data").doesNotContain("label").doesNotContain("String")
          .hasSizeLessThan(10);
      String begun = "Tensor.of(da";
      assertThat(java.complete(begun, begun.length(), begun.length() - 2)).contains("data");
      String member = "label.";
      assertThat(java.complete(member, member.length(), member.length()))
          .contains("length()");
    }
  }
}

package gradlab.repl;

import static gradlab.repl.ConsoleTest.session;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The console's :check and :audit: the session's definitions and functions are theirs. */
@Timeout(120)
class ConsoleCheckAndAuditTest {

  @Test
  void checkWithoutAnArgumentSaysHowToUseIt() {
    assertThat(session(":check\n")).contains(":check takes a chain")
        .doesNotContain("is a folder");
  }

  @Test
  void auditChecksTheDefinedLossThreeWays() {
    String t = session("f = w*sigma(x)\nC = (f - a)^2/2\n:audit C\n:audit nothing\n");
    assertThat(t).contains("gradient audit of C").contains("all three agree")
        .contains("error: ':audit NAME' needs a defined loss; defined: [f, C]");
  }

  @Test
  void auditOfAnExpressionReadsAListArgumentAsGradlabAuditDoes() {
    // the console spread logsumexp({u, v}) - c over the list: "cannot compile {…, …}"
    String t = session(":audit logsumexp({w1*x, w2*x}) - w1*x\n");
    assertThat(t).doesNotContain("error:").doesNotContain("cannot compile")
        .containsPattern("(?m)^w1 .* agree$").containsPattern("(?m)^w2 .* agree$");
  }

  @Test
  void auditTakesAnExpressionThatMayUseTheDefinitions() {
    String t = session("h = gelu(w*x)\n:audit (elu(h) - y)^2\n");
    assertThat(t).contains("gradient audit of L").containsPattern("(?m)^w .* agree$")
        .containsPattern("(?m)^y .* agree$").contains("all three agree");
  }

  @Test
  void checkCommandUsesTheSessionDefinitions() {
    String t = session("z = w*x + b\n:check pd(z, w) = x = 2*x\n");
    assertThat(t).contains("✓ ∂z/∂w = x").contains("✗ x = 2*x").contains("first wrong step");
  }

  @Test
  void checkCommandUsesTheSessionsFunctions() {
    // f′(2) = 9 after f(x) = x^3 - 3*x was ✗ with f taken for a number (found by a new user)
    String t = session("f(x) = x^3 - 3*x\n:check f'(2) = 9\n:check f'(1) = 1\n");
    assertThat(t).contains("✓ f'(2) = 9").contains("✗ f'(1) = 1");
  }

  @Test
  void checkCommandReadsAPastedDisplayWithItsDollars() {
    // ":check $$…$$" printed an empty report: the dollars were wrapped in dollars again
    String t = session(":check $$\\frac{d}{dx}\\tanh x = 1 + \\tanh^2 x$$\n");
    assertThat(t).contains("✗").contains("first wrong step");
  }

  @Test
  void checkCommandReadsANotebookAndRefusesAFolder(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) throws java.io.IOException {
    // a notebook, a folder and a missing notebook each printed "0 refuted" (found by a student)
    java.nio.file.Path nb = dir.resolve("hw.ipynb");
    java.nio.file.Files.writeString(nb, "{\"cells\": [{\"cell_type\": \"markdown\", "
        + "\"source\": [\"$$\\\\frac{d}{dx} x^2 = 3x$$\"]}], \"nbformat\": 4}");
    String t = session(":check " + nb + "\n:check " + dir + "\n:check " + dir.resolve("no.ipynb")
        + "\n");
    assertThat(t).contains("its Markdown cells").contains("✗").contains("is a folder; :check "
        + "takes one file").contains("no file " + dir.resolve("no.ipynb"));
  }

  @Test
  void checkCommandListsOnlyTheDefinitionsItsChainUses() {
    String t = session("c1 = q^2\nz = w*x + b\na = sigma(z)\n:check diff(a, w) = x*a*(1 - a)\n");
    String report = t.substring(t.indexOf("derivation check"));
    assertThat(report).contains("a = σ(z)").contains("z = b + w·x").doesNotContain("c₁")
        .doesNotContain("c1").contains("✓ diff(a, w) = x*a*(1 - a)");
  }
}

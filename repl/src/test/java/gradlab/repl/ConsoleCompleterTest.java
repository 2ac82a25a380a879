package gradlab.repl;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.SymbolicEngine;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Test;

/** Tab completion: commands after ':', functions elsewhere, never the engine's own names. */
class ConsoleCompleterTest {
  private static List<String> offered(String typed) {
    List<String> words = new ArrayList<>(ConsoleCompleter.functionNames(
        SymbolicEngine.knownNames()));
    List.of("save", "help", "plot").forEach(c -> words.add(":" + c));
    ConsoleCompleter completer = new ConsoleCompleter(words, () -> null, null);
    List<Candidate> out = new ArrayList<>();
    completer.complete(null, new DefaultParser().parse(typed, typed.length()), out);
    return out.stream().map(Candidate::value).filter(v -> v.startsWith(typed)).toList();
  }

  @Test
  void aColonWordCompletesToTheCommandAlone() {
    // :sa + Tab gave :::save; :he offered heaviside and hessian, :p productlog
    assertThat(offered(":sa")).containsExactly(":save");
    assertThat(offered(":he")).containsExactly(":help");
    assertThat(offered(":p")).containsExactly(":plot");
  }

  @Test
  void aPlainWordCompletesFunctionsButNotCommandsOrTheEnginesNames() {
    assertThat(offered("he")).contains("heaviside", "hessian").noneMatch(v -> v.startsWith(":"));
    assertThat(offered("")).contains("sigma", "diff", "N", "D").doesNotContain("Apart",
        "TeXForm", "HeavisideTheta", "LSE", "FullSimplify", "Table", ":save");
  }
}

package gradlab.repl;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.SourceCodeAnalysis;

/**
 * JShell's completions at a cursor, each as the text that replaces {@code line[from, cursor)};
 * an argument not yet begun ({@code Tensor.of(}) is offered only names of its parameter's type.
 */
final class JavaCompletions {
  private JavaCompletions() {}

  static List<String> at(SourceCodeAnalysis analysis, String line, int cursor, int from) {
    int[] anchor = new int[1];
    List<String> out = new ArrayList<>();
    List<SourceCodeAnalysis.Suggestion> all = analysis.completionSuggestions(
        line, cursor, anchor);
    // an argument not begun (Tensor.of(|): JShell offers every name there is; only those of
    // the parameter's type are sensible, and nothing when none is
    boolean argument = anchor[0] == cursor && line.substring(0, cursor).stripTrailing()
        .matches("(?s).*[(,]");
    for (SourceCodeAnalysis.Suggestion s : all) {
      if (anchor[0] >= from && (!argument || s.matchesType())) {
        out.add(line.substring(from, anchor[0]) + s.continuation());
      }
    }
    return out;
  }
}

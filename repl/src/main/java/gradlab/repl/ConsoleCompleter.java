package gradlab.repl;

import gradlab.lab.Worksheet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion: after {@code :} the commands alone; elsewhere function names (gradlab's, see
 * {@link #functionNames}), the session's own definitions, and on a Java line (or a dotted word)
 * JShell's suggestions. Function names are completed without the space JLine adds after a whole
 * word.
 */
final class ConsoleCompleter implements Completer {
  private final List<String> words;
  private final Supplier<Worksheet> sheet;
  private final JavaShell java;

  /** @param sheet the session's worksheet, or null before the first evaluation */
  ConsoleCompleter(List<String> words, Supplier<Worksheet> sheet, JavaShell java) {
    this.words = List.copyOf(words);
    this.sheet = sheet;
    this.java = java;
  }

  /**
   * The function names a person is offered: gradlab's own (lower case) and the two capitalised
   * ones the README documents, {@code N} and {@code D}; never the engine's internal names
   * (Apart, TeXForm, HeavisideTheta, LSE …), which the language does not describe.
   */
  static List<String> functionNames(List<String> known) {
    return known.stream().filter(n -> !n.isEmpty() && (Character.isLowerCase(n.charAt(0))
        || n.equals("N") || n.equals("D"))).toList();
  }

  @Override
  public void complete(LineReader reader, ParsedLine parsed, List<Candidate> candidates) {
    // JLine splits words at spaces only: keep what stands before the name ("2*si")
    String word = parsed.word().substring(0, Math.min(parsed.wordCursor(),
        parsed.word().length()));
    if (word.startsWith(":")) { // a command: the commands alone, as they are (:sa → :save)
      words.stream().filter(n -> n.startsWith(":")).forEach(n -> candidates.add(
          new Candidate(n, n, null, null, null, null, true)));
      return;
    }
    String before = word.replaceAll("[A-Za-z][A-Za-z0-9]*$", "");
    List<String> names = new ArrayList<>(words.stream().filter(n -> !n.startsWith(":"))
        .toList());
    Worksheet w = sheet.get();
    if (w != null) { // the session's own names: z1, f, C …
      w.definitions().forEach(d -> names.add(d.name()));
    }
    if (!word.contains(".")) { // a dotted word is a Java member: JShell's alone
      names.forEach(n -> candidates.add(new Candidate(before + n, n, null, null, null, null,
          false)));
    }
    String line = parsed.line();
    if (JavaShell.looksLikeJava(line) || parsed.word().contains(".")) {
      int from = parsed.cursor() - parsed.wordCursor();
      java.complete(line, parsed.cursor(), from).forEach(c -> candidates.add(
          new Candidate(c, c, null, null, null, null, false)));
    }
  }
}

package gradlab.check;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A function a plain-text line defines under a word, as new users name activations:
 * "softsign(x) = x/(1 + abs(x))", "relu6(u) = min(max(u, 0), 6)", "hswish(x) =
 * x*relu6(x + 3)/6". The engine takes only short names as unspecified functions, so the
 * definition and every step using it were "not checked: unknown function 'softsign'" (Glorot's
 * softsign, the hard-swish notes). A word at the start of a line, before brackets of parameter
 * names and {@code =} or {@code :=}, that the engine knows by no name (it refuses it as an
 * unknown function, so no catalogue function, built-in or alias is taken over) is declared a
 * function of the text, and its head read as {@code f(x)}'s is ({@link FunctionHeads}). So is a
 * short name the engine would take as an unspecified function, {@code sp(x) = log(1 + exp(x))}
 * (it was "the definition of sp is not read"; only one letter was a head). So is a word after
 * a comma that ends an earlier definition on the line, "hswish(x) = x*relu6(x + 3)/6, relu6(u) =
 * min(max(u, 0), 6)": relu6 was "unknown function" there, and hswish, defined through it, not
 * read (PlainFunctionDefinedAfterACommaTest).
 * PlainFunctionNamedByAWordTest, PlainShortFunctionNameDefinedTest,
 * ShortFunctionWordInEngineSyntaxTest.
 */
final class PlainFunctionNames {
  private static final Pattern DEFINITION = Pattern.compile("(?:^|,)\\s*(?:let\\s+)?([A-Za-z]{2,}[0-9]*)"
      + "\\s*\\(\\s*[A-Za-z][A-Za-z0-9_]*(?:\\s*,\\s*[A-Za-z][A-Za-z0-9_]*)*\\s*\\)\\s*:?=(?!=)");
  /** Words that start a sentence, never a function's name. */
  private static final Set<String> WORDS = Set.of("let", "at", "assume", "so", "then", "and",
      "where", "with", "since", "because", "hence", "thus", "for", "if", "when", "set");

  private PlainFunctionNames() {}

  /** Declares the words {@code lines} define as functions; adds them to the run's functions. */
  static void declareInPlace(DocumentRun run, String[] lines) {
    for (String line : lines) {
      Matcher m = DEFINITION.matcher(line);
      while (m.find()) {
        if (!WORDS.contains(m.group(1).toLowerCase(java.util.Locale.ROOT))
            && !run.functions.contains(m.group(1)) && unknown(run, m.group(1))) {
          run.engine.declareFunctionInPlace(m.group(1));
          run.functions.add(m.group(1));
        }
      }
    }
  }

  /** Whether the engine refuses {@code name(x)} as a call of a function it does not know. */
  private static boolean unknown(DocumentRun run, String name) {
    if (run.engine.declaresFunction(name)) {
      return true; // declared by an earlier text checked with this engine
    }
    if (gradlab.symbolic.UnspecifiedFunctions.taken(run.engine, name)) {
      return true; // sp(x), lse(a, b): a short name the engine would leave unspecified
    }
    try {
      run.engine.parse(name + "(x)");
      run.engine.eval(name + "(x)");
      return false;
    } catch (gradlab.symbolic.UnknownFunctionException e) {
      return e.name().equals(name);
    } catch (RuntimeException e) {
      return false;
    }
  }
}

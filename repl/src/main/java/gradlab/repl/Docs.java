package gradlab.repl;

import gradlab.math.Catalogue;
import gradlab.math.MathFunction;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ?name}: a catalogue function's own line ({@link MathFunction#doc()}, with its aliases
 * and arity), else our commands' documentation ({@link Catalogue#COMMANDS}), else Symja's
 * bundled page for the name.
 */
final class Docs {
  /** The console's own names that are not math commands (pd exists only in :check). */
  private static final Map<String, String> CHECK_ONLY = Map.of(
      "pd", "pd(A, B): ∂A/∂B through the definitions (in :check)");

  private Docs() {}

  /** The documentation of a name, if there is any. */
  static java.util.Optional<String> find(String name) {
    String doc = lookup(name);
    return doc.startsWith("no documentation for") || doc.startsWith("?name shows")
        ? java.util.Optional.empty() : java.util.Optional.of(doc);
  }

  static String lookup(String name) {
    String key = name.strip().toLowerCase(Locale.ROOT);
    if (key.isEmpty()) {
      return "?name shows the documentation of a function, e.g. ?diff or ?Simplify";
    }
    var function = Catalogue.function(name.strip());
    if (function.isPresent()) {
      return catalogueLine(function.get());
    }
    var command = Catalogue.command(name.strip());
    if (command.isPresent() && !Catalogue.PASSED_TO_ENGINE.contains(command.get())) {
      return Catalogue.COMMANDS.get(command.get());
    }
    if (CHECK_ONLY.containsKey(key)) {
      return CHECK_ONLY.get(key);
    }
    String symja = Character.toUpperCase(name.strip().charAt(0)) + name.strip().substring(1);
    try (InputStream in = Docs.class.getClassLoader().getResourceAsStream("doc/functions/"
        + symja + ".md")) {
      if (in != null) {
        String md = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        return md.length() > 1500 ? md.substring(0, 1500) + "\n…" : md;
      }
    } catch (IOException e) {
      return "cannot read the documentation of " + name + ": " + e.getMessage();
    }
    // gradlab's own names only: the engine's capitalised ones (Apart, TeXForm …) led the list
    return "no documentation for '" + name.strip() + "'; functions: "
        + String.join(", ", ConsoleCompleter.functionNames(java.util.stream.Stream.concat(
        Catalogue.COMMANDS.keySet().stream(), java.util.Arrays.stream(MathFunction.values())
        .map(MathFunction::inputName)).distinct().sorted().toList()))
        + "; console commands: :help; Java classes and methods: ?Tensor, ?audit";
  }

  /** E.g. "sigma(x), also σ, sigmoid, logistic: the logistic sigmoid …". */
  static String catalogueLine(MathFunction f) {
    String args = f.maxArity() == 1 ? "x" : f.minArity() == 2 ? "x, y"
        : f.maxArity() == 2 ? "x[, α]" : "x1, …, xn";
    String aliases = f.aliases().isEmpty() ? "" : ", also " + String.join(", ", f.aliases());
    return f.inputName() + "(" + args + ")" + aliases + ": " + f.doc();
  }
}

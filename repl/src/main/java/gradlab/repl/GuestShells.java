package gradlab.repl;

import gradlab.polyglot.PolyglotScripts;
import gradlab.polyglot.Sandbox;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/** One sandboxed JavaScript or Python context per language, made on first use, kept open. */
final class GuestShells implements AutoCloseable {
  private final Map<String, Context> contexts = new HashMap<>();
  private final PrintStream out;

  GuestShells(PrintStream out) {
    this.out = out;
  }

  String eval(String language, String code) {
    try {
      Context c = contexts.computeIfAbsent(language, l -> PolyglotScripts.context(l,
          Sandbox.strict(), Path.of("").toAbsolutePath(), out, out));
      Value v = c.eval(language, code);
      return v.isNull() ? "" : v.isString() ? v.asString() : v.toString();
    } catch (PolyglotException e) {
      return "error: " + e.getMessage();
    }
  }

  @Override
  public void close() {
    contexts.values().forEach(Context::close);
  }
}

package gradlab.repl;

import java.util.ArrayList;
import java.util.List;

/** What {@code ?name} answers in a session: math's documentation, a command's, the facade's. */
final class SessionDocumentation {
  private SessionDocumentation() {}

  /**
   * {@code ?name}: the math documentation; for a console command's name ({@code ?check}), and
   * where math has none, the command and the Java method or class of that name
   * ({@code ?audit}, {@code ?Tensor}).
   */
  static String of(String name, CommandTable commands) {
    String key = name.startsWith(":") ? name.substring(1) : name;
    String math = Docs.lookup(key);
    boolean command = commands.helpOf(key).isPresent() && key.equals(key.toLowerCase(
        java.util.Locale.ROOT)); // ?check is the command, not the library's Check
    if (key.isEmpty() || !command && !math.startsWith("no documentation")) {
      return math;
    }
    List<String> parts = new ArrayList<>();
    commands.helpOf(key).ifPresent(parts::add);
    FacadeDocs.lookup(key).ifPresent(parts::add);
    return parts.isEmpty() ? math : String.join("\n", parts);
  }
}

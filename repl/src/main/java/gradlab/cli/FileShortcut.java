package gradlab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code gradlab FILE}: a file named where a command belongs is run or checked, as
 * {@code python file.py} runs a file — a script ({@code .jsh}, {@code .js}, {@code .py}) by
 * {@code run}, a derivation ({@code .md}, {@code .markdown}, {@code .txt}, {@code .tex}) by
 * {@code check}. Only an existing file with one of those endings is taken; anything else is
 * left to the command line's own error ("Unmatched argument … Did you mean …").
 */
final class FileShortcut {
  private static final Set<String> SCRIPTS = Set.of("jsh", "js", "py");
  private static final Set<String> DERIVATIONS = Set.of("md", "markdown", "txt", "tex");
  /** The top-level options that take a value: the value is not the file. */
  private static final Set<String> WITH_VALUE = Set.of("--timeout");

  private FileShortcut() {}

  /** The arguments with {@code run} or {@code check} put before a bare file, else as given. */
  static String[] expand(String[] args, Set<String> commands) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.startsWith("-")) {
        if (WITH_VALUE.contains(a)) {
          i++;
        }
        continue;
      }
      if (commands.contains(a)) {
        return args;
      }
      String command = commandFor(a);
      if (command == null) {
        return args;
      }
      List<String> out = new ArrayList<>(List.of(args).subList(0, i));
      out.add(command);
      out.addAll(List.of(args).subList(i, args.length));
      return out.toArray(String[]::new);
    }
    return args;
  }

  private static String commandFor(String name) {
    int dot = name.lastIndexOf('.');
    if (dot < 0 || !Files.isRegularFile(Path.of(name))) {
      return null;
    }
    String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return SCRIPTS.contains(ext) ? "run" : DERIVATIONS.contains(ext) ? "check" : null;
  }
}

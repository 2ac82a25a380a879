package gradlab.repl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code :name args} commands of a session, in the order {@code :help} lists them. A
 * front-end adds its own ({@code :save} in the console) to the session's. Not thread-safe.
 */
final class CommandTable {
  private final Map<String, Command> commands = new LinkedHashMap<>();

  /** Adds a command, or replaces the one of that name keeping its place. Mutates this table. */
  void addInPlace(String name, String usage, String help, Command.Action action) {
    commands.put(name, new Command(name, usage, help, action));
  }

  List<String> names() {
    return List.copyOf(commands.keySet());
  }

  /** The command word of {@code :name args}, lower case. */
  static String name(String line) {
    int space = line.indexOf(' ');
    return (space < 0 ? line.substring(1) : line.substring(1, space)).toLowerCase(Locale.ROOT);
  }

  /** The argument text of {@code :name args}, stripped. */
  static String args(String line) {
    int space = line.indexOf(' ');
    return space < 0 ? "" : line.substring(space + 1).strip();
  }

  /**
   * Runs the command as text: what it printed, or a failure when it printed {@code error: …}
   * (a guest language's error is a {@code GuestError}) or does not exist.
   */
  Result run(String name, String args) {
    Command c = commands.get(name);
    if (c == null) {
      return Result.failed(new Result.Failure("UnknownCommand", "unknown command :" + name
          + "; :help lists the commands"));
    }
    String text = c.action().run(args);
    if (text == null || !text.startsWith("error: ")) {
      return Result.text(text == null ? "" : text);
    }
    return Result.failed(new Result.Failure(name.equals("js") || name.equals("py")
        ? "GuestError" : "CommandError", text.substring(7)));
  }

  /** The help line of command {@code name} ({@code :audit NAME|EXPR  …}), if there is one. */
  java.util.Optional<String> helpOf(String name) {
    Command c = commands.get(name.toLowerCase(Locale.ROOT));
    return c == null ? java.util.Optional.empty() : java.util.Optional.of(":" + c.name()
        + (c.usage().isEmpty() ? "" : " " + c.usage()) + "  " + c.help());
  }

  /** {@code :help}: what an entry may be, then one line per command. */
  String help() {
    StringBuilder b = new StringBuilder("math statements; 'name = expr' defines a name; "
        + "diff(name, p) uses the chain rule through the definitions\n" + LineRouter.RULE
        + "in a notebook, %%py, %%js, %%java or %%math on a cell's first line sets its "
        + "language\n");
    commands.values().forEach(c -> b.append(String.format(Locale.ROOT, "  :%-25s %s%n",
        c.name() + (c.usage().isEmpty() ? "" : " " + c.usage()), c.help())));
    return b.toString();
  }
}

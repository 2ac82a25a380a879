package gradlab.cli;

import java.util.List;
import picocli.CommandLine;

/**
 * The sandbox options, {@code --allow-io} and {@code --allow-host}, belong to the commands that
 * run JavaScript or Python (the console, {@code run}, {@code eval}); the commands that only do
 * maths neither take nor list them: {@code check --help} listed both (found by a tester).
 */
final class GuestOptions {
  /** The commands with no guest language. */
  static final List<String> MATH_ONLY = List.of("check", "audit");

  private GuestOptions() {}

  /** Removes the two inherited options from each math-only command. Mutates {@code cl}. */
  static void removeFromMathOnly(CommandLine cl) {
    for (String name : MATH_ONLY) {
      CommandLine sub = cl.getSubcommands().get(name);
      if (sub == null) {
        continue;
      }
      var spec = sub.getCommandSpec();
      for (String option : List.of("--allow-io", "--allow-host")) {
        CommandLine.Model.OptionSpec o = spec.findOption(option);
        if (o != null) {
          spec.remove(o);
        }
      }
    }
  }
}

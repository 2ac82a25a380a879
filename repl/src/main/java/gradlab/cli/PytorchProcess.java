package gradlab.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The PyTorch side of {@link PytorchComparison}: one run of bench/pytorch_mnist.py per round
 * (its own warm-up repeat, then one timed repeat of every configuration), with as many threads
 * as gradlab uses cores. A missing Python or PyTorch ends the command with one line that names
 * Debian's package.
 */
final class PytorchProcess implements PytorchComparison.Side {
  static final String HINT = "hint: install Debian's python3-torch (apt-get install "
      + "python3-torch), or name a Python that has PyTorch with --python";
  private final List<String> command;

  PytorchProcess(String python, Path script, int threads, int steps, Path data) {
    List<String> c = new ArrayList<>(List.of(python, script.toString(), "--threads",
        String.valueOf(threads), "--repeats", "1", "--steps", String.valueOf(steps)));
    if (data != null) {
      c.addAll(List.of("--data", data.toString()));
    }
    this.command = List.copyOf(c);
  }

  /** The command line of each round (python, script, options). */
  List<String> command() {
    return command;
  }

  @Override
  public Map<PytorchComparison.Configuration, Double> round(int round) {
    return PytorchComparison.parse(execute(command));
  }

  /**
   * Fails early, before any training, when the Python cannot be started or cannot import
   * PyTorch (the script imports it before it reads its options).
   */
  void checkAvailable() {
    execute(List.of(command.get(0), command.get(1), "--help"));
  }

  private static String execute(List<String> command) {
    Process p;
    try {
      p = new ProcessBuilder(command).start();
    } catch (IOException e) {
      throw new IllegalArgumentException("bench mnist --against pytorch: cannot run '"
          + command.get(0) + "' (" + e.getMessage() + "); " + HINT);
    }
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p, true));
    String out = read(p, false);
    int status;
    try {
      status = p.waitFor();
    } catch (InterruptedException e) {
      p.destroy();
      Thread.currentThread().interrupt();
      throw new IllegalArgumentException("bench mnist --against pytorch: interrupted");
    }
    if (status != 0) {
      String last = err.join().strip().lines().reduce((a, b) -> b).orElse("");
      throw new IllegalArgumentException("bench mnist --against pytorch: '" + String.join(" ",
          command) + "' failed (exit " + status + ")" + (last.isEmpty() ? "" : ": "
          + last.replaceFirst("^error: ", "")) + (last.contains("hint:") ? "" : "; " + HINT));
    }
    return out;
  }

  private static String read(Process p, boolean error) {
    try (var in = error ? p.getErrorStream() : p.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}

package gradlab.jupyter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code gradlab jupyter install} and {@code uninstall}: writes {@code kernel.json} (the
 * launcher, {@code jupyter kernel --connection-file}, interrupt_mode "message", and the JDK
 * found as {@code JAVA_HOME}) and registers it for the user with
 * {@code jupyter kernelspec install --user} (which honours {@code JUPYTER_DATA_DIR}).
 */
public final class KernelSpec {
  static final String NAME = "gradlab";

  /**
   * What an installation did.
   *
   * @param status 0 on success, 1 on failure
   * @param message one line for people
   */
  public record Outcome(int status, String message) {}

  private KernelSpec() {}

  /** The kernel.json of a launcher and a JDK. */
  static String kernelJson(Path launcher, Path javaHome) {
    ObjectMapper json = new ObjectMapper();
    ObjectNode k = json.createObjectNode();
    var argv = k.putArray("argv");
    argv.add(launcher.toString()).add("jupyter").add("kernel").add("--connection-file")
        .add("{connection_file}");
    k.put("display_name", "gradlab");
    k.put("language", "gradlab");
    k.put("interrupt_mode", "message");
    k.putObject("env").put("JAVA_HOME", javaHome.toString());
    k.putObject("metadata").put("debugger", false);
    try {
      return json.writerWithDefaultPrettyPrinter().writeValueAsString(k) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  /** Installs for the user; {@code launcher} is the absolute path of ./gradlab. */
  public static Outcome install(Path launcher, Path javaHome) {
    Optional<String> jdk = InstallProblem.jdk(javaHome.toString(), javaMajor(javaHome),
        Files.isRegularFile(javaHome.resolve("bin/jshell"))
            || Files.isRegularFile(javaHome.resolve("bin/jshell.exe")));
    if (jdk.isPresent()) {
      return new Outcome(1, jdk.get());
    }
    Optional<Path> jupyter = onPath("jupyter");
    if (jupyter.isEmpty()) {
      return new Outcome(1, InstallProblem.jupyterMissing());
    }
    try {
      Path dir = Files.createTempDirectory("gradlab-kernelspec").resolve(NAME);
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("kernel.json"), kernelJson(launcher, javaHome),
          StandardCharsets.UTF_8);
      Run r = kernelspec(jupyter.get(), List.of("install", "--user", "--replace", "--name",
          NAME, dir.toString()));
      Files.deleteIfExists(dir.resolve("kernel.json"));
      Files.deleteIfExists(dir);
      Files.deleteIfExists(dir.getParent());
      if (r.status() != 0) {
        return new Outcome(1, InstallProblem.kernelspecFailed(r.status(), r.output()));
      }
      String where = r.output().lines().filter(l -> l.contains("Installed kernelspec"))
          .map(l -> l.replaceAll(".* in ", "")).findFirst().orElse("Jupyter's data folder");
      return new Outcome(0, "installed the gradlab kernel in " + where.strip() + " (Java: "
          + javaHome + "); open it with 'jupyter notebook' (New → gradlab) or "
          + "'jupyter console --kernel=gradlab'");
    } catch (IOException e) {
      return new Outcome(1, "cannot write the kernelspec: " + e.getMessage());
    }
  }

  /** Removes the user's gradlab kernelspec. */
  public static Outcome uninstall() {
    Optional<Path> jupyter = onPath("jupyter");
    if (jupyter.isEmpty()) {
      return new Outcome(1, InstallProblem.jupyterMissing());
    }
    Run r = kernelspec(jupyter.get(), List.of("remove", "-y", NAME));
    return r.status() == 0 ? new Outcome(0, "removed the gradlab kernel")
        : new Outcome(1, InstallProblem.kernelspecFailed(r.status(), r.output()));
  }

  private record Run(int status, String output) {}

  /**
   * {@code jupyter kernelspec ARGS}; where Jupyter lacks that subcommand (Debian ships it in
   * {@code jupyter-client}, apart from the Python module in {@code python3-jupyter-client}),
   * the same application run as a module by the Python that runs {@code jupyter}.
   */
  private static Run kernelspec(Path jupyter, List<String> args) {
    List<String> command = new ArrayList<>(List.of(jupyter.toString(), "kernelspec"));
    command.addAll(args);
    Run r = run(command);
    Optional<String> python = interpreter(jupyter);
    if (r.status() != 0 && r.output().contains("jupyter-kernelspec") && python.isPresent()) {
      List<String> module = new ArrayList<>(List.of(python.get(), "-m",
          "jupyter_client.kernelspecapp"));
      module.addAll(args);
      return run(module);
    }
    return r;
  }

  /** The interpreter on a script's {@code #!} line. */
  private static Optional<String> interpreter(Path script) {
    try (var in = Files.newInputStream(script)) {
      String first = new String(in.readNBytes(200), StandardCharsets.UTF_8).lines().findFirst()
          .orElse("");
      if (!first.startsWith("#!")) {
        return Optional.empty();
      }
      String[] parts = first.substring(2).strip().split("\\s+");
      return Optional.of(parts[0].endsWith("/env") && parts.length > 1 ? parts[1] : parts[0]);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Run run(List<String> command) {
    try {
      Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return new Run(p.waitFor(), out);
    } catch (IOException e) {
      return new Run(127, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Run(130, "interrupted");
    }
  }

  /** The feature version in the JDK's release file, or 0. */
  static int javaMajor(Path javaHome) {
    try {
      for (String line : Files.readAllLines(javaHome.resolve("release"))) {
        if (line.startsWith("JAVA_VERSION=")) {
          String v = line.substring(13).replace("\"", "");
          String first = v.split("[._+-]")[0];
          return Integer.parseInt(first.equals("1") ? v.split("\\.")[1] : first);
        }
      }
    } catch (IOException | RuntimeException e) {
      return 0;
    }
    return 0;
  }

  private static Optional<Path> onPath(String command) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path p = Path.of(dir.isEmpty() ? "." : dir, command);
      if (Files.isExecutable(p) && !Files.isDirectory(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}

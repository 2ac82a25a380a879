package gradlab.cli;

import gradlab.jupyter.KernelMain;
import gradlab.jupyter.KernelSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code gradlab jupyter install|uninstall|kernel}: the notebook kernel and its kernelspec. */
@Command(name = "jupyter", description = "The Jupyter kernel: 'install' registers it for you "
    + "(jupyter kernelspec install --user), 'uninstall' removes it; 'kernel' is what Jupyter "
    + "starts.")
final class Jupyter implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "ACTION", description = "install, uninstall or kernel")
  String action;

  @Parameters(index = "1..*", paramLabel = "ARGS", description = "kernel: --connection-file FILE")
  List<String> args = List.of();

  @Override
  public Integer call() {
    return switch (action) {
      case "install" -> report(KernelSpec.install(launcher(), javaHome()));
      case "uninstall" -> report(KernelSpec.uninstall());
      case "kernel" -> KernelMain.run(args.toArray(String[]::new));
      default -> {
        System.err.println("error: unknown action '" + action + "'; hint: gradlab jupyter "
            + "install, or gradlab jupyter uninstall");
        yield 2;
      }
    };
  }

  private static int report(KernelSpec.Outcome o) {
    (o.status() == 0 ? System.out : System.err).println((o.status() == 0 ? "" : "error: ")
        + o.message());
    return o.status();
  }

  /** The launcher that started this JVM (it says so in GRADLAB_LAUNCHER). */
  static Path launcher() {
    String l = System.getenv("GRADLAB_LAUNCHER");
    return Path.of(l != null && !l.isBlank() ? l : "gradlab").toAbsolutePath();
  }

  /** The JDK the launcher found (JAVA_HOME), else this JVM's. */
  static Path javaHome() {
    String h = System.getenv("JAVA_HOME");
    return Path.of(h != null && !h.isBlank() ? h : System.getProperty("java.home"));
  }
}

package gradlab.jupyter;

import java.util.Optional;

/**
 * One-line explanations of why the kernelspec cannot be installed: the JDK, Jupyter itself, and
 * what {@code jupyter kernelspec} printed when it failed (IJava's most reported problems:
 * Python or jupyter_client not found, permissions, the wrong JDK). Pure functions.
 */
final class InstallProblem {
  static final String DEBIAN_PACKAGES = "python3-jupyter-client jupyter-notebook";
  static final int MIN_JAVA = 21;

  private InstallProblem() {}

  /**
   * What is wrong with the JDK the kernel would run on, if anything.
   *
   * @param major its feature version, or 0 when unknown
   * @param hasJshell whether it has the jdk.jshell module (a JDK, not a JRE)
   */
  static Optional<String> jdk(String javaHome, int major, boolean hasJshell) {
    if (major < MIN_JAVA) {
      return Optional.of("the JDK at " + javaHome + " is " + (major == 0 ? "of unknown version"
          : "Java " + major) + "; the kernel needs Java " + MIN_JAVA + " or newer (hint: set "
          + "JAVA_HOME to a newer JDK and run ./gradlab jupyter install again)");
    }
    if (!hasJshell) {
      return Optional.of("the Java at " + javaHome + " has no jdk.jshell module (a JRE, not a "
          + "JDK); Java cells need a full JDK (hint: install openjdk-21-jdk or set JAVA_HOME)");
    }
    return Optional.empty();
  }

  /** When no {@code jupyter} command is on the PATH. */
  static String jupyterMissing() {
    return "Jupyter is not installed (no 'jupyter' command on the PATH); install Debian's "
        + DEBIAN_PACKAGES + ": sudo apt-get install " + DEBIAN_PACKAGES;
  }

  /**
   * The one line for a failed {@code jupyter kernelspec …} run.
   *
   * @param exitStatus its exit status
   * @param output what it printed (both streams)
   */
  static String kernelspecFailed(int exitStatus, String output) {
    String o = output == null ? "" : output;
    if (exitStatus == 126 || exitStatus == 127 || o.contains("bad interpreter")
        || o.contains("No such file or directory") && o.contains("python")) {
      return "Python is missing or broken: the 'jupyter' command cannot start its interpreter ("
          + lastLine(o) + "); install Debian's python3 and " + DEBIAN_PACKAGES;
    }
    if (o.contains("jupyter-kernelspec") && o.contains("not found")
        || o.contains("No module named 'jupyter_client'")
        || o.contains("No module named jupyter_client")) {
      return "jupyter_client is missing ('jupyter kernelspec' is not available); install "
          + "Debian's python3-jupyter-client: sudo apt-get install python3-jupyter-client";
    }
    if (o.contains("Permission denied") || o.contains("PermissionError")
        || o.contains("Errno 13")) {
      return "permission denied writing the kernelspec (" + lineWith(o, "ermission")
          + "); hint: check who owns ~/.local/share/jupyter, or set JUPYTER_DATA_DIR to a "
          + "folder you can write";
    }
    if (o.contains("No such kernel") || o.contains("Couldn't find kernel spec")) {
      return "the gradlab kernel is not installed; nothing to remove";
    }
    return "'jupyter kernelspec' failed with status " + exitStatus + ": " + lastLine(o);
  }

  private static String lastLine(String s) {
    return s.strip().lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("no output")
        .strip();
  }

  private static String lineWith(String s, String word) {
    return s.lines().filter(l -> l.contains(word)).findFirst().orElse(lastLine(s)).strip();
  }
}

package gradlab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The repl module's packages depend one way, as their package-info says: the command line on
 * everything, the kernel and the console on the engine, scripts and guests on the engine only.
 * (The engine's own packages are checked by the engine's PackageDependencyTest.)
 */
@Timeout(30)
class ReplPackageDependencyTest {
  private static final Set<String> ENGINE = Set.of("tensor", "data", "autodiff", "nn", "optim",
      "symbolic", "plot", "check", "audit", "train", "lab", "io", "math", "verdict");
  private static final Map<String, Set<String>> ALLOWED_FRONT_ENDS = Map.of(
      "cli", Set.of("repl", "jupyter", "script", "polyglot"),
      "jupyter", Set.of("repl"),
      "repl", Set.of("script", "polyglot"),
      "script", Set.of(),
      "polyglot", Set.of("script"));
  private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:static )?gradlab\\.(\\w+)");
  private static final Pattern QUALIFIED = Pattern.compile("\\bgradlab\\.(\\w+)\\.[A-Z]");

  @Test
  void replPackagesImportOnlyTheEngineAndWhatTheirPackageInfoAllows() throws IOException {
    Path root = Path.of("src/main/java/gradlab");
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String pkg = root.relativize(f).getName(0).toString();
        assertThat(ALLOWED_FRONT_ENDS).as("package %s has a rule here", pkg).containsKey(pkg);
        String src = Files.readString(f).replaceAll("(?s)/\\*.*?\\*/", "");
        for (Pattern p : List.of(IMPORT, QUALIFIED)) {
          Matcher m = p.matcher(src);
          while (m.find()) {
            String used = m.group(1);
            if (!used.equals(pkg) && !ENGINE.contains(used)
                && !ALLOWED_FRONT_ENDS.get(pkg).contains(used)) {
              violations.add(f + " uses gradlab." + used);
            }
          }
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  /**
   * One session, owned by the front-end: only the command line, the kernel's entry point and
   * the session itself install the facade's view ({@code Lab.use}), and only the two entry
   * points read the launcher's settings ({@code -Dgradlab.out}, {@code -Dgradlab.progress}).
   */
  @Test
  void onlyTheEntryPointsAndTheSessionInstallTheLabViewOrReadTheLaunchersSettings()
      throws IOException {
    Path root = Path.of("src/main/java/gradlab");
    Set<String> installers = Set.of("cli/Main.java", "jupyter/KernelMain.java",
        "repl/Session.java");
    Set<String> readers = Set.of("cli/Main.java", "jupyter/KernelMain.java");
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String rel = root.relativize(f).toString().replace('\\', '/');
        String src = Files.readString(f);
        if (src.contains("Lab.use(") && !installers.contains(rel)) {
          violations.add(rel + " installs the Lab view");
        }
        if (src.contains("\"gradlab.out\"") || src.contains("\"gradlab.progress\"")) {
          if (!readers.contains(rel)) {
            violations.add(rel + " reads a launcher setting");
          }
        }
      }
    }
    assertThat(violations).isEmpty();
  }
}

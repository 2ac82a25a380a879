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

/** Dependencies point one way, as each package-info says; nothing in the engine imports the CLI. */
@Timeout(30)
class PackageDependencyTest {
  private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
      Map.entry("tensor", Set.<String>of()),
      Map.entry("io", Set.<String>of()),
      Map.entry("data", Set.of("tensor")),
      Map.entry("autodiff", Set.of("tensor", "math")),
      Map.entry("nn", Set.of("autodiff", "tensor", "math")),
      Map.entry("optim", Set.of("nn", "tensor")),
      Map.entry("math", Set.<String>of()),
      Map.entry("symbolic", Set.of("math")),
      Map.entry("plot", Set.<String>of()),
      Map.entry("verdict", Set.<String>of()),
      Map.entry("check", Set.of("symbolic", "math", "autodiff", "tensor")),
      Map.entry("audit", Set.of("symbolic", "math", "autodiff", "tensor")),
      Map.entry("train", Set.of("data", "nn", "optim", "autodiff", "tensor", "math")),
      Map.entry("lab", Set.of("symbolic", "math", "check", "audit", "plot", "autodiff", "tensor", "nn",
          "optim", "train", "data", "verdict")));
  private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:static )?gradlab\\.(\\w+)");
  private static final Pattern QUALIFIED = Pattern.compile("\\bgradlab\\.(\\w+)\\.[A-Z]");

  @Test
  void enginePackagesImportOnlyWhatTheirPackageInfoAllows() throws IOException {
    Path root = Path.of("src/main/java/gradlab");
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String pkg = root.relativize(f).getName(0).toString();
        String src = Files.readString(f).replaceAll("(?s)/\\*.*?\\*/", "");
        for (Pattern p : List.of(IMPORT, QUALIFIED)) {
          Matcher m = p.matcher(src);
          while (m.find()) {
            String used = m.group(1);
            if (!used.equals(pkg) && !ALLOWED.getOrDefault(pkg, Set.of()).contains(used)) {
              violations.add(f + " uses gradlab." + used);
            }
          }
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void theMathLanguageDoesNotUseSymja() throws IOException {
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/gradlab/math"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        if (Files.readString(f).contains("org.matheclipse")) {
          violations.add(f.toString());
        }
      }
    }
    assertThat(violations).isEmpty();
  }
}

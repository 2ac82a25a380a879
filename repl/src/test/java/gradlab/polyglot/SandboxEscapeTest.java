package gradlab.polyglot;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.script.ScriptFailure;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Escape attempts from .py and .js scripts, one per row: each is refused with a message naming
 * {@code --allow-io}, and nothing is written outside the allowed folders. The script's folder
 * holds the links a student's unpacked submission could carry: {@code root -> /},
 * {@code hostname -> /etc/hostname} and a dangling {@code fresh -> OUTSIDE/fresh.txt}.
 */
@Timeout(300)
class SandboxEscapeTest {
  private static Path dir;
  private static Path outside;

  @BeforeAll
  static void submissionWithLinks() throws Exception {
    dir = Files.createTempDirectory("gradlab-escape");
    outside = Files.createTempDirectory("gradlab-outside");
    Files.createSymbolicLink(dir.resolve("root"), Path.of("/"));
    Files.createSymbolicLink(dir.resolve("hostname"), Path.of("/etc/hostname"));
    Files.createSymbolicLink(dir.resolve("fresh"), outside.resolve("fresh.txt"));
    Files.createDirectories(dir.resolve("sub"));
    Files.createSymbolicLink(dir.resolve("sub/up"), Path.of(".."));
  }

  @AfterAll
  static void cleanUp() throws Exception {
    for (Path p : List.of(dir.resolve("sub/up"), dir.resolve("sub"), dir.resolve("root"),
        dir.resolve("hostname"), dir.resolve("fresh"))) {
      Files.deleteIfExists(p);
    }
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.toList()) {
        Files.deleteIfExists(p);
      }
    }
    Files.deleteIfExists(dir);
    try (Stream<Path> s = Files.list(outside)) {
      for (Path p : s.toList()) {
        Files.deleteIfExists(p);
      }
    }
    Files.deleteIfExists(outside);
  }

  static Stream<Arguments> attempts() {
    String o = "OUTSIDE";
    return Stream.of(
        Arguments.of("py: read through a link to /", "py",
            "open(D + '/root/etc/hostname').read()"),
        Arguments.of("py: write through a link to /", "py",
            "open(D + '/root" + o + "/written.txt', 'w').write('x')"),
        Arguments.of("py: read through a link to a file", "py", "open(D + '/hostname').read()"),
        Arguments.of("py: create through a dangling link", "py",
            "open(D + '/fresh', 'w').write('x')"),
        Arguments.of("py: list through a link to /", "py", "import os\nos.listdir(D + '/root/')"),
        Arguments.of("py: attributes through a link to /", "py",
            "import os\nos.stat(D + '/root/etc/hostname')"),
        Arguments.of("py: '..' after a link to a folder", "py",
            "open(D + '/sub/up/../../../../../../../etc/hostname').read()"),
        Arguments.of("py: '..' out of the folder", "py",
            "open(D + '/../../../../../../etc/hostname').read()"),
        Arguments.of("py: absolute path", "py", "open('/etc/hostname').read()"),
        Arguments.of("py: lab.plot to an absolute path", "py",
            "lab.plot('t', [1, 2], '" + o + "/plot.png')"),
        Arguments.of("py: lab.plot out of the output folder", "py",
            "lab.plot('t', [1, 2], '../escaped-plot.png')"),
        Arguments.of("js: load through a link to /", "js", "load(D + '/root/etc/hostname')"),
        Arguments.of("js: load through a link to a file", "js", "load(D + '/hostname')"),
        Arguments.of("js: load an absolute path", "js", "load('/etc/hostname')"),
        Arguments.of("js: lab.plot to an absolute path", "js",
            "lab.plot('t', [1, 2], '" + o + "/plot.png')"),
        Arguments.of("js: lab.plot out of the output folder", "js",
            "lab.plot('t', [1, 2], '../escaped-plot.png')"),
        Arguments.of("js: lab.plot through '..' inside the name", "js",
            "lab.plot('t', [1, 2], 'a/../../escaped-plot.png')"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attempts")
  void scriptEscapeIsRefusedNamingTheOption(String name, String language, String code)
      throws Exception {
    String body = code.replace("OUTSIDE", outside.toString());
    String prelude = language.equals("py") ? "D = '" + dir + "'\n" : "const D = '" + dir + "';\n";
    Path script = dir.resolve("attempt." + language);
    Files.writeString(script, prelude + body + "\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream p = new PrintStream(out, true, StandardCharsets.UTF_8);
    Optional<ScriptFailure> f = PolyglotScripts.run(script, List.of(), Sandbox.strict(), p, p);
    assertThat(f).as(name + " printed: " + out).isPresent();
    assertThat(f.get().message()).as(name).contains("--allow-io");
    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain(Files.readString(
        Path.of("/etc/hostname")).strip() + "\n");
    try (Stream<Path> s = Files.list(outside)) {
      assertThat(s.toList()).as(name + ": written outside").isEmpty();
    }
    assertThat(Path.of("escaped-plot.png")).doesNotExist();
  }

  @Test
  void withAllowIoTheSameLinkIsFollowed() throws Exception {
    Path script = dir.resolve("allowed.py");
    Files.writeString(script, "print(open('" + dir + "/hostname').read().strip())\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream p = new PrintStream(out, true, StandardCharsets.UTF_8);
    assertThat(PolyglotScripts.run(script, List.of(), new Sandbox(true, false), p, p)).isEmpty();
    assertThat(out.toString(StandardCharsets.UTF_8).strip()).isEqualTo(Files.readString(
        Path.of("/etc/hostname")).strip());
  }

  @Test
  void filesInsideTheFolderAndPlotsInsideTheOutputFolderStillWork() throws Exception {
    Files.writeString(dir.resolve("data.txt"), "42\n");
    Path script = dir.resolve("inside.py");
    Files.writeString(script, "print(open('" + dir + "/data.txt').read().strip())\n"
        + "print(lab.plot('t', [1, 2], 'sandbox-test/inside.png'))\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream p = new PrintStream(out, true, StandardCharsets.UTF_8);
    assertThat(PolyglotScripts.run(script, List.of(), Sandbox.strict(), p, p)).isEmpty();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("42\n")
        .contains("sandbox-test/inside.png");
    Files.deleteIfExists(gradlab.lab.Lab.outputDir().resolve("sandbox-test/inside.png"));
    Files.deleteIfExists(gradlab.lab.Lab.outputDir().resolve("sandbox-test"));
  }

  @Test
  void plotIsTheOnlyFacadeMethodThatTakesAFileName() {
    // every exported method with a String parameter other than maths; a new one that takes a
    // file name must join the table above
    List<String> withStrings = Stream.of(GuestLab.class.getMethods())
        .filter(m -> m.isAnnotationPresent(org.graalvm.polyglot.HostAccess.Export.class))
        .filter(m -> Stream.of(m.getParameterTypes()).anyMatch(t -> t == String.class))
        .map(java.lang.reflect.Method::getName).sorted().distinct().toList();
    assertThat(withStrings).containsExactly("diff", "eval", "num", "plot", "prove", "tex");
  }
}

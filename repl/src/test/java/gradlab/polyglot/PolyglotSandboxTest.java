package gradlab.polyglot;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.script.ScriptFailure;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The sandbox refuses what it should, names the flag that widens it, and shows guest stacks. */
@Timeout(180)
class PolyglotSandboxTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private Optional<ScriptFailure> run(String name, Sandbox box) throws Exception {
    PrintStream p = new PrintStream(out, true, StandardCharsets.UTF_8);
    return PolyglotScripts.run(Path.of("src/test/resources/guest", name), List.of(), box, p, p);
  }

  @Test
  void guestErrorShowsTheGuestFileLineAndStack() throws Exception {
    ScriptFailure f = run("throws-in-function.js", Sandbox.strict()).orElseThrow();
    assertThat(f.line()).isEqualTo(3);
    assertThat(f.message()).contains("boom 1");
    assertThat(f.render(true)).contains("throws-in-function.js:3").contains("at <js> f(")
        .doesNotContain("org.graalvm");
  }

  @Test
  void javaClassesAreClosedUnlessAllowed() throws Exception {
    ScriptFailure f = run("java-type-without-allow-host.js", Sandbox.strict()).orElseThrow();
    assertThat(f.message()).contains("--allow-host");
    assertThat(run("java-type-without-allow-host.js", new Sandbox(false, true))).isEmpty();
  }

  @Test
  void pythonNumWorksWithAndWithoutAPointAsTheReadmeShows() throws Exception {
    assertThat(run("num-with-and-without-a-point.py", Sandbox.strict())).isEmpty();
  }

  @Test
  void facadeIsReachableWithExplicitHostAccess() throws Exception {
    assertThat(run("uses-the-facade.js", Sandbox.strict())).isEmpty();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("3x² ✓ proved\n");
  }

  @Test
  void pythonCannotReadOutsideItsFolderOrStartProcesses() throws Exception {
    ScriptFailure io = run("reads-outside-its-folder.py", Sandbox.strict()).orElseThrow();
    assertThat(io.message()).contains("--allow-io");
    assertThat(io.line()).isEqualTo(1);
    ScriptFailure process = run("starts-a-process.py", Sandbox.strict()).orElseThrow();
    assertThat(process.message()).isEqualTo("PermissionError: starting processes is not "
        + "allowed in the sandbox; no option opens it");
    assertThat(process.line()).isEqualTo(2);
  }

  @Test
  void refusedSocketsAndProcessesReportTheGuestLineAndAPlainReason() throws Exception {
    ScriptFailure socket = run("opens-a-socket.py", Sandbox.strict()).orElseThrow();
    assertThat(socket.line()).isEqualTo(3);
    assertThat(socket.message()).isEqualTo("PermissionError: network access (sockets) is not "
        + "allowed in the sandbox; no option opens it");
    ScriptFailure subprocess = run("runs-a-subprocess.py", Sandbox.strict()).orElseThrow();
    assertThat(subprocess.line()).isEqualTo(3);
    assertThat(subprocess.message()).isEqualTo("PermissionError: starting processes is not "
        + "allowed in the sandbox; no option opens it");
    assertThat(socket.render(true) + subprocess.render(true)).doesNotContain("com.oracle")
        .doesNotContain("Exception");
  }

  @Test
  void tensorsAreReachableFromGuests() throws Exception {
    assertThat(run("tensor-product.js", Sandbox.strict())).isEmpty();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("2x2 19,22,43,50 sum 134\n");
  }
}

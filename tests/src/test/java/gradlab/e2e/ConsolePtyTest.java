package gradlab.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The real ./gradlab in a real pseudo-terminal (tmux): editing, history, completion, Ctrl-C. */
@Timeout(300)
class ConsolePtyTest {
  private final String session = "gradlab-pty-" + ProcessHandle.current().pid();
  /** A server of the test's own, kept alive by a keeper session: when the console's session is
   *  the server's last, the server exits with it, and `has-session` asked in that moment answers
   *  "server exited unexpectedly" (a clean-clone CI, 2026-12-03) instead of "can't find session". */
  private static final String SOCKET = "gradlab-pty-" + ProcessHandle.current().pid();

  private static String tmux(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("tmux", "-L", SOCKET));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(30, TimeUnit.SECONDS);
    return out;
  }

  private String screen() throws Exception {
    return tmux("capture-pane", "-p", "-t", session);
  }

  private void waitFor(String text, int seconds) throws Exception {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    while (System.nanoTime() < end) {
      if (screen().contains(text)) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("'" + text + "' did not appear; screen:\n" + screen());
  }

  private void keys(String... keys) throws Exception {
    List<String> args = new ArrayList<>(List.of("send-keys", "-t", session));
    args.addAll(List.of(keys));
    tmux(args.toArray(String[]::new));
  }

  private static boolean tmuxAvailable() {
    try {
      if (new ProcessBuilder("tmux", "-V").start().waitFor() != 0) {
        return false;
      }
      tmux("new-session", "-d", "-s", "keeper", "sleep 900"); // refused harmlessly if it exists
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  @AfterAll
  static void stopTheTestsOwnServer() throws Exception {
    tmux("kill-server");
  }

  @Test
  void editingHistoryCompletionInterruptAndQuitInARealTerminal(@TempDir Path home)
      throws Exception {
    assumeTrue(tmuxAvailable(), "tmux is not installed");
    String launcher = ScriptOutputs.ROOT.resolve("gradlab").toString();
    tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "40", "env GRADLAB_HOME="
        + home + " XDG_CACHE_HOME=" + ScriptOutputs.ROOT.resolve("tests/target/cache")
        + " bash " + launcher);
    try {
      waitFor("gradlab>", 60);
      keys("diff(sigma(w*x+b), b)", "Enter");
      waitFor("$1 = σ′(b + w·x)", 60);
      keys("2*3", "BSpace", "4", "Enter"); // editing: 2*3 becomes 2*4
      waitFor("$2 = 8", 30);
      keys("Up", "Enter"); // history recall
      waitFor("$3 = 8", 30);
      keys("simpl", "Tab"); // completion of a function name
      keys("((x^2-1)/(x-1))", "Enter");
      waitFor("$4 = 1 + x", 30);
      keys("Expand((x+y+z+w)^300)", "Enter");
      Thread.sleep(1500);
      keys("C-c");
      waitFor("evaluation interrupted", 30);
      keys("1+1", "Enter");
      waitFor("$5 = 2", 30);
      keys("Math.sqr", "Tab"); // Java completion through JShell: Math.sqrt(
      Thread.sleep(3000); // the JShell starts on this first use
      keys("-l", "16.0);"); // literally: tmux reads a trailing ';' as its own separator
      keys("Enter");
      waitFor("==> 4.0", 60);
      keys("-l", "long spins = 0; while (true) { spins++; }"); // a busy Java loop, then Ctrl-C
      keys("Enter");
      Thread.sleep(1500);
      keys("C-c");
      keys("mydefinition = 7*q", "Enter");
      waitFor("mydefinition = 7q", 60);
      keys("2*mydef", "Tab"); // the session's own names complete too
      keys("Enter");
      waitFor("= 2mydefinition", 30); // names stay names (named intermediates)
      keys(":quit", "Enter");
      long end = System.nanoTime() + 30_000_000_000L;
      while (System.nanoTime() < end && tmux("has-session", "-t", session).isEmpty()) {
        Thread.sleep(200);
      }
      assertThat(tmux("has-session", "-t", session)).as("the console has exited")
          .containsAnyOf("can't find session", "no server running");
      assertThat(Files.readString(home.resolve("history"))).contains("simplify((x^2-1)/(x-1))")
          .contains("Expand((x+y+z+w)^300)").contains(":quit");
    } finally {
      tmux("kill-session", "-t", session);
    }
  }

  @Test
  void bracesPlotsAndDivisionByZeroAsANewUserTypesThem(@TempDir Path home) throws Exception {
    assumeTrue(tmuxAvailable(), "tmux is not installed");
    String launcher = ScriptOutputs.ROOT.resolve("gradlab").toString();
    tmux("new-session", "-d", "-s", session, "-x", "160", "-y", "50", "-c", home.toString(),
        "env GRADLAB_HOME=" + home + " XDG_CACHE_HOME="
        + ScriptOutputs.ROOT.resolve("tests/target/cache") + " bash " + launcher);
    try {
      waitFor("gradlab>", 60);
      keys("{1,2,3}", "Enter");
      waitFor("$1 = {1, 2, 3}", 60);
      keys("eqs = {nin*V == 1, nout*V == 1}", "Enter");
      waitFor("$2 = eqs = {", 30);
      keys("1/0", "Enter");
      waitFor("error: division by zero in 1/0", 30);
      keys("sigmoid(x)", "Enter");
      waitFor("$3 = σ(x)", 30);
      keys("softmax(x)", "Enter");
      waitFor("softmax takes one list", 30); // a real function of the catalogue, not a symbol
      keys("d = diff(sigma(z), z)", "Enter");
      waitFor("$4 = d = σ′(z)", 30);
      keys(":plot diff(sigma(z), z), z, -6, 6", "Enter");
      waitFor("plot written: out/plot-1.png", 60);
      keys(":plot $4, z, -6, 6", "Enter");
      waitFor("plot written: out/plot-2.png", 60);
      keys(":plot d, z, -6, 6", "Enter");
      waitFor("plot written: out/plot-3.png", 60);
      keys("-l", "f(x) = x^2");
      keys("\\;", "Enter"); // an escaped ';': tmux reads a bare trailing one as a separator
      waitFor("':math f(x) = x^2' evaluates it as math", 60);
      keys(":quit", "Enter");
      assertThat(home.resolve("out/plot-3.png")).isNotEmptyFile();
    } finally {
      tmux("kill-session", "-t", session);
    }
  }

  @Test
  void guestLoopsStopOnCtrlCAndJavaCannotEndTheConsole(@TempDir Path home) throws Exception {
    assumeTrue(tmuxAvailable(), "tmux is not installed");
    String launcher = ScriptOutputs.ROOT.resolve("gradlab").toString();
    tmux("new-session", "-d", "-s", session, "-x", "160", "-y", "40", "env GRADLAB_HOME="
        + home + " XDG_CACHE_HOME=" + ScriptOutputs.ROOT.resolve("tests/target/cache")
        + " bash " + launcher);
    try {
      waitFor("gradlab>", 60);
      keys(":py x = 5", "Enter");
      keys(":py x * 1111", "Enter");
      waitFor("5555", 120); // GraalPy starts on first use
      keys(":py while True: pass", "Enter");
      Thread.sleep(2000);
      keys("C-c");
      waitFor("error: stopped (Ctrl-C); the Python session goes on", 30);
      keys(":py x * 2222", "Enter");
      waitFor("11110", 30); // the variables survived
      keys(":js 7 * 11", "Enter");
      waitFor("77", 120);
      keys(":js while (true) {}", "Enter");
      Thread.sleep(2000);
      keys("C-c");
      waitFor("error: stopped (Ctrl-C); the JavaScript session goes on", 30);
      keys("-l", "System.exit(0);"); // literally: tmux reads a trailing ';' as its own separator
      keys("Enter");
      waitFor(":quit leaves", 60);
      keys("-l", "Runtime.getRuntime().halt(1);");
      keys("Enter");
      keys("6*7", "Enter");
      waitFor("= 42", 60);
      assertThat(tmux("has-session", "-t", session)).as("the console is alive").isEmpty();
      keys(":quit", "Enter");
    } finally {
      tmux("kill-session", "-t", session);
    }
  }
}

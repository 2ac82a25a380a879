package gradlab.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing typed is lost: the real ./gradlab in tmux, killed with kill -9, two at once, and on a
 * full disk (a 16 KiB tmpfs, where mounting is allowed).
 */
@Timeout(400)
class ConsoleSessionsPtyTest {
  private final String prefix = "gradlab-sessions-" + ProcessHandle.current().pid() + "-";
  private final List<String> sessions = new ArrayList<>();
  /** A server of the test's own, kept alive by a keeper session: when the killed console's
   *  session ends, a shared server with no other session exits, and a session started in that
   *  moment went down with it (a clean-clone CI's "no server running"). */
  private static final String SOCKET = "gradlab-sessions-" + ProcessHandle.current().pid();

  private static String run(String... cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(30, TimeUnit.SECONDS);
    return out + (p.exitValue() == 0 ? "" : "\n(exit " + p.exitValue() + ")");
  }

  private static String tmux(String... args) throws Exception {
    String[] cmd = new String[args.length + 3];
    cmd[0] = "tmux";
    cmd[1] = "-L";
    cmd[2] = SOCKET;
    System.arraycopy(args, 0, cmd, 3, args.length);
    return run(cmd);
  }

  private String start(String name, Path home) throws Exception {
    if (sessions.isEmpty()) {
      sessions.add(prefix + "keeper");
      tmux("new-session", "-d", "-s", prefix + "keeper", "sleep 900");
    }
    String s = prefix + name;
    sessions.add(s);
    tmux("new-session", "-d", "-s", s, "-x", "200", "-y", "50", "env GRADLAB_HOME="
        + home + " XDG_CACHE_HOME=" + ScriptOutputs.ROOT.resolve("tests/target/cache") + " bash "
        + ScriptOutputs.ROOT.resolve("gradlab"));
    waitFor(s, "gradlab>", 90);
    return s;
  }

  private static String screen(String s) throws Exception {
    return tmux("capture-pane", "-p", "-J", "-t", s);
  }

  private static void waitFor(String s, String text, int seconds) throws Exception {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    while (System.nanoTime() < end) {
      if (screen(s).contains(text)) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("'" + text + "' did not appear; screen:\n" + screen(s));
  }

  private static void type(String s, String line) throws Exception {
    tmux("send-keys", "-t", s, "-l", line);
    tmux("send-keys", "-t", s, "Enter");
  }

  private static boolean tmuxAvailable() {
    try {
      return new ProcessBuilder("tmux", "-V").start().waitFor() == 0;
    } catch (Exception e) {
      return false;
    }
  }

  private static List<Path> autosaves(Path home) throws Exception {
    try (Stream<Path> s = Files.list(home.resolve("sessions"))) {
      return s.sorted().toList();
    }
  }

  @AfterEach
  void killSessions() throws Exception {
    for (String s : sessions) {
      tmux("kill-session", "-t", s);
    }
  }

  @Test
  void killedConsoleKeepsItsEntriesAndTheNextOneOffersThem(@TempDir Path home) throws Exception {
    assumeTrue(tmuxAvailable(), "tmux is not installed");
    String first = start("killed", home);
    type(first, "a = 1");
    waitFor(first, "$1 = a = 1", 90);
    String pid = tmux("list-panes", "-t", first, "-F", "#{pane_pid}").strip();
    run("kill", "-9", pid); // the launcher execs java: the pane's process is the console
    // a killed process stays in the process table until tmux reaps it; only then has the
    // session ended (a console started before that rightly sees the first one as running)
    for (int i = 0; i < 200 && Files.exists(Path.of("/proc", pid)); i++) {
      Thread.sleep(50);
    }
    String second = start("after", home);
    waitFor(second, "note: the last session (", 30);
    type(second, "b = 2");
    waitFor(second, "$1 = b = 2", 90);
    type(second, ":restore");
    waitFor(second, "loaded 1 entries", 60);
    type(second, "a + b");
    waitFor(second, "$3 = 3", 60); // a (restored) and b (typed) are both defined
    List<Path> files = autosaves(home);
    assertThat(files).hasSize(2);
    assertThat(Files.readString(files.get(0))).contains("\"a = 1\"").doesNotContain("b = 2");
    assertThat(Files.readString(files.get(1))).contains("\"b = 2\"").contains("\"a = 1\"");
  }

  @Test
  void twoConsolesAtOnceKeepEveryLineOfBoth(@TempDir Path home) throws Exception {
    assumeTrue(tmuxAvailable(), "tmux is not installed");
    String one = start("one", home);
    String two = start("two", home);
    for (int i = 1; i <= 3; i++) {
      type(one, "p" + "abc".charAt(i - 1) + " = " + i);
      type(two, "q" + "abc".charAt(i - 1) + " = " + i);
      waitFor(one, "$" + i + " = p" + "abc".charAt(i - 1), 90);
      waitFor(two, "$" + i + " = q" + "abc".charAt(i - 1), 90);
    }
    assertThat(screen(two)).as("a running console is not offered").doesNotContain("note:");
    type(one, ":quit");
    type(two, ":quit");
    Thread.sleep(2000);
    String history = Files.readString(home.resolve("history"));
    for (int i = 1; i <= 3; i++) {
      assertThat(history).contains(":p" + "abc".charAt(i - 1) + " = " + i + "\n")
          .contains(":q" + "abc".charAt(i - 1) + " = " + i + "\n");
    }
    List<Path> files = autosaves(home);
    assertThat(files).hasSize(2);
    String both = Files.readString(files.get(0)) + Files.readString(files.get(1));
    assertThat(both).contains("\"pa = 1\"", "\"pc = 3\"", "\"qa = 1\"", "\"qc = 3\"");
  }

  @Test
  void fullDiskGivesOneNoteEachAndLeavesTheHistoryWhole(@TempDir Path dir) throws Exception {
    assumeTrue(tmuxAvailable(), "tmux is not installed");
    Path home = dir.resolve("small");
    Files.createDirectories(home);
    String mounted = run("mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", home.toString());
    assumeTrue(mounted.isBlank(), "mounting a small tmpfs is not permitted here (needs root): "
        + mounted.strip());
    try {
      // a whole page, so that the next line needs a new one
      Files.writeString(home.resolve("history"), "1:" + "x".repeat(4093) + "\n");
      run("dd", "if=/dev/zero", "of=" + home.resolve("filler"), "bs=1k", "count=64");
      String s = start("full", home);
      for (int i = 1; i <= 3; i++) {
        type(s, "r" + "abc".charAt(i - 1) + " = " + i + " + σ(x)");
        waitFor(s, "$" + i + " = r" + "abc".charAt(i - 1), 90);
      }
      String screen = screen(s);
      assertThat(screen.split("the history cannot be written", -1)).hasSize(2);
      assertThat(screen.split("the autosave cannot be written", -1)).hasSize(2);
      assertThat(screen).contains("No space left on device").doesNotContain("Exception")
          .doesNotContain("\tat ");
      type(s, ":quit");
      Thread.sleep(1000);
      String history = Files.readString(home.resolve("history"));
      assertThat(history).startsWith("1:xxx").endsWith("\n");
      assertThat(history.lines()).allMatch(l -> l.matches("\\d+:.*"));
    } finally {
      run("umount", "-l", home.toString());
    }
  }
}

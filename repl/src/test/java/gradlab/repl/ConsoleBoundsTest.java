package gradlab.repl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gradlab.polyglot.MemoryGuard;
import gradlab.symbolic.EngineConfig;
import gradlab.symbolic.SymbolicEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every evaluation in the console is bounded and none ends the session: guest loops stop at the
 * time limit and on Ctrl-C, guest memory is guarded, Java cannot call System.exit, and the
 * time limit has a range.
 */
@Timeout(300)
class ConsoleBoundsTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  /** A console whose engine never starts: commands that need no engine answer at once. */
  private static String sessionWithoutEngine(String input) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Console console = Console.overStreams(new ByteArrayInputStream(input.getBytes(
        StandardCharsets.UTF_8)), out, new CompletableFuture<SymbolicEngine>(), null)) {
      assertThat(console.run()).isZero();
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void pythonLoopStopsAtTheTimeLimitAndKeepsTheSession() {
    try (GuestShells g = new GuestShells(out, MemoryGuard.fourFifthsOfHeap())) {
      g.eval("python", "x = 41", Duration.ofSeconds(60));
      assertThat(g.eval("python", "while True: pass", Duration.ofSeconds(2)))
          .isEqualTo("error: stopped: the time limit of 2 s ran out; the Python session goes on");
      assertThat(g.eval("python", "x + 1", Duration.ofSeconds(60))).isEqualTo("42");
    }
  }

  @Test
  void javaScriptLoopStopsAtTheTimeLimitAndKeepsTheSession() {
    try (GuestShells g = new GuestShells(out, MemoryGuard.fourFifthsOfHeap())) {
      g.eval("js", "var x = 41", Duration.ofSeconds(60));
      assertThat(g.eval("js", "while (true) {}", Duration.ofSeconds(2))).isEqualTo(
          "error: stopped: the time limit of 2 s ran out; the JavaScript session goes on");
      assertThat(g.eval("js", "x + 1", Duration.ofSeconds(60))).isEqualTo("42");
    }
  }

  @Test
  void ctrlCStopsAGuestLoop() {
    ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor();
    try (GuestShells g = new GuestShells(out, MemoryGuard.fourFifthsOfHeap())) {
      g.eval("python", "1", Duration.ofSeconds(60)); // started: the press comes mid-loop
      g.eval("js", "1", Duration.ofSeconds(60));
      s.schedule(g::stop, 1500, TimeUnit.MILLISECONDS);
      long t0 = System.nanoTime();
      assertThat(g.eval("python", "while True: pass", Duration.ofSeconds(120)))
          .startsWith("error: stopped (Ctrl-C)");
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(30));
      s.schedule(g::stop, 1500, TimeUnit.MILLISECONDS);
      assertThat(g.eval("js", "while (true) {}", Duration.ofSeconds(120)))
          .startsWith("error: stopped (Ctrl-C)");
    } finally {
      s.shutdownNow();
    }
  }

  @Test
  void listsGrownForeverAreStoppedByTheMemoryGuardAndTheSessionIsRebuilt() {
    try (GuestShells g = new GuestShells(out, MemoryGuard.aboveCurrentUse(400L << 20))) {
      String py = g.eval("python", "xs = [0]\nwhile True:\n    xs = xs + xs\n",
          Duration.ofSeconds(120));
      assertThat(py).startsWith("error: stopped: Python used more memory than the session allows")
          .contains("note: the Python session was rebuilt: its variables are gone");
      assertThat(g.eval("python", "1 + 1", Duration.ofSeconds(60))).isEqualTo("2");
      String js = g.eval("js", "let a = [0]; while (true) { a = a.concat(a); }",
          Duration.ofSeconds(120));
      assertThat(js).startsWith("error: stopped: JavaScript used more memory")
          .contains("note: the JavaScript session was rebuilt");
      assertThat(g.eval("js", "2 + 2", Duration.ofSeconds(60))).isEqualTo("4");
    }
  }

  @Test
  void aJavaScriptArrayGrownWithoutEndIsStoppedByTheSessionsGuardBeforeTheTimeLimit() {
    // four fifths of the heap was never reached within the limit: the array ran to it and its
    // GiBs stayed live in the kept context
    try (GuestShells g = new GuestShells(out, MemoryGuard.forGuests())) {
      String js = g.eval("js", "var a = []; while (true) a.push(new Array(1e6).fill(1))",
          Duration.ofSeconds(240));
      assertThat(js).startsWith("error: stopped: JavaScript used more memory")
          .contains("note: the JavaScript session was rebuilt");
      assertThat(g.eval("js", "typeof a", Duration.ofSeconds(60))).isEqualTo("undefined");
    }
  }

  @Test
  void eachEvaluationMayGrowTheHeapByAtMostOneGibibyte() {
    MemoryGuard g = MemoryGuard.forGuests().forEvaluation();
    long used = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage()
        .getUsed();
    assertThat(g.budgetBytes()).isLessThanOrEqualTo(used + (1L << 30))
        .isLessThanOrEqualTo(Runtime.getRuntime().maxMemory() / 5 * 4);
  }

  @Test
  void javaTypedInTheConsoleCannotEndIt() {
    JavaShell java = new JavaShell();
    Results results = new Results();
    try {
      assertThat(java.eval("System.exit(0);", results, null))
          .isEqualTo("error: " + ExitGuard.MESSAGE);
      assertThat(java.eval("Runtime.getRuntime().halt(1);", results, null))
          .contains(":quit leaves");
      assertThat(java.eval("java.util.function.IntConsumer q = System::exit;", results, null))
          .contains(":quit leaves");
      java.eval("void bye() { System.exit(3); }", results, null);
      assertThat(java.eval("bye();", results, null)).contains(":quit leaves");
      assertThat(java.eval("new Thread(() -> System.exit(4)).start();", results, null))
          .contains(":quit leaves");
      assertThat(java.eval("1 + 1", results, null)).endsWith("==> 2");
    } finally {
      java.close();
    }
  }

  @Test
  void ctrlCWhileJavaStartsForTheLineEditorDiscardsTheEntryAndJavaStillWorks() {
    // JLine interrupts the reading thread on Ctrl-C; javac interrupted mid-way had broken the
    // JShell with an InternalError and ended the console (a student's first Java line)
    JavaShell java = new JavaShell();
    ConsoleParser parser = new ConsoleParser(java, s -> false);
    try {
      Thread.currentThread().interrupt();
      assertThatThrownBy(() -> parser.parse("for (long i = 0; ; i++) { }", 0,
          org.jline.reader.Parser.ParseContext.ACCEPT_LINE))
          .isInstanceOf(org.jline.reader.UserInterruptException.class);
      assertThat(Thread.interrupted()).isFalse();
      assertThat(java.eval("int k = 2 + 3;", new Results(), null)).contains("k ==> 5");
    } finally {
      Thread.interrupted();
      java.close();
    }
  }

  @Test
  void anInterruptedCallerDoesNotReachTheShieldedTaskAndGetsItsInterruptBack() {
    Thread.currentThread().interrupt();
    try {
      assertThat(Shielded.call(() -> Thread.currentThread().isInterrupted())).isFalse();
      assertThat(Thread.interrupted()).isTrue();
      assertThatThrownBy(() -> Shielded.call(() -> {
        throw new InternalError("javac broke");
      })).isInstanceOf(InternalError.class).hasMessage("javac broke");
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void timeoutOutsideItsRangeIsRefusedInOneLine() {
    String t = sessionWithoutEngine(":timeout 9223372036854775807\n:timeout 0\n:timeout soon\n");
    assertThat(t).contains("error: :timeout must be from 1 to 86400 seconds (a day), got "
        + "9223372036854775807\n").contains("error: :timeout must be from 1 to 86400 seconds "
        + "(a day), got 0\n").contains("error: :timeout needs whole seconds from 1 to 86400, "
        + "got 'soon'\n");
  }

  @Test
  void consoleGuestsAreBoundedByTheSessionTimeLimit() {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    String input = ":timeout 2\n:py while True: pass\n:py 6 * 7\n:js while (true) {}\n:js 6 * 7\n";
    try (SymbolicEngine engine = SymbolicEngine.create(EngineConfig.defaults());
        Console console = Console.overStreams(new ByteArrayInputStream(input.getBytes(
            StandardCharsets.UTF_8)), o, engine, null)) {
      assertThat(console.run()).isZero();
    }
    String t = o.toString(StandardCharsets.UTF_8);
    assertThat(t).contains("error: stopped: the time limit of 2 s ran out; the Python session "
        + "goes on").contains("error: stopped: the time limit of 2 s ran out; the JavaScript "
        + "session goes on");
    assertThat(t.lines().filter(l -> l.endsWith("42")).count()).isEqualTo(2);
  }

  @Test
  void consoleGuestEscapesAreRefusedNamingTheOption() throws Exception {
    Path links = Path.of("target/escape-links");
    Files.createDirectories(links);
    Path root = links.resolve("root");
    if (!Files.isSymbolicLink(root)) {
      Files.createSymbolicLink(root, Path.of("/"));
    }
    String t = sessionWithoutEngine(":py open('target/escape-links/root/etc/hostname').read()\n"
        + ":py import os; os.listdir('target/escape-links/root/')\n"
        + ":py lab.plot('t', [1, 2], '/tmp/gradlab-console-escape.png')\n"
        + ":js load('target/escape-links/root/etc/hostname')\n"
        + ":js lab.plot('t', [1, 2], '../gradlab-console-escape.png')\n");
    assertThat(t.lines().filter(l -> l.contains("error: ") && l.contains("--allow-io")))
        .as(t).hasSize(5);
    assertThat(Path.of("/tmp/gradlab-console-escape.png")).doesNotExist();
    assertThat(Path.of("gradlab-console-escape.png")).doesNotExist();
  }
}

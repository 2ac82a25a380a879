package gradlab.repl;

import gradlab.lab.ScriptContext;
import gradlab.symbolic.SymbolicEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The math console on JLine: line editing, history saved after every entry, multi-line input
 * while brackets are open, completion, and {@code :save}/{@code :load} of the entries typed.
 * Every entry is evaluated by the {@link Session} it is given ({@link Session#evaluate}, the
 * same evaluator as the notebook kernel's and {@code eval}'s), and printed in its console form.
 * Ctrl-C stops the evaluation in progress; at an empty prompt it does not leave, Ctrl-D or
 * {@code :quit} do. Built over injected streams for tests.
 */
public final class Console implements AutoCloseable {
  private final Terminal terminal;
  private final LineReader reader;
  private final PrintStream out;
  private final Session session;
  private final Autosave autosave;
  private final SessionLog log;

  /**
   * @param history where to keep the history, or null for none
   */
  public Console(Terminal terminal, SymbolicEngine engine, Path history) {
    this(terminal, java.util.concurrent.CompletableFuture.completedFuture(engine), history);
  }

  /**
   * A console with a session of its own, closed with it.
   *
   * @param engine ready later: the prompt is shown at once and the first evaluation waits for
   *     the engine (about 2 s of Symja start-up happen while the person types)
   */
  public Console(Terminal terminal, java.util.concurrent.CompletableFuture<SymbolicEngine> engine,
      Path history) {
    this(terminal, new Session(engine, terminalOut(terminal), ScriptContext.DEFAULT_OUTPUT),
        history);
  }

  /**
   * A console over {@code session}, which it closes when it is closed.
   *
   * @param history where to keep the history, or null for none
   */
  public Console(Terminal terminal, Session session, Path history) {
    this.terminal = terminal;
    this.session = session;
    this.out = terminalOut(terminal);
    this.autosave = history == null ? null : new Autosave(history.resolveSibling("sessions"),
        out);
    this.log = new SessionLog(autosave);
    registerCommands();
    JavaShell javaShell = session.javaShell();
    ConsoleParser parser = new ConsoleParser(javaShell, session::parses);
    List<String> words = new ArrayList<>(ConsoleCompleter.functionNames(
        SymbolicEngine.knownNames()));
    session.commandNames().forEach(c -> words.add(":" + c));
    LineReaderBuilder b = LineReaderBuilder.builder().terminal(terminal).parser(parser)
        .completer(new ConsoleCompleter(words, session::sheetIfStarted, javaShell))
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
        .variable(LineReader.SECONDARY_PROMPT_PATTERN, "%M> ");
    if (history != null) {
      b.variable(LineReader.HISTORY_FILE, history).history(new HistoryFile(out));
    }
    this.reader = b.build();
  }

  private static PrintStream terminalOut(Terminal terminal) {
    return new PrintStream(terminal.output(), true, StandardCharsets.UTF_8);
  }

  /** A console on in-memory or piped streams (a dumb terminal). */
  public static Console overStreams(InputStream in, OutputStream out, SymbolicEngine engine,
      Path history) {
    return overStreams(in, out, java.util.concurrent.CompletableFuture.completedFuture(engine),
        history);
  }

  public static Console overStreams(InputStream in, OutputStream out,
      java.util.concurrent.CompletableFuture<SymbolicEngine> engine, Path history) {
    Terminal t = dumbTerminal(in, out);
    return new Console(t, engine, history);
  }

  /** A console over {@code session} on in-memory or piped streams (a dumb terminal). */
  public static Console overStreams(InputStream in, OutputStream out, Session session,
      Path history) {
    return new Console(dumbTerminal(in, out), session, history);
  }

  private static Terminal dumbTerminal(InputStream in, OutputStream out) {
    try {
      Terminal t = new org.jline.terminal.impl.DumbTerminal("gradlab", Terminal.TYPE_DUMB, in,
          out, StandardCharsets.UTF_8);
      t.echo(false);
      return t;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The console over {@code session} on the process's terminal. */
  public static Console onSystemTerminal(Session session, Path history) {
    try {
      Terminal t;
      try {
        // naming the provider skips JLine's probing of the others, most of the start-up time;
        // JNI starts in 160 ms where FFM, which spins method handles, takes 290 ms
        t = TerminalBuilder.builder().system(true).provider("jni").build();
      } catch (IOException | RuntimeException | LinkageError e) {
        t = TerminalBuilder.builder().system(true).build();
      }
      return new Console(t, session, history);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The console's own commands, added to the session's table (so that :help lists them). */
  private void registerCommands() {
    session.addCommandInPlace("save", "FILE",
        "write this session's entries to a file that :load replays", log::save);
    session.addCommandInPlace("load", "FILE", "replay a saved session", this::load);
    session.addCommandInPlace("last", "", "show what the last session left (its autosave)",
        a -> LastSession.show(autosave, session.javaShell()::incomplete));
    session.addCommandInPlace("restore", "", "replay what the last session left",
        a -> load(LastSession.file(autosave).toString()));
    session.addCommandInPlace("reset", "", "forget definitions, results and Java state", a -> {
      log.clearInPlace();
      return session.reset();
    });
    session.addCommandInPlace("quit", "", "leave (Ctrl-D also does)", a -> null);
  }

  private static String oneLine(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": "
        + m.lines().findFirst().orElse(""));
  }

  /** Reads and evaluates until :quit or end of input; returns the exit status 0. */
  public int run() {
    // Ctrl-C before the first prompt (JLine answers it only while it reads) had ended the console
    terminal.handle(Terminal.Signal.INT, sig -> { });
    out.println("gradlab — type math (diff(sigma(w*x+b), b)), :help for commands, :quit to leave");
    if (autosave != null && !autosave.notice().isEmpty()) {
      out.println(autosave.notice());
    }
    while (true) {
      String line;
      try {
        line = reader.readLine("gradlab> ");
      } catch (UserInterruptException e) {
        out.println(e.getPartialLine() == null || e.getPartialLine().isBlank()
            ? "(Ctrl-D or :quit to leave)" : "(entry discarded; Ctrl-D or :quit to leave)");
        continue;
      } catch (EndOfFileException e) {
        return 0;
      } catch (RuntimeException | InternalError e) { // the console never dies on what is typed
        out.println("error: the line could not be read (" + oneLine(e) + "); type it again");
        continue;
      }
      Thread.interrupted(); // a Ctrl-C that came while the line was read has been answered
      saveHistory();
      String cmd = line.strip();
      if (cmd.isEmpty()) {
        continue;
      }
      if (cmd.equals(":quit") || cmd.equals(":q")) {
        return 0;
      }
      Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT,
          sig -> session.interrupt());
      try {
        String result = entry(line);
        if (!result.isEmpty()) {
          out.println(result.endsWith("\n") ? result.substring(0, result.length() - 1)
              : result);
        }
      } catch (RuntimeException | InternalError e) {
        out.println("error: " + oneLine(e) + " (the session goes on)");
      } finally {
        terminal.handle(Terminal.Signal.INT, previous);
      }
    }
  }

  /**
   * Evaluates one entry as typed and keeps it in the session's log when it succeeded (a Java
   * entry that JShell rejected is not kept); returns its console form.
   */
  private String entry(String line) {
    String result = session.evaluate(line).consoleText();
    if (session.engineStarted()) {
      // the engine's notes ("sin is periodic: there may be more solutions", "the same value is
      // also attained at …") were shown by eval but never in the console
      StringBuilder b = new StringBuilder(result);
      for (String n : session.engine().drainNotes()) {
        b.append(b.isEmpty() ? "" : "\n").append("note: ").append(n);
      }
      result = b.toString();
    }
    if (result.lines().noneMatch(l -> l.startsWith("error: "))) {
      log.recordInPlace(session.replayable(line));
    }
    return result;
  }

  /** Replays a file written by :save (or an autosave), each entry as if typed. */
  private String load(String file) {
    StringBuilder b = new StringBuilder();
    List<String> replay = SessionFile.read(Path.of(file), session.javaShell()::incomplete);
    for (String e : replay) {
      String r = entry(e);
      if (!r.isEmpty()) {
        b.append(r.endsWith("\n") ? r : r + "\n");
      }
    }
    return b + "loaded " + replay.size() + " entries from " + file;
  }

  private void saveHistory() {
    try {
      reader.getHistory().save();
    } catch (IOException e) {
      out.println("note: history not saved: " + e.getMessage());
    }
  }

  @Override
  public void close() {
    session.close();
    try {
      terminal.close();
    } catch (IOException ignored) {
      // nothing to flush on a closed terminal
    }
  }
}

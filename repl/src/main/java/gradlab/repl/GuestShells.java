package gradlab.repl;

import gradlab.polyglot.BoundedOutput;
import gradlab.polyglot.GuestWatch;
import gradlab.polyglot.MemoryGuard;
import gradlab.polyglot.PolyglotScripts;
import gradlab.polyglot.Sandbox;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * One sandboxed JavaScript or Python context per language, made on first use, kept open. Each
 * evaluation is bounded ({@link GuestWatch}): the time limit, Ctrl-C ({@link #stop}) and the
 * memory guard. A context that had to be closed to stop it is rebuilt on the next entry, and the
 * answer says that its variables are gone.
 */
final class GuestShells implements AutoCloseable {
  /** What refusals call the folders the console's guests may use. */
  static final String FOLDERS = "the working folder and the output folder";
  private final Map<String, Context> contexts = new HashMap<>();
  private final PrintStream out;
  /** The guests' print, bounded per evaluation (user23's 100 MB print filled the terminal). */
  private final BoundedOutput printed;
  private final PrintStream guestOut;
  private final MemoryGuard memory;
  private Sandbox box = Sandbox.strict();
  private volatile GuestWatch running;
  /** An evaluation is under way (its context may still be starting). */
  private volatile boolean busy;
  /** Ctrl-C came while the context was starting: stop as soon as the evaluation begins. */
  private volatile boolean stopRequested;

  GuestShells(PrintStream out, MemoryGuard memory) {
    this.out = out;
    this.printed = new BoundedOutput(out, BoundedOutput.LIMIT);
    this.guestOut = new PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8);
    this.memory = memory;
  }

  /** Widens the sandbox of contexts made from now on (the console's --allow-io/--allow-host). */
  void setSandboxInPlace(Sandbox sandbox) {
    this.box = sandbox;
  }

  /** Evaluates {@code code}; its value as text, or a one-line error. */
  String eval(String language, String code, Duration limit) {
    busy = true;
    stopRequested = false;
    Context c;
    try {
      c = contexts.computeIfAbsent(language, l -> PolyglotScripts.context(l, box,
          Path.of("").toAbsolutePath(), FOLDERS, guestOut, guestOut));
    } catch (RuntimeException e) {
      busy = false;
      throw e;
    }
    printed.resetInPlace();
    GuestWatch watch = GuestWatch.start(c, limit, memory);
    running = watch;
    if (stopRequested) {
      watch.stop(GuestWatch.Reason.INTERRUPTED);
    }
    try {
      Value v = c.eval(language, code);
      String text = v.isNull() ? "" : v.isString() ? v.asString() : v.toString();
      // GraalPy answers a statement with the module it ran in
      // a value shown as text is bounded as printing is: it is kept in the session's results
      return text.equals("<module '__main__'>") ? "" : BoundedOutput.bounded(text,
          BoundedOutput.LIMIT);
    } catch (PolyglotException e) {
      if (watch.reason().isPresent() || e.isCancelled() || e.isInterrupted()) {
        return stopped(language, watch.reason().orElse(GuestWatch.Reason.INTERRUPTED), limit,
            watch.cancelled() || e.isCancelled());
      }
      if (GuestWatch.outOfMemory(e)) {
        return stopped(language, GuestWatch.Reason.MEMORY, limit, true);
      }
      return "error: " + PolyglotScripts.plainMessage(e, box, FOLDERS);
    } catch (OutOfMemoryError e) {
      return stopped(language, GuestWatch.Reason.MEMORY, limit, true);
    } finally {
      guestOut.flush();
      running = null;
      busy = false;
      watch.close();
    }
  }

  private String stopped(String language, GuestWatch.Reason why, Duration limit,
      boolean rebuild) {
    String name = language.equals("js") ? "JavaScript" : "Python";
    String line = "error: " + GuestWatch.describe(why, name, limit);
    if (!rebuild) {
      return line + "; the " + name + " session goes on";
    }
    Context dead = contexts.remove(language);
    if (dead != null) {
      try {
        dead.close(true);
      } catch (RuntimeException ignored) {
        // closed already by the stop
      }
    }
    return line + "\nnote: the " + name + " session was rebuilt: its variables are gone";
  }

  /** Ctrl-C: stops the evaluation in progress, if any. */
  void stop() {
    GuestWatch w = running;
    if (w != null) {
      w.stop(GuestWatch.Reason.INTERRUPTED);
    } else if (busy) {
      stopRequested = true; // the context is still starting (Python takes seconds)
    }
  }

  @Override
  public void close() {
    contexts.values().forEach(c -> c.close(true));
  }
}

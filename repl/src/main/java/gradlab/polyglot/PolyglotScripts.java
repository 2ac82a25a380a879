package gradlab.polyglot;

import gradlab.lab.Lab;
import gradlab.script.ScriptFailure;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.io.IOAccess;

/** Runs a .js or .py file in a sandboxed polyglot context with {@code lab} bound. */
public final class PolyglotScripts {
  private PolyglotScripts() {}

  /** The guest language of a file, from its extension: "js" or "python". */
  public static Optional<String> language(Path file) {
    String n = file.getFileName().toString();
    return n.endsWith(".js") ? Optional.of("js") : n.endsWith(".py") ? Optional.of("python")
        : Optional.empty();
  }

  /** What the refusals call the folders of a script. */
  public static final String SCRIPT_FOLDERS = "the script's folder and the output folder";

  /**
   * A context for one language, sandboxed as {@code box} says. Close it after use.
   *
   * @param folder the folder besides the output folder that the guest may use
   * @param where how refusals name the two folders ({@link #SCRIPT_FOLDERS})
   */
  public static Context context(String language, Sandbox box, Path folder, String where,
      PrintStream out, PrintStream err) {
    HostAccess access = box.allowHost() ? HostAccess.ALL : HostAccess.newBuilder(
        HostAccess.EXPLICIT).allowArrayAccess(true).allowListAccess(true).build();
    IOAccess io = box.allowIo() ? IOAccess.ALL : IOAccess.newBuilder().fileSystem(
        org.graalvm.polyglot.io.FileSystem.allowLanguageHomeAccess(new ConfinedFileSystem(
            List.of(folder, Lab.outputDir()), where))).build();
    Context c = Context.newBuilder(language).out(out).err(err)
        .allowHostAccess(access).allowHostClassLookup(name -> box.allowHost())
        .allowCreateProcess(false).allowNativeAccess(false)
        .allowPolyglotAccess(PolyglotAccess.NONE).allowIO(io)
        .option("engine.WarnInterpreterOnly", "false").build();
    c.initialize(language); // before any time limit starts: Python takes seconds to start
    c.getBindings(language).putMember("lab", new GuestLab(box, GuestErrors.of(c, language)));
    if (language.equals("python")) {
      PythonRefusals.install(c);
      GuestPython.install(c);
    }
    return c;
  }

  /**
   * Runs the script; the guest's output goes to {@code out}.
   *
   * @return the failure with the guest's file, line and stack, or empty
   */
  public static Optional<ScriptFailure> run(Path file, List<String> args, Sandbox box,
      PrintStream out, PrintStream err) throws IOException {
    return run(file, args, box, null, out, err);
  }

  /**
   * Runs the script within a time limit and the memory guard.
   *
   * @param limit the time limit of the whole script, or null for none
   * @return the failure (also a stop at the limit or for memory), or empty
   */
  public static Optional<ScriptFailure> run(Path file, List<String> args, Sandbox box,
      java.time.Duration limit, PrintStream out, PrintStream err) throws IOException {
    String language = language(file).orElseThrow(() -> new IllegalArgumentException(
        "not a .js or .py file: " + file));
    Path dir = file.toAbsolutePath().getParent();
    java.time.Duration bound = limit == null ? java.time.Duration.ofDays(365) : limit;
    // print is bounded: a script's 100 MB print went whole to the terminal or file (user23)
    PrintStream printed = new PrintStream(new BoundedOutput(out, BoundedOutput.LIMIT), true,
        java.nio.charset.StandardCharsets.UTF_8);
    Context c = context(language, box, dir, SCRIPT_FOLDERS, printed, err);
    GuestWatch watch = GuestWatch.start(c, bound, MemoryGuard.forGuests());
    try {
      c.getBindings(language).putMember("ARGS", org.graalvm.polyglot.proxy.ProxyArray
          .fromArray(args.toArray()));
      // from the file itself, so that guest frames carry its path and lines
      c.eval(Source.newBuilder(language, file.toFile()).content(Files.readString(file))
          .build());
      return Optional.empty();
    } catch (PolyglotException e) {
      var why = watch.reason().or(() -> GuestWatch.outOfMemory(e)
          ? Optional.of(GuestWatch.Reason.MEMORY) : Optional.empty());
      if (why.isPresent()) {
        String name = language.equals("js") ? "JavaScript" : "Python";
        // where it stopped, when the guest's source section says it precisely (GraalPy's
        // spans the whole module: then no line rather than a wrong one)
        var at = e.getSourceLocation();
        int line = at != null && at.getStartLine() == at.getEndLine() ? at.getStartLine() : 0;
        return Optional.of(new ScriptFailure(file.toString(), line, line > 0 ? lineOf(file,
            line) : "", GuestWatch.describe(why.get(), name, bound) + (limit == null
            || why.get() != GuestWatch.Reason.TIME_LIMIT ? "" : " (--timeout)"), null));
      }
      return Optional.of(failure(file, e, box)); // while the context is open: tracebacks
    } finally {
      printed.flush();
      out.flush();
      watch.close();
      c.close(true);
    }
  }

  /** The deepest line of {@code file} in a Python exception's traceback, or 0. */
  private static int pythonTracebackLine(PolyglotException e, Path file) {
    try {
      org.graalvm.polyglot.Value exc = e.getGuestObject();
      if (exc == null || !exc.hasMember("__traceback__")) {
        return 0;
      }
      int line = 0;
      String name = file.toFile().getAbsolutePath();
      org.graalvm.polyglot.Value tb = exc.getMember("__traceback__");
      while (tb != null && !tb.isNull()) {
        String co = tb.getMember("tb_frame").getMember("f_code").getMember("co_filename")
            .asString();
        if (co.equals(name) || co.endsWith(file.getFileName().toString())) {
          line = tb.getMember("tb_lineno").asInt();
        }
        tb = tb.getMember("tb_next");
      }
      return line;
    } catch (RuntimeException ignored) {
      return 0; // no traceback to read: the line stays unknown
    }
  }

  /**
   * The guest's view of an error: its message, file:line and guest frames only, with the flag
   * that would have allowed what the sandbox refused.
   */
  public static ScriptFailure failure(Path file, PolyglotException e, Sandbox box) {
    // Python's own traceback is precise; GraalPy's source section may span the whole module
    int line = pythonTracebackLine(e, file);
    if (line == 0 && e.getSourceLocation() != null) {
      line = e.getSourceLocation().getStartLine();
    }
    String message = plainMessage(e, box, SCRIPT_FOLDERS);
    String stack = java.util.stream.StreamSupport.stream(e.getPolyglotStackTrace()
        .spliterator(), false).filter(PolyglotException.StackFrame::isGuestFrame)
        .map(f -> "    at " + f).collect(Collectors.joining("\n"));
    if (line == 0) {
      for (PolyglotException.StackFrame f : e.getPolyglotStackTrace()) {
        if (f.isGuestFrame() && f.getSourceLocation() != null) {
          line = f.getSourceLocation().getStartLine();
          break;
        }
      }
    }
    return new ScriptFailure(file.toString(), line, lineOf(file, line), message, stack);
  }

  /**
   * The guest's error as one plain line: the host exception's simple class name and message
   * instead of internal class names, and the option that would have allowed what the sandbox
   * refused.
   */
  public static String plainMessage(PolyglotException e, Sandbox box, String where) {
    // a refusal is said in its own words, without Java's class name (user23: "SecurityException:
    // lab.plot: …"); other host exceptions keep theirs, which says what kind of error it was
    String message = !e.isHostException() ? e.getMessage()
        : e.asHostException() instanceof SecurityException ? e.asHostException().getMessage()
        : e.asHostException().getClass().getSimpleName() + ": " + e.asHostException()
            .getMessage();
    message = GuestCalls.plain(String.valueOf(message));
    String m = message;
    if (!box.allowHost() && (m.contains("host lookup is not allowed")
        || m.contains("Access to host class") || m.contains("java is not defined"))) {
      message += "; hint: Java classes are closed to scripts, run with --allow-host";
    }
    if (m.contains("Process creation is not allowed")) {
      message = "PermissionError: " + PythonRefusals.PROCESSES;
    }
    if (m.contains("excluded") && m.contains("UnsupportedPosixFeature")) {
      message = "PermissionError: " + PythonRefusals.NETWORK;
    }
    if (!box.allowIo() && !m.contains(Refusals.ALLOW_IO) && !m.contains("no option opens it")
        && (m.contains("PermissionError")
        || m.contains("not permitted") || m.contains("not allowed: /"))) {
      message += "; hint: only files in " + where + " are open (links followed to where they "
          + "lead); " + Refusals.ALLOW_IO + " opens every file";
    }
    return message;
  }

  private static String lineOf(Path file, int line) {
    try {
      List<String> lines = Files.readAllLines(file);
      return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
    } catch (IOException e) {
      return "";
    }
  }
}

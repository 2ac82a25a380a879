package gradlab.jupyter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gradlab.repl.CellCompleter;
import gradlab.repl.Result;
import gradlab.repl.Session;
import java.util.List;
import java.util.Locale;

/**
 * The kernel's answers to shell and control requests, on one {@link Session}. Positions in
 * {@code complete} and {@code inspect} are counted in Unicode code points, as protocol 5.2+
 * says.
 */
final class Requests implements Kernel.Handlers {
  static final String VERSION = "0.1.0";
  private final Kernel kernel;
  private final Session session;
  /**
   * The protocol's execution count: one more for every execute request that is not silent,
   * whatever it gives (a notebook's In[n] then counts cells, never repeats); the session's $N
   * names results. Mutated by {@link #execute}.
   */
  private int executions;
  private final ObjectMapper json;
  private final Runnable onShutdown;
  private final Runnable startEngine;

  /**
   * @param startEngine starts the symbolic engine (idempotent); called after the first reply,
   *     so that the engine's start-up does not compete with the kernel's for the cores, or
   *     before the first request that needs the session
   */
  Requests(Kernel kernel, Session session, Runnable onShutdown, Runnable startEngine) {
    this.kernel = kernel;
    this.session = session;
    this.json = kernel.json();
    this.onShutdown = onShutdown;
    this.startEngine = startEngine;
  }

  @Override
  public void replied(Message request) {
    startEngine.run();
  }

  @Override
  public ObjectNode handle(Message request) {
    ObjectNode c = request.content();
    if (!request.type().equals("kernel_info_request")) {
      startEngine.run();
    }
    return switch (request.type()) {
      case "kernel_info_request" -> kernelInfo();
      case "execute_request" -> execute(c.path("code").asText(""), c.path("silent").asBoolean());
      case "complete_request" -> complete(c.path("code").asText(""),
          c.path("cursor_pos").asInt(0));
      case "inspect_request" -> inspect(c.path("code").asText(""), c.path("cursor_pos").asInt(0));
      case "is_complete_request" -> isComplete(c.path("code").asText(""));
      case "interrupt_request" -> {
        session.interrupt();
        yield ok();
      }
      case "shutdown_request" -> {
        ObjectNode r = ok();
        r.put("restart", c.path("restart").asBoolean());
        yield r;
      }
      case "history_request" -> {
        ObjectNode r = ok();
        r.putArray("history");
        yield r;
      }
      case "comm_info_request" -> {
        ObjectNode r = ok();
        r.putObject("comms");
        yield r;
      }
      default -> null; // not part of what this kernel offers: no reply, as the spec allows
    };
  }

  @Override
  public void shutdown() {
    onShutdown.run();
  }

  private ObjectNode ok() {
    ObjectNode r = json.createObjectNode();
    r.put("status", "ok");
    return r;
  }

  ObjectNode kernelInfo() {
    ObjectNode r = ok();
    r.put("protocol_version", Message.PROTOCOL_VERSION);
    r.put("implementation", "gradlab");
    r.put("implementation_version", VERSION);
    ObjectNode lang = r.putObject("language_info");
    lang.put("name", "gradlab");
    lang.put("version", VERSION);
    lang.put("mimetype", "text/x-gradlab");
    lang.put("file_extension", ".jsh");
    lang.put("pygments_lexer", "java");
    lang.put("codemirror_mode", "text/x-java");
    r.put("banner", "gradlab " + VERSION + " — math (diff(sigma(w*x+b), b)), Java, :help for "
        + "commands; %%py, %%js, %%java, %%math choose a cell's language");
    r.putArray("help_links");
    r.put("debugger", false);
    return r;
  }

  private ObjectNode execute(String code, boolean silent) {
    int next = silent ? executions : ++executions;
    if (!silent) {
      ObjectNode in = json.createObjectNode();
      in.put("code", code);
      in.put("execution_count", next);
      kernel.publish("execute_input", in);
    }
    List<Result> results;
    try {
      results = session.evaluateCell(code);
    } catch (RuntimeException e) { // an unknown cell magic
      results = List.of(Result.failed(new Result.Failure(e.getClass().getSimpleName(),
          e.getMessage())));
    }
    System.out.flush();
    System.err.flush();
    for (int i = 0; i < results.size() && !silent; i++) {
      show(results.get(i), i == results.size() - 1, next);
    }
    if (session.engineStarted()) { // the engine's notes, as the console shows them
      List<String> notes = session.engine().drainNotes();
      if (!silent && !notes.isEmpty()) {
        notes.forEach(n -> System.out.println("note: " + n));
        System.out.flush();
      }
    }
    Result last = results.isEmpty() ? null : results.get(results.size() - 1);
    ObjectNode reply = json.createObjectNode();
    if (last != null && last.isError()) {
      reply.put("status", "error");
      fillError(reply, last.error());
    } else {
      reply.put("status", "ok");
      reply.putArray("payload");
      reply.putObject("user_expressions");
    }
    reply.put("execution_count", next);
    return reply;
  }

  private void show(Result r, boolean last, int executionCount) {
    if (r.isError()) {
      ObjectNode e = json.createObjectNode();
      fillError(e, r.error());
      if (!r.text().isBlank()) { // what a Java entry's snippets gave before the error
        System.out.println(r.text());
        System.out.flush();
      }
      kernel.publish("error", e);
      return;
    }
    if (MimeBundle.hasContent(r)) {
      ObjectNode msg = json.createObjectNode();
      msg.set("data", MimeBundle.of(r, json));
      msg.putObject("metadata");
      if (last && r.number().isPresent()) {
        msg.put("execution_count", executionCount);
        kernel.publish("execute_result", msg);
      } else {
        kernel.publish("display_data", msg);
      }
    }
    for (int k = 1; k < r.images().size(); k++) {
      ObjectNode msg = json.createObjectNode();
      msg.set("data", MimeBundle.image(r.images().get(k), json));
      msg.putObject("metadata");
      kernel.publish("display_data", msg);
    }
  }

  private static void fillError(ObjectNode target, Result.Failure f) {
    // a gradlab failure (MathSyntaxException, a guest's or a command's error) is named "Error":
    // the notebook shows the name before the message, and a class name tells a student nothing
    target.put("ename", errorName(f.name()));
    target.put("evalue", f.message());
    ArrayNode tb = target.putArray("traceback");
    f.line().lines().forEach(tb::add);
  }

  /** A failure's name as a notebook shows it: Java's exceptions keep theirs, gradlab's "Error". */
  static String errorName(String name) {
    return name.endsWith("Exception") && !gradlabName(name) ? name : "Error";
  }

  /** Whether a failure's name is one of gradlab's exceptions, not Java's (java.lang …). */
  private static boolean gradlabName(String simpleName) {
    for (String pkg : java.util.List.of("java.lang.", "java.util.", "java.io.")) {
      try {
        Class.forName(pkg + simpleName);
        return false;
      } catch (ClassNotFoundException e) {
        // not in this package: try the next
      }
    }
    return true;
  }

  private ObjectNode complete(String code, int cursorPoints) {
    int cursor = charIndex(code, cursorPoints);
    CellCompleter.Completion c = session.complete(code, cursor);
    ObjectNode r = ok();
    ArrayNode m = r.putArray("matches");
    c.matches().forEach(m::add);
    r.put("cursor_start", code.codePointCount(0, c.start()));
    r.put("cursor_end", code.codePointCount(0, c.end()));
    r.putObject("metadata");
    return r;
  }

  private ObjectNode inspect(String code, int cursorPoints) {
    var doc = session.inspect(code, charIndex(code, cursorPoints));
    ObjectNode r = ok();
    r.put("found", doc.isPresent());
    ObjectNode data = r.putObject("data");
    doc.ifPresent(d -> data.put("text/plain", d));
    r.putObject("metadata");
    return r;
  }

  private ObjectNode isComplete(String code) {
    ObjectNode r = json.createObjectNode();
    var c = session.isComplete(code);
    r.put("status", c.name().toLowerCase(Locale.ROOT));
    if (c == gradlab.repl.CellSplitter.Completeness.INCOMPLETE) {
      r.put("indent", "");
    }
    return r;
  }

  /** The char index of a position counted in code points (clamped to the text). */
  static int charIndex(String s, int codePoints) {
    int n = Math.max(0, Math.min(codePoints, s.codePointCount(0, s.length())));
    return s.offsetByCodePoints(0, n);
  }
}

package gradlab.jupyter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gradlab.repl.Session;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * The kernel process: binds the five sockets of a connection file, answers the heartbeat on its
 * own thread, control requests (interrupt, shutdown) on another, and shell requests on the
 * calling thread, where cells run one at a time. Output of cells goes to IOPub as
 * {@code stream} messages; every message sent is signed and every message received is checked.
 */
final class Kernel {
  private final ObjectMapper json = new ObjectMapper();
  private final ConnectionInfo info;
  private final PrintStream log;
  private final String sessionId = UUID.randomUUID().toString();
  private final ZContext context = new ZContext();
  private Channel shell;
  private Channel control;
  private Channel iopub;
  private volatile Message current;

  Kernel(ConnectionInfo info, PrintStream log) {
    this.info = info;
    this.log = log;
  }

  ObjectMapper json() {
    return json;
  }

  /** Binds the sockets and starts the heartbeat. */
  void bind() {
    Signer signer = new Signer(info.key());
    shell = new Channel("shell", socket(SocketType.ROUTER, info.shellPort()), signer, json, log);
    control = new Channel("control", socket(SocketType.ROUTER, info.controlPort()), signer, json,
        log);
    iopub = new Channel("iopub", socket(SocketType.PUB, info.iopubPort()), signer, json, log);
    socket(SocketType.ROUTER, info.stdinPort()); // input_request is not used (allow_stdin)
    ZMQ.Socket hb = socket(SocketType.REP, info.heartbeatPort());
    Thread heartbeat = new Thread(() -> {
      try {
        while (!Thread.currentThread().isInterrupted()) {
          byte[] ping = hb.recv(0);
          if (ping == null) {
            return;
          }
          hb.send(ping, 0);
        }
      } catch (org.zeromq.ZMQException | IllegalStateException e) {
        // the context was closed: the kernel is shutting down
      }
    }, "jupyter-heartbeat");
    heartbeat.setDaemon(true);
    heartbeat.start();
  }

  private ZMQ.Socket socket(SocketType type, int port) {
    ZMQ.Socket s = context.createSocket(type);
    s.setLinger(1000);
    s.bind(info.address(port));
    return s;
  }

  /** Installs System.out and System.err that publish what is printed as stream messages. */
  void captureOutput() {
    System.setOut(new PrintStream(new StreamOut("stdout", this::stream), true,
        StandardCharsets.UTF_8));
    System.setErr(new PrintStream(new StreamOut("stderr", this::stream), true,
        StandardCharsets.UTF_8));
  }

  private void stream(String name, String text) {
    ObjectNode c = json.createObjectNode();
    c.put("name", name);
    c.put("text", text);
    publish("stream", c, current);
  }

  /** Sends a message on IOPub in answer to the shell request being handled. */
  void publish(String type, ObjectNode content) {
    publish(type, content, current);
  }

  private void publish(String type, ObjectNode content, Message parent) {
    Message m = Message.create(type, parent, sessionId, content, json);
    iopub.send(new Message(java.util.List.of(type.getBytes(StandardCharsets.UTF_8)), m.header(),
        m.parentHeader(), m.metadata(), m.content()));
  }

  private void status(String state, Message parent) {
    ObjectNode c = json.createObjectNode();
    c.put("execution_state", state);
    publish("status", c, parent);
  }

  /** Says the kernel is starting (before any request). */
  void starting() {
    status("starting", null);
  }

  /** Handles control requests on a thread of its own until shutdown. */
  void serveControl(Handlers handlers) {
    Thread t = new Thread(() -> serve(control, handlers), "jupyter-control");
    t.setDaemon(true);
    t.start();
  }

  /** Handles shell requests on this thread until the socket closes. */
  void serveShell(Handlers handlers) {
    serve(shell, handlers);
  }

  private void serve(Channel channel, Handlers handlers) {
    while (true) {
      Message request = channel.receive();
      if (request == null) {
        return;
      }
      boolean onShell = channel == shell;
      if (onShell) {
        current = request;
      }
      status("busy", request);
      try {
        ObjectNode reply = handlers.handle(request);
        if (reply != null) {
          channel.send(Message.create(request.type().replace("_request", "_reply"), request,
              sessionId, reply, json));
          handlers.replied(request);
        }
      } catch (RuntimeException e) {
        log.println("gradlab kernel: " + request.type() + " failed: " + e);
      } finally {
        if (onShell) {
          System.out.flush();
          System.err.flush();
        }
        status("idle", request);
      }
      if (request.type().equals("shutdown_request")) {
        handlers.shutdown();
      }
    }
  }

  /** What the kernel does with each request. */
  interface Handlers {
    /** The reply's content, or null for no reply. */
    ObjectNode handle(Message request);

    /** Called after the shutdown reply was sent. */
    void shutdown();

    /** Called after the reply to a request was sent. */
    default void replied(Message request) {}
  }
}

package gradlab.jupyter;

import gradlab.lab.Lab;
import gradlab.repl.Session;
import gradlab.symbolic.EngineConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code gradlab jupyter kernel --connection-file FILE [--timeout SECONDS]}: what Jupyter
 * starts through the kernelspec. The sockets are bound and {@code kernel_info} is answered at
 * once; the symbolic engine starts in the background after that first reply, and the first
 * cell waits for it.
 */
public final class KernelMain {
  private KernelMain() {}

  /** Runs the kernel until a shutdown request; returns the exit status. */
  public static int run(String[] args) {
    if (args.length == 1 && args[0].equals("--prime")) {
      return prime();
    }
    PrintStream log = System.err;
    Path file = null;
    long timeout = 30;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--connection-file", "-f" -> file = i + 1 < args.length ? Path.of(args[++i]) : null;
        case "--timeout" -> timeout = i + 1 < args.length ? parseSeconds(args[++i]) : -1;
        default -> {
          log.println("gradlab kernel: unknown argument '" + args[i] + "'; usage: gradlab "
              + "jupyter kernel --connection-file FILE [--timeout SECONDS]");
          return 2;
        }
      }
    }
    if (file == null || timeout < 1) {
      log.println("gradlab kernel: needs --connection-file FILE (Jupyter passes it; see "
          + "'gradlab jupyter install') and a --timeout of at least 1 second");
      return 2;
    }
    Kernel kernel;
    try {
      kernel = new Kernel(ConnectionInfo.read(file, new com.fasterxml.jackson.databind
          .ObjectMapper()), log);
    } catch (IOException | IllegalArgumentException e) {
      log.println("gradlab kernel: cannot read the connection file " + file + ": "
          + e.getMessage());
      return 2;
    }
    kernel.bind();
    kernel.captureOutput();
    // the session is created now, its engine only after the first reply (see Requests):
    // Symja's start-up would compete for the cores with answering kernel_info
    Session session = Session.starting(EngineConfig.defaults().withTimeLimit(
        Duration.ofSeconds(timeout)), System.out, Path.of(System.getProperty("gradlab.out",
        "out")), false)
        .echoStatementsInPlace(false);
    Lab.use(session.labView());
    Runnable startEngine = session::startEngineAndJavaInBackground;
    handleSigint(session, log);
    Requests requests = new Requests(kernel, session, () -> exit(kernel), startEngine);
    kernel.starting();
    kernel.serveControl(requests);
    kernel.serveShell(requests);
    return 0;
  }

  /**
   * {@code gradlab jupyter kernel --prime}: what a kernel does up to its first cells (sockets on
   * free local ports, the session, a math and a Java cell), then a normal exit, at which the
   * JVM writes the kernel's class-data archive. The launcher runs it after a build: Jupyter
   * ends kernels with a kill, so their own first run never writes the archive (measured:
   * kernel_info after 4.66 s without it, see docs/performance.md).
   */
  private static int prime() {
    try {
      Path file = java.nio.file.Files.createTempFile("gradlab-prime-", ".json");
      try {
        java.nio.file.Files.writeString(file, "{\"transport\": \"tcp\", \"ip\": \"127.0.0.1\", "
            + "\"shell_port\": " + freePort() + ", \"control_port\": " + freePort()
            + ", \"stdin_port\": " + freePort() + ", \"iopub_port\": " + freePort()
            + ", \"hb_port\": " + freePort() + ", \"key\": \"prime\", "
            + "\"signature_scheme\": \"hmac-sha256\"}");
        Kernel kernel = new Kernel(ConnectionInfo.read(file, new com.fasterxml.jackson.databind
            .ObjectMapper()), System.err);
        kernel.bind();
        try (Session session = Session.starting(EngineConfig.defaults(), System.out,
            Path.of(System.getProperty("java.io.tmpdir")), false).echoStatementsInPlace(false)) {
          new Requests(kernel, session, () -> { }, () -> { });
          session.evaluateCell("diff(sigma(w*x+b), b)");
          session.evaluateCell("int primed = 1;");
        }
      } finally {
        java.nio.file.Files.deleteIfExists(file);
      }
      return 0;
    } catch (IOException | RuntimeException e) {
      System.err.println("gradlab kernel: priming failed: " + e.getMessage());
      return 1;
    }
  }

  private static int freePort() throws IOException {
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static long parseSeconds(String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** SIGINT (interrupt_mode "signal" front-ends, or kill -INT) stops the running cell. */
  private static void handleSigint(Session session, PrintStream log) {
    try {
      sun.misc.Signal.handle(new sun.misc.Signal("INT"), s -> session.interrupt());
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      log.println("gradlab kernel: SIGINT cannot be handled here (" + e.getMessage()
          + "); interrupt_request still works");
    }
  }

  /**
   * Leaves after the shutdown reply, once ZeroMQ's I/O thread had time to deliver it. Halting
   * rather than closing the sockets: the shell thread may be inside a socket call, and
   * JeroMQ's sockets must not be closed from another thread.
   */
  private static void exit(Kernel kernel) {
    Thread t = new Thread(() -> {
      try {
        Thread.sleep(300);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      Runtime.getRuntime().halt(0);
    }, "jupyter-exit");
    t.start();
  }
}

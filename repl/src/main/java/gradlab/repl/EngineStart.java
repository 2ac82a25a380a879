package gradlab.repl;

import gradlab.symbolic.EngineConfig;
import gradlab.symbolic.SymbolicEngine;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A session's symbolic engine, which starts (about 2 s of Symja) when a front-end says so, on a
 * background thread, or else when it is first needed, on the thread that needs it. Thread-safe.
 */
final class EngineStart {
  private final CompletableFuture<SymbolicEngine> ready;
  private final EngineConfig config;
  private final AtomicBoolean started;

  /** An engine that exists already, or that someone else completes. */
  EngineStart(CompletableFuture<SymbolicEngine> ready) {
    this.ready = ready;
    this.config = null;
    this.started = new AtomicBoolean(true);
  }

  /** An engine created with {@code config} when first started. */
  EngineStart(EngineConfig config) {
    this.ready = new CompletableFuture<>();
    this.config = config;
    this.started = new AtomicBoolean(false);
  }

  /** Starts the engine on a background thread, unless it has started; then runs {@code next}. */
  void startInBackground(Runnable next) {
    if (started.compareAndSet(false, true)) {
      Thread t = new Thread(() -> {
        create();
        next.run();
      }, "gradlab-engine-start");
      t.setDaemon(true);
      t.start();
    } else {
      ready.thenRun(next);
    }
  }

  /** The engine, starting it on this thread when nobody has; waits while it starts. */
  SymbolicEngine get() {
    if (started.compareAndSet(false, true)) {
      create();
    }
    return ready.join();
  }

  boolean isReady() {
    return ready.isDone() && !ready.isCompletedExceptionally();
  }

  /** Runs {@code action} on the engine once it is ready (at once when it is). */
  void whenReady(java.util.function.Consumer<SymbolicEngine> action) {
    ready.thenAccept(action);
  }

  private void create() {
    try {
      ready.complete(SymbolicEngine.create(config));
    } catch (RuntimeException | Error e) {
      ready.completeExceptionally(e);
    }
  }
}

package gradlab.e2e;

import gradlab.script.ScriptFailure;
import gradlab.script.ScriptRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** Runs each exercise script once per test JVM and keeps its output. */
final class ScriptOutputs {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final Path SCRIPTS = ROOT.resolve("scripts");
  private static final gradlab.lab.ScriptContext ENGINE = gradlab.lab.ScriptContext.lazy(
      gradlab.symbolic.EngineConfig.defaults(), Path.of("target/script-out"), false);
  static final Path OUT = ROOT.resolve("tests/target/script-out");
  private static final Map<Path, Output> CACHE = new ConcurrentHashMap<>();

  /** What a script printed, and how it ended. */
  record Output(String stdout, Optional<ScriptFailure> failure) {}

  private ScriptOutputs() {}

  static List<Path> all() {
    try (Stream<Path> s = Files.walk(SCRIPTS)) {
      return s.filter(p -> p.toString().endsWith(".jsh") || p.toString().endsWith(".py")
          || p.toString().endsWith(".js")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static synchronized Output of(Path script) {
    return CACHE.computeIfAbsent(script, ScriptOutputs::run);
  }

  /**
   * Arguments for scripts that need them in the tests: the MNIST experiment runs its quick form
   * on the committed subset of real images ({@link MnistSubsetFixture}).
   */
  static List<String> argsFor(Path script) {
    if (script.endsWith(Path.of("ps3-cnn", "5-mnist-cnn.jsh"))) {
      return List.of("--quick", "--data", MnistSubsetFixture.DIR.toAbsolutePath().toString());
    }
    return List.of();
  }

  static Output of(String relative) {
    return of(SCRIPTS.resolve(relative));
  }

  private static Output run(Path script) {
    // relative, so that the paths the scripts print are the same on every machine
    // a session as `gradlab run` creates one (its own grade book), with this output folder;
    // the scripts share one engine, as they did when the engine was static
    gradlab.lab.Lab.use(new gradlab.lab.ScriptContext(ENGINE.engine(), ENGINE.outputDir(),
        new gradlab.lab.GradeBook(), false));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    PrintStream saved = System.out;
    System.setOut(capture);
    try {
      Optional<ScriptFailure> f = script.toString().endsWith(".jsh")
          ? new ScriptRunner(capture, capture).run(script, argsFor(script))
          : gradlab.polyglot.PolyglotScripts.run(script, List.of(),
              gradlab.polyglot.Sandbox.strict(), capture, capture);
      return new Output(bytes.toString(StandardCharsets.UTF_8), f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      System.setOut(saved);
    }
  }
}

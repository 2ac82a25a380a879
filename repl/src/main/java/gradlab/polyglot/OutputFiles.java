package gradlab.polyglot;

import gradlab.lab.Lab;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * File names that guests give the facade for its output (plots): they must stay inside the
 * output folder, on their real path, unless the sandbox allows all file access.
 */
final class OutputFiles {
  private OutputFiles() {}

  /**
   * The name to hand to the facade: relative to the output folder and inside it.
   *
   * @param method the facade method, for the message ({@code lab.plot})
   * @throws SecurityException for an absolute name or one that leaves the output folder
   */
  static String inside(String method, String name, Sandbox box) {
    if (box.allowIo()) {
      return name;
    }
    Path out = Lab.outputDir();
    try {
      Path p = Path.of(name);
      if (p.isAbsolute() || name.isBlank()) {
        throw new SecurityException(Refusals.output(method, name, out));
      }
      Path realOut = RealPaths.of(out);
      Path real = RealPaths.of(out.resolve(p));
      if (!real.startsWith(realOut) || real.equals(realOut)) {
        throw new SecurityException(Refusals.output(method, name, out));
      }
      return realOut.relativize(real).toString();
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException(method + ": '" + name + "' is not a file name: "
          + e.getReason());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

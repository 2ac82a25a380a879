package gradlab.polyglot;

import java.nio.file.Path;

/** The sandbox's refusals, each one line that names the option that would allow the access. */
final class Refusals {
  /** The option that opens every file to guests. */
  static final String ALLOW_IO = "--allow-io";

  private Refusals() {}

  /** A file access outside the allowed folders; the real path too when a link led there. */
  static String file(String asWritten, Path real, String where) {
    String really = Path.of(asWritten).toAbsolutePath().normalize().equals(real) ? ""
        : " (really " + real + ", through a symbolic link or '..')";
    return "file access outside " + where + " is not allowed: " + asWritten + really
        + "; hint: " + ALLOW_IO + " opens every file";
  }

  /** An output file name that is absolute or leaves the output folder. */
  static String output(String method, String name, Path outputDir) {
    return method + ": '" + name + "' is outside the output folder " + outputDir
        + "; output files take a name inside it, such as 'plot.png' (hint: " + ALLOW_IO
        + " allows any path)";
  }
}

package gradlab.polyglot;

/**
 * What a guest script may do beyond calling {@code lab}.
 *
 * @param allowIo file access anywhere (default: the script's folder and the output folder)
 * @param allowHost Java classes by name and all public host members (default: only {@code lab})
 */
public record Sandbox(boolean allowIo, boolean allowHost) {
  public static Sandbox strict() {
    return new Sandbox(false, false);
  }
}

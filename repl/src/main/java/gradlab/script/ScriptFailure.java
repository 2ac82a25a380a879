package gradlab.script;

/**
 * Why a script stopped: the file and line of the failing snippet, the snippet's first line, the
 * message, and the guest exception's stack (shown only with --trace).
 */
public record ScriptFailure(String file, int line, String snippet, String message,
    String stackTrace) {
  /** {@code file:line: message} followed by the snippet ({@code file: message} for line 0). */
  public String render(boolean trace) {
    String first = snippet.strip().lines().findFirst().orElse("");
    String s = file + (line > 0 ? ":" + line : "") + ": " + message
        + (first.isEmpty() ? "" : "\n    " + first);
    return trace && stackTrace != null && !stackTrace.isEmpty() ? s + "\n" + stackTrace : s;
  }
}

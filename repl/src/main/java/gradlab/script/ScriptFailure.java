package gradlab.script;

/**
 * Why a script stopped: the file and line of the failing snippet, the snippet's first line, the
 * message, and the guest exception's stack (shown only with --trace).
 */
public record ScriptFailure(String file, int line, String snippet, String message,
    String stackTrace) {
  /** {@code file:line: message} followed by the snippet. */
  public String render(boolean trace) {
    String s = file + ":" + line + ": " + message + "\n    " + snippet.strip().lines()
        .findFirst().orElse("");
    return trace && stackTrace != null && !stackTrace.isEmpty() ? s + "\n" + stackTrace : s;
  }
}

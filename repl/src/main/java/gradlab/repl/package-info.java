/**
 * The interactive console. For now a minimal prompt loop over injected streams; the full REPL
 * on JShell and JLine is the subject of its own issue.
 *
 * <p>Must not import {@code gradlab.cli}.
 */
package gradlab.repl;

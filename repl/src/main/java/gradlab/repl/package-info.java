/**
 * The interactive console on JLine: a command table, history, multi-line input, completion and
 * Ctrl-C, over injected streams for tests. Java snippets through JShell are still to come.
 *
 * <p>Must not import {@code gradlab.cli}.
 */
package gradlab.repl;

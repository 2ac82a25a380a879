/**
 * The interactive console on JLine: a command table, history, multi-line input, completion and
 * Ctrl-C, over injected streams for tests; Java through JShell, with one numbering of results
 * shared by math and Java.
 *
 * <p>Must not import {@code gradlab.cli}.
 */
package gradlab.repl;

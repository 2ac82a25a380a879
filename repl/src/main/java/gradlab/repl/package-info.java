/**
 * The interactive console on JLine: a command table, history, multi-line input, completion and
 * Ctrl-C, over injected streams for tests; Java through JShell, with one numbering of results
 * shared by math and Java.
 *
 * {@link gradlab.repl.Session} is the one cell evaluator (console rules, results with MIME
 * forms) that front-ends such as the notebook kernel use.
 *
 * <p>May import the engine, {@code gradlab.script} and {@code gradlab.polyglot}; must not import
 * {@code gradlab.cli} or {@code gradlab.jupyter}.
 */
package gradlab.repl;

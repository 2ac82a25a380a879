/**
 * Runs {@code .jsh} scripts on the JShell API with the engine's facade imported.
 *
 * <p>Owns splitting a file into snippets ({@code SourceCodeAnalysis.analyzeCompletion}), mapping
 * each to its line, and reporting failures as {@code file:line}. Must not import
 * {@code gradlab.cli} or {@code gradlab.repl}.
 */
package gradlab.script;

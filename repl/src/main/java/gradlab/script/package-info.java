/**
 * Runs {@code .jsh} scripts on the JShell API with the engine's facade imported.
 *
 * <p>Owns splitting a file into snippets ({@code SourceCodeAnalysis.analyzeCompletion} over a
 * window of lines), mapping each to its line, running runs of plain statements as one block,
 * showing where a long script is on a terminal, and reporting failures as {@code file:line}. Must not import
 * {@code gradlab.cli} or {@code gradlab.repl}.
 */
package gradlab.script;

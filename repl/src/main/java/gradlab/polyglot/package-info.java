/**
 * JavaScript and Python scripts through GraalVM Polyglot, with the gradlab facade as the global
 * {@code lab}. Owns the sandbox (explicit host access, no host class lookup, no processes, no
 * native access, file access confined to the script's folder and the output folder unless
 * widened by {@code --allow-io} / {@code --allow-host}) and the reporting of guest errors with the
 * guest's file, line and stack. Loaded only when a .js or .py script runs. Must not import
 * {@code gradlab.cli} or {@code gradlab.repl}.
 */
package gradlab.polyglot;

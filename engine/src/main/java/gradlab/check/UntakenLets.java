package gradlab.check;

import java.util.regex.Pattern;

/**
 * A {@code let} line of plain text that defined nothing the reader could take: it is reported
 * "not checked" with its reason, and its name is never a free variable afterwards. Such a line
 * had vanished from the report, and with its name free, ∂L/∂w1 = 0 was proved for an L that
 * depends on w1 through it (found by a student's {@code let y_hat = w2*h + b2}).
 */
final class UntakenLets {
  private static final Pattern HEAD = Pattern.compile("\\s*([\\p{L}][\\p{L}0-9_']*)\\s*(?:\\(.*\\))?\\s*=[^=].*");

  private UntakenLets() {}

  static void reportInPlace(DocumentRun run, int line, String statement) {
    java.util.regex.Matcher m = HEAD.matcher(statement);
    String name = m.matches() ? PlainNames.asEngineNames(m.group(1)) : null;
    if (name != null && (run.ctx.defines(name) || run.functions.contains(name))) {
      return; // defined after all, by a path that reports nothing
    }
    run.notChecked(line, statement.strip(), name == null
        ? "a let line that defines no name (let NAME = …) is not read"
        : "the definition of " + LatexNames.readable(name) + " is not read; steps that use it"
            + " are not checked");
    run.untaken.markInPlace(run, name, line);
  }
}

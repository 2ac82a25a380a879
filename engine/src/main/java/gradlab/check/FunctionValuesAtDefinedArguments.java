package gradlab.check;

import java.util.regex.Pattern;

/**
 * {@code f(z) = -0.015} where z is a quantity the text defines (z = w*x + b) and f has no rule:
 * the value of f at the example's z, not a definition of f as the constant -0.015. Read as a
 * definition, f'(z) became 0 and the true "∂L/∂w = (-0.015 - 0) * 0.01 * (-1)" of a student's
 * leaky-ReLU notes was refuted (a false ✗). The line is not checked (f is given no rule the
 * checker reads) and steps through f stay unread; where f has a rule the line is a claim as
 * before. Only where the text has given a point (an example's values): "H(z) = 1 for z > 0"
 * with no point is a case of a definition, read elsewhere.
 */
final class FunctionValuesAtDefinedArguments {
  private static final Pattern NUMBER = Pattern.compile(
      "\\s*[-+−]?\\s*\\(?\\s*[-+−]?[0-9]+(?:\\.[0-9]+)?"
      + "(?:\\s*/\\s*[0-9]+(?:\\.[0-9]+)?)?\\s*\\)?\\s*");

  private FunctionValuesAtDefinedArguments() {}

  /** Reports the line and returns true where it is such a value; false where it is not. */
  static boolean refusedInPlace(DocumentRun run, int line, FunctionHeads.Head fn,
      java.util.List<String> raw, String body) {
    if (!NUMBER.matcher(body).matches() || fn.parameters().isEmpty() || run.ctx.point().isEmpty()
        || !fn.parameters().stream().allMatch(p -> run.ctx.defines(p.strip()))
        || run.ctx.functionRules().stream().anyMatch(r -> r.name().equals(fn.name()))) {
      return false;
    }
    run.unread.put(fn.name(), line);
    run.out.add(new StepResult(line, raw.get(0).strip(), Relation.EQUAL, raw.get(1),
        new StepVerdict.NotChecked("the value of " + LatexNames.readable(fn.name()) + " at "
            + String.join(", ", fn.parameters()) + ", which the text defines, not a definition of "
            + LatexNames.readable(fn.name()) + "; the text gives " + LatexNames.readable(fn.name())
            + " no rule that is read, so steps through it are not checked"), ""));
    return true;
  }
}

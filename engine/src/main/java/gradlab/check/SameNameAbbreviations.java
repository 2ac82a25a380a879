package gradlab.check;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name written for the value of the function of the same name at a point: "at a point $x$,
 * with $p_g = p_g(x)$ and $D = D(x)$, the integrand is …" (Mao et al.'s least squares GAN). Where
 * the text defines no function of that name ({@code D(x) = …}), the value can be any number, and
 * the name is taken free — within (0, 1), where every reading of it (a density, a probability, a
 * discriminator's output, an arbitrary function's value) can lie, so that a counterexample found
 * there is one under every reading — and the relation is listed as an abbreviation, never
 * checked. A step that also reaches the point's own names is not checked
 * ({@link UnknownFunctionValues#reason}: the value's dependence on them is not stated). Fixes
 * held26's miss: {@code D = D(x)} was "an equation D satisfies" and {@code p_g = p_g(x)} a
 * definition not read, so the pointwise derivative with a planted sign slip was not checked.
 */
final class SameNameAbbreviations {
  /** The note of such a relation. */
  static final String NOTE = "abbreviation: the value of the function of the same name there, "
      + "any number";
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
  private static final Pattern CALL = Pattern.compile(
      "\\s*(?:\\\\left\\s*)?\\(([^()$]+?)(?:\\\\right\\s*)?\\)\\s*");

  private SameNameAbbreviations() {}

  /** Reads {@code N = N(args)} as an abbreviation; false (nothing read) for any other relation. */
  static boolean readInPlace(DocumentRun run, int line, List<String> raw, Relation rel,
      String head, String document) {
    if (rel != Relation.EQUAL || raw.size() != 2 || head == null
        || !NAME.matcher(head).matches() || run.ctx.defines(head)
        || run.functions.contains(head) || run.ctx.point().containsKey(head)) {
      return false;
    }
    String name = raw.get(0).strip();
    String right = raw.get(1).strip();
    if (name.isEmpty() || !right.startsWith(name)) {
      return false;
    }
    Matcher call = CALL.matcher(right.substring(name.length()));
    if (!call.matches() || definesFunction(document, name)) {
      return false;
    }
    Set<String> arguments = new LinkedHashSet<>();
    try {
      Matcher n = NAME.matcher(LatexReader.read(call.group(1), run.reading()).engineSyntax());
      while (n.find()) {
        arguments.add(n.group());
      }
    } catch (RuntimeException e) {
      return false;
    }
    if (arguments.isEmpty() || arguments.contains(head)) {
      return false;
    }
    run.untaken.unknownValues.abbreviatedInPlace(head, line, arguments);
    run.ctx = run.ctx.withDomain(run.ctx.domain().with(head, 0.0, 1.0));
    run.out.add(new StepResult(line, name, Relation.EQUAL, right, null, NOTE));
    return true;
  }

  /** Whether the text defines a function of this name anywhere: {@code D(x) = …}. */
  private static boolean definesFunction(String document, String name) {
    return Pattern.compile("(?<![A-Za-z\\\\_^{])" + Pattern.quote(name)
        + "\\s*(?:\\\\left\\s*)?\\([^()$]*(?:\\\\right\\s*)?\\)\\s*(?:=|:=|\\\\equiv|"
        + "\\\\coloneqq|\\\\triangleq|\\\\doteq|\\\\stackrel)").matcher(document).find();
  }
}

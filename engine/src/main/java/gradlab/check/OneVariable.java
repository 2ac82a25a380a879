package gradlab.check;

import java.util.Set;

/** The one variable of an expression in engine syntax, or null where it has none or several. */
final class OneVariable {
  private OneVariable() {}

  static String of(String engineSyntax) {
    try {
      Set<String> names = gradlab.math.Symbols.of(gradlab.math.Parser.parse(
          LatexReader.parserInput(engineSyntax)));
      return names.size() == 1 ? names.iterator().next() : null;
    } catch (RuntimeException e) {
      return null;
    }
  }
}

package gradlab.lab;

import gradlab.math.ParseException;
import gradlab.symbolic.MathSyntaxException;
import gradlab.symbolic.UnknownFunctionException;
import java.util.List;

/**
 * A parse error of a worksheet statement as the error people see: a division by zero, an
 * unknown function with its suggestions, or a syntax error with its caret under the statement
 * as typed.
 */
final class ParseErrors {
  private ParseErrors() {}

  static RuntimeException translate(String statement, ParseException e) {
    String input = statement.strip();
    int shift = statement.indexOf(input);
    if (e.getMessage().equals("division by zero")) {
      return new ArithmeticException("division by zero in " + input);
    }
    if (e.getMessage().startsWith("unknown function '") && e.hint().startsWith("did you mean ")) {
      String name = e.getMessage().substring(18, e.getMessage().length() - 1);
      List<String> near = List.of(e.hint().substring(13, e.hint().length() - 1).split(", "));
      return new UnknownFunctionException(name, near);
    }
    return new MathSyntaxException(input, Math.max(0, e.position() - shift), e.getMessage(),
        e.hint());
  }
}

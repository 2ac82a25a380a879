package gradlab.cli;

import gradlab.symbolic.EvaluationTimeoutException;
import gradlab.symbolic.MathSyntaxException;
import gradlab.symbolic.UnknownFunctionException;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Turns an exception into what a person should read: one line (plus caret), no stack. */
public final class ErrorReport {
  private ErrorReport() {}

  public static String describe(Throwable t, boolean trace) {
    String text = switch (t) {
      case MathSyntaxException s -> s.getMessage();
      case UnknownFunctionException u -> "error: " + u.getMessage();
      case EvaluationTimeoutException e -> "error: " + e.getMessage();
      case IllegalArgumentException e -> "error: " + e.getMessage();
      case ArithmeticException e -> "error: " + e.getMessage();
      default -> "error: " + t.getClass().getSimpleName() + ": " + t.getMessage();
    };
    if (!trace) {
      boolean expected = t instanceof IllegalArgumentException || t instanceof ArithmeticException
          || t instanceof EvaluationTimeoutException;
      return expected ? text : text + "\n  (run with --trace for the stack trace)";
    }
    StringWriter w = new StringWriter();
    t.printStackTrace(new PrintWriter(w));
    return text + "\n" + w;
  }
}
